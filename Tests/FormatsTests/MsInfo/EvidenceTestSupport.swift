import Formats
import Foundation

/// Shared helpers of the Windows-evidence tests (text, msinfo32, images, SPNT.log).
enum EvidenceTestSupport {
    static let samplesFolder = SharedSamples.folder

    /// Whether the shared sample corpus is present on this machine.
    static var samplesAvailable: Bool { SharedSamples.available("msinfo32") }

    static func sample(_ relativePath: String) throws -> [UInt8] { try SharedSamples.bytes(relativePath) }

    /// Feeds `bytes` to a fresh parser in blocks of `blockSize` and returns its result.
    static func parse<Parser: ByteStreamParser>(_ parser: Parser, _ bytes: [UInt8], blockSize: Int = 65536)
        -> Parser.Result
    {
        SharedSamples.parse(parser, bytes, blockSize: blockSize)
    }
}
