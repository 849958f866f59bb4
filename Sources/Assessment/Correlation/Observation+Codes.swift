extension Observation {
    /// Every code the rules emit (DESIGN.md's list, `summary.json` `observations[].code`), so a
    /// test can hold `Templates/phrases/observations.yaml` to the rules.
    public static let codes = [
        "coverage.misses-incident", "identity.other-computer", "capture.loopback-only", "capture.normal-server-absent",
        "smtp.delivered", "smtp.rejected", "smtp.deferred", "smtp.no-connection", "spnt.send-failed",
        "contradiction.delivered-vs-failed", "telnet.other-host-suspected", "setting.name-mismatch", "version.mismatch",
        "screenshot.blank",
    ]

    /// Phrasebook entries that are no observation but a part of one (`{more}`, `{how}`).
    public static let notes = ["note.more-sessions", "note.more-lines", "note.refused", "note.no-answer"]

    /// The phrasebook entries that word `code`: the code itself, or its wordings when it has
    /// several (`screenshot.blank.small`, `screenshot.blank.uniform`).
    public static func phrases(of code: String) -> [String] {
        code == "screenshot.blank" ? ["screenshot.blank.small", "screenshot.blank.uniform"] : [code]
    }
}
