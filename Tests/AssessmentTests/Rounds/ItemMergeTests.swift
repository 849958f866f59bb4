import Testing

@testable import Assessment

/// How an earlier round's verdict and this round's make one: the table a support lead reads.
@Suite struct ItemMergeTests {
    /// earlier status, new status, the new verdict has a problem, which one the case keeps.
    static let table: [(ItemStatus, ItemStatus, Bool, ItemMerge.Choice)] = [
        // Newly ok or review: the new verdict.
        (.missing, .ok, false, .new),
        (.missing, .review, false, .new),
        (.insufficient, .ok, false, .new),
        (.insufficient, .review, false, .new),
        // Nothing new for an item received earlier: the earlier verdict stays.
        (.ok, .missing, false, .earlier),
        (.review, .missing, false, .earlier),
        // Unusable new material does not undo usable earlier material ...
        (.ok, .insufficient, false, .earlier),
        (.review, .insufficient, false, .earlier),
        // ... but new evidence that contradicts it does.
        (.ok, .insufficient, true, .new),
        (.review, .insufficient, true, .new),
        // Received again and usable again: the earlier round keeps the credit ...
        (.ok, .ok, false, .earlier),
        (.review, .review, false, .earlier),
        (.ok, .review, false, .earlier),
        // ... unless the new look is better.
        (.review, .ok, false, .new),
        (.notApplicable, .ok, false, .new),
        // Not needed earlier, needed now (the symptom changed): judged as it stands, asked when missing.
        (.notApplicable, .missing, false, .new),
        (.notApplicable, .insufficient, false, .new),
        // Earlier insufficient and still nothing: it stays insufficient with its findings.
        (.insufficient, .missing, false, .earlier),
        // Earlier insufficient and new unusable material: the newer reasons.
        (.insufficient, .insufficient, false, .new),
        (.insufficient, .insufficient, true, .new),
        // Still missing.
        (.missing, .missing, false, .new),
        (.missing, .insufficient, false, .new),
        (.missing, .notApplicable, false, .new),
    ]

    @Test("earlier × new → merged", arguments: table)
    func merged(_ row: (ItemStatus, ItemStatus, Bool, ItemMerge.Choice)) {
        let (earlier, new, contradicts, expected) = row
        #expect(ItemMerge.choose(earlier: earlier, new: new, newContradicts: contradicts) == expected)
    }

    @Test(
        "an item whose new entries could not be read keeps an earlier usable verdict",
        arguments: [
            ItemStatus.ok, .review, .notApplicable,
        ])
    func unjudgedKeepsEarlier(_ earlier: ItemStatus) {
        #expect(
            ItemMerge.choose(earlier: earlier, new: .insufficient, newJudged: false, newContradicts: true) == .earlier)
    }

    @Test("an item not usable earlier takes the new verdict even when it could not be judged")
    func unjudgedAfterMissing() {
        #expect(ItemMerge.choose(earlier: .missing, new: .insufficient, newJudged: false) == .new)
    }
}
