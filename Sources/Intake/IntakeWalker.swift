import Foundation

/// Walks a case — archives (nested too), folders and single files — and streams every regular
/// file to a `CaseVisitor`, reading each received byte once and extracting nothing to disk.
///
/// ```swift
/// let result = IntakeWalker(passwords: ["secret"]).walk(["case.zip"], visitor: examiner)
/// ```
public struct IntakeWalker: Sendable {
    /// Bytes of a file's beginning handed to the visitor for recognition.
    public static let headSize = 64 * 1024
    /// Members of a zip received as a file that are this large or larger are read on a thread of
    /// their own, beside the walk (`SideReader`): reading them costs more than starting a thread.
    static let sideEntryBytes: Int64 = 16 << 20

    /// How many threads a walk uses.
    public enum Threads: Sendable {
        /// Reading, hashing and the visitor on the caller's thread, one after the other.
        case one
        /// Reading and decompressing on the caller's thread; hashing and the visitor on a second
        /// thread, fed through a bounded buffer, so that the two overlap. The large members of a
        /// zip received as a file decompress on a third thread, ahead of the walk (`SideReader`).
        /// The visitor is called on the second thread only, closes in the same order as with one
        /// thread, and never after `walk` returns.
        case two
    }

    public let limits: IntakeLimits
    public let passwords: [String]
    public let threads: Threads
    /// Also try the passwords written in the inputs that are mails (the password mail), after
    /// `passwords`.
    public let readsPasswordMails: Bool
    /// Take the SHA-256 of every input and entry read whole. Without, every `sha256` is nil and
    /// `ReceivedEntry.isWhole` alone says what was read to its end.
    public let takesDigests: Bool
    /// `sideEntryBytes`, smaller in tests.
    let sideEntryBytes: Int64

    public init(
        limits: IntakeLimits = .standard, passwords: [String] = [], threads: Threads = .two,
        readsPasswordMails: Bool = true, takesDigests: Bool = true
    ) {
        self.init(
            limits: limits, passwords: passwords, threads: threads, readsPasswordMails: readsPasswordMails,
            takesDigests: takesDigests, sideEntryBytes: Self.sideEntryBytes)
    }

    init(
        limits: IntakeLimits = .standard, passwords: [String] = [], threads: Threads = .two,
        readsPasswordMails: Bool = true, takesDigests: Bool = true, sideEntryBytes: Int64
    ) {
        self.sideEntryBytes = sideEntryBytes
        self.limits = limits
        self.passwords = passwords
        self.threads = threads
        self.readsPasswordMails = readsPasswordMails
        self.takesDigests = takesDigests
    }

    /// Walks every input in order; never throws: what cannot be read becomes an `IntakeProblem`.
    /// Paths in the result start at each input's own name (`case.zip!/…`), not at its folder.
    public func walk(_ inputs: [String], visitor: any CaseVisitor) -> IntakeResult {
        let names = InputNames.names(for: inputs)
        var candidates = passwords.map { PasswordCandidate($0, from: .given) }
        if readsPasswordMails {
            candidates += PasswordMailScan.candidates(inputs: inputs, names: names)
                .filter { !passwords.contains($0.password) }
        }
        let route = DeliveryRoute(visitor: visitor, threads: threads, takesDigests: takesDigests)
        let session = WalkSession(
            budget: IntakeBudget(limits: limits), passwords: candidates, route: route, sideEntryBytes: sideEntryBytes)
        let received = zip(inputs, names).map { session.walkInput($0, name: $1) }
        let digests = route.end()
        return IntakeResult(
            inputs: received.map { $0.input.withSHA256($0.stream.flatMap { digests[$0] }) },
            problems: session.problems, entryCount: session.budget.entries,
            membersReadBeside: session.membersReadBeside)
    }
}
