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

    public let limits: IntakeLimits
    public let passwords: [String]

    public init(limits: IntakeLimits = .standard, passwords: [String] = []) {
        self.limits = limits
        self.passwords = passwords
    }

    /// Walks every input in order; never throws: what cannot be read becomes an `IntakeProblem`.
    /// Paths in the result start at each input's own name (`case.zip!/…`), not at its folder.
    public func walk(_ inputs: [String], visitor: any CaseVisitor) -> IntakeResult {
        let session = WalkSession(budget: IntakeBudget(limits: limits), passwords: passwords, visitor: visitor)
        let received = zip(inputs, InputNames.names(for: inputs)).map { session.walkInput($0, name: $1) }
        return IntakeResult(inputs: received, problems: session.problems, entryCount: session.budget.entries)
    }
}
