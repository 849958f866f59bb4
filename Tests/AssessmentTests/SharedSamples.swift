import Foundation

/// The real files other people wrote, in `../shared/samples` beside the package (read at test
/// time, never copied into the repository).
enum SharedSamples {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/samples")

    static var available: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("MANIFEST.md").path)
    }

    /// Every sample file (not MANIFEST.md), as paths relative to the samples folder, sorted.
    static var files: [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { path in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            return !isFolder.boolValue && path != "MANIFEST.md"
        }.sorted()
    }
}
