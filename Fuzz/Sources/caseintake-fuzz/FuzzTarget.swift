import Foundation

/// One parser family under libFuzzer: how to feed it one input, and the longest input worth trying.
struct FuzzTarget: Sendable {
    /// The name `make fuzz` and the corpus folder use.
    let name: String
    /// The `-max_len` the target is run with: about one unit of the format (an evtx chunk, a
    /// capture's first packets), so that executions stay fast and mutations stay local.
    let maxLength: Int
    /// What the target reaches, for `caseintake-fuzz list`.
    let summary: String
    /// Feeds one input; a crash, hang or runaway allocation here is the finding.
    let run: @Sendable (UnsafeRawBufferPointer) -> Void
}
