import Formats
import Foundation

/// Shared helpers of the Windows-evidence tests (text, msinfo32, images, SPNT.log).
enum EvidenceTestSupport {
    /// `/work/shared/samples`, found relative to this file: package root, then `../shared/samples`.
    static let samplesFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/samples")

    /// Whether the shared sample corpus is present on this machine.
    static var samplesAvailable: Bool {
        FileManager.default.fileExists(atPath: samplesFolder.appendingPathComponent("msinfo32").path)
    }

    static func sample(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: samplesFolder.appendingPathComponent(relativePath)))
    }

    /// Feeds `bytes` to a fresh parser in blocks of `blockSize` and returns its result.
    static func parse<Parser: ByteStreamParser>(_ parser: Parser, _ bytes: [UInt8], blockSize: Int = 65536)
        -> Parser.Result
    {
        var parser = parser
        var offset = 0
        bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let end = min(raw.count, offset + blockSize)
                parser.consume(UnsafeRawBufferPointer(rebasing: raw[offset..<end]))
                offset = end
            }
        }
        return parser.finish()
    }
}
