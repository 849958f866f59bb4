import Formats
import Intake

/// A parser reading one received file for the examiner: it takes the bytes Intake streams and
/// afterwards tells the facts and findings for the report.
class Inspection: EntrySink {
    /// What the file says; valid after `finish`.
    var facts: FileFacts { .none }
    /// What is wrong with the file or worth noting; valid after `finish`.
    var findings: [Finding] { [] }

    func write(_ bytes: UnsafeRawBufferPointer) {}
    func finish(complete: Bool) {}
}

/// An inspection over any `ByteStreamParser`, with a function that turns its result into facts.
final class ParserInspection<Parser: ByteStreamParser>: Inspection {
    private var parser: Parser
    private let describe: (Parser.Result, _ complete: Bool) -> (FileFacts, [Finding])
    private var described: (FileFacts, [Finding]) = (.none, [])

    init(_ parser: Parser, describe: @escaping (Parser.Result, _ complete: Bool) -> (FileFacts, [Finding])) {
        self.parser = parser
        self.describe = describe
    }

    override var facts: FileFacts { described.0 }
    override var findings: [Finding] { described.1 }

    override func write(_ bytes: UnsafeRawBufferPointer) { parser.consume(bytes) }

    override func finish(complete: Bool) {
        described = describe(parser.finish(), complete)
    }
}
