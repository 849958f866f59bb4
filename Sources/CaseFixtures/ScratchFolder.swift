import Foundation

/// A folder of its own under the temporary directory, for a test's inputs and outputs; removed
/// with everything in it once the last reference to it goes, so a test run leaves nothing behind.
public final class ScratchFolder: Sendable {
    public let url: URL

    /// A new, empty folder named `prefix` and a random suffix of letters and digits.
    public init(_ prefix: String) throws {
        // Letters and digits only: Markdown escaping would change punctuation within a finding.
        let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "")
        url = FileManager.default.temporaryDirectory.appendingPathComponent(prefix + suffix)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
