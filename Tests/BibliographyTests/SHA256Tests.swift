import Foundation
import Testing

@testable import Bibliography

@Suite("SHA256")
struct SHA256Tests {
    // FIPS 180-4 / NIST example vectors.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func vectors(_ input: String, _ digest: String) {
        #expect(SHA256.hex(Data(input.utf8)) == digest)
    }

    @Test func millionAs() {
        #expect(
            SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

@Suite("SHA256.Hasher")
struct SHA256HasherTests {
    /// Fed in pieces of every awkward size (empty, 1, 63, 64, 65 bytes …), the digest is the one-shot digest and
    /// the NIST vector.
    @Test(arguments: [1, 7, 63, 64, 65, 127, 1000, 4096])
    func pieces(_ size: Int) {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        var hasher = SHA256.Hasher()
        var offset = 0
        bytes.withUnsafeBytes { raw in
            hasher.update(UnsafeRawBufferPointer(rebasing: raw[0..<0]))
            while offset < raw.count {
                let end = min(offset + size, raw.count)
                hasher.update(UnsafeRawBufferPointer(rebasing: raw[offset..<end]))
                offset = end
            }
        }
        #expect(hasher.finalHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func lengthsAroundTheBlockEdge() {
        for n in 50...140 {
            let data = Data((0..<n).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            var hasher = SHA256.Hasher()
            data.withUnsafeBytes { raw in
                hasher.update(UnsafeRawBufferPointer(rebasing: raw[0..<n / 3]))
                hasher.update(UnsafeRawBufferPointer(rebasing: raw[n / 3..<n]))
            }
            #expect(hasher.finalHex() == SHA256.hex(data), "length \(n)")
        }
    }
}
