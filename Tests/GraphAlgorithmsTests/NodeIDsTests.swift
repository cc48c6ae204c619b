import Testing

@testable import GraphAlgorithms

/// `NodeIDs` (implicit vertex numbers, then stored ids) and `NodeLabels` (sparse) behave as the arrays they replace.
@Suite struct NodeIDsTests {
    @Test func nodeNamesCompareAsTheirElements() {
        #expect(NodeIDs(numbered: 2, stored: ["7"]) == ["1", "2", "7"])
        var labels = NodeLabels(count: 2)
        labels[1] = "b"
        labels.append(nil)
        #expect(labels == [nil, "b", nil])
    }
}
