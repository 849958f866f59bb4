/// How an item's verdict from this round's material and the one the earlier rounds left make
/// one verdict. What was received stays received: an earlier `ok`, `review` or `not-applicable`
/// is kept while the new material says nothing better, and is replaced only when the new
/// evidence contradicts it (a problem under the item).
enum ItemMerge {
    /// Which verdict the merged case keeps.
    enum Choice: Equatable, Sendable {
        case earlier
        case new
    }

    /// The verdict to keep.
    /// - Parameters:
    ///   - earlier: the earlier rounds' status of the item.
    ///   - new: this round's status, judged with the earlier case facts known.
    ///   - newJudged: false when entries the new verdict may rest on could not be read.
    ///   - newContradicts: the new verdict has a finding of severity problem.
    static func choose(earlier: ItemStatus, new: ItemStatus, newJudged: Bool = true, newContradicts: Bool = false)
        -> Choice
    {
        // Not needed earlier, needed now: the symptom changed (a corrected hearing sheet), so
        // the item is judged as it stands and asked for when it is not there.
        if earlier == .notApplicable && new != .notApplicable && newJudged { return .new }
        if earlier.isSatisfied {
            if newJudged && newContradicts && new == .insufficient { return .new }
            // A better look at the same item: a confirmed item beats one left to review.
            if newJudged && earlier == .review && new == .ok {
                return .new
            }
            return .earlier
        }
        // Earlier missing or insufficient: nothing new keeps the earlier findings, anything else speaks.
        if earlier == .insufficient && new == .missing { return .earlier }
        return .new
    }
}

extension ItemStatus {
    /// Received and usable, to be confirmed, or not needed: nothing to ask.
    public var isSatisfied: Bool { self == .ok || self == .review || self == .notApplicable }
}
