import Foundation

/// One round of a case: the material that arrived together (one `report` run), and what it
/// changed. Round 1 is the first material; each later run on the same output folder adds one.
public struct CaseRound: Sendable, Equatable {
    /// One input of a round, as `summary.json`'s `case.inputs` names it.
    public struct Input: Sendable, Equatable {
        public let path: String
        public let bytes: Int64
        public let sha256: String?
        /// The round that already brought the same bytes (same SHA-256), if any: counted once.
        public let alreadyReceivedIn: Int?

        public init(path: String, bytes: Int64, sha256: String?, alreadyReceivedIn: Int? = nil) {
            self.path = path
            self.bytes = bytes
            self.sha256 = sha256
            self.alreadyReceivedIn = alreadyReceivedIn
        }
    }

    /// 1 for the first material.
    public let number: Int
    /// When the round was assessed.
    public let date: Date
    public let inputs: [Input]
    /// Items newly `ok`, `review` or `not-applicable` in this round, by number.
    public let resolved: [Int]
    /// Items still `missing` or `insufficient` after this round, by number.
    public let open: [Int]

    public init(number: Int, date: Date, inputs: [Input], resolved: [Int], open: [Int]) {
        self.number = number
        self.date = date
        self.inputs = inputs
        self.resolved = resolved
        self.open = open
    }
}
