import Intake

extension IntakeProblem {
    /// The problem as a finding for the report, worded by the standard phrasebook.
    public var finding: Finding { finding(in: .standard) }

    /// The problem as a finding, explained in the engineer's words of `phrases`
    /// (`intake.` + the problem's code).
    public func finding(in phrases: Phrasebook) -> Finding {
        Finding(.intake(code), ["path": path.description, "detail": detail], in: phrases)
    }
}
