import Testing

@testable import GraphAlgorithms

@Suite("Partition")
struct PartitionTests {
    @Test func canonicalOrdersBySizeThenSmallestMember() {
        // Label 2 has 3 members, label 5 has 2, label 9 has 1.
        #expect(Partition.canonical([5, 5, 2, 9, 2, 2]) == [1, 1, 0, 2, 0, 0])
        // Equal sizes: the community holding node 0 comes first.
        #expect(Partition.canonical([3, 3, 1, 1]) == [0, 0, 1, 1])
        #expect(Partition.canonical([1, 1, 3, 3]) == [0, 0, 1, 1])
        #expect(Partition.canonical([4, 7, 4, 7, 9]) == [0, 1, 0, 1, 2])
    }

    @Test func canonicalAcceptsAnyLabels() {
        #expect(Partition.canonical([-7, 1_000_000, -7, Int.max]) == [0, 1, 0, 2])
        #expect(Partition.canonical([]) == [])
        #expect(Partition.canonical([42]) == [0])
    }

    @Test func canonicalIsIdempotentAndLabelIndependent() {
        let a = [3, 0, 3, 2, 2, 0, 3, 1]
        let relabeled = a.map { 10 - $0 }
        #expect(Partition.canonical(a) == Partition.canonical(relabeled))
        #expect(Partition.canonical(Partition.canonical(a)) == Partition.canonical(a))
    }

    @Test func communitiesListsMembersById() {
        let p = Partition(membership: [1, 0, 1, 0, 0], count: 2, modularity: 0)
        #expect(p.communities == [[1, 3, 4], [0, 2]])
    }
}
