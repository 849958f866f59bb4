import Foundation

/// Writes report files so that a reader never sees half a file: each is written under a
/// temporary name in the same folder, then renamed over the final name.
public enum AtomicFile {
    /// Writes `data` to `name` inside `folder`. `name` is a plain file name chosen by
    /// caseintake, never a name from the case, so nothing lands outside `folder`.
    public static func write(_ data: Data, named name: String, in folder: URL) throws {
        precondition(!name.contains("/") && name != ".." && name != ".", "report file names are plain names")
        let target = folder.appendingPathComponent(name)
        // An unpredictable name, created exclusively: a link planted at it is not followed.
        let temporary = folder.appendingPathComponent(".\(name).\(UUID().uuidString).tmp")
        try data.write(to: temporary, options: .withoutOverwriting)
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(target.path): \(reason)"])
        }
    }

    /// Creates the output folder (and its parents) if needed.
    public static func prepareFolder(_ folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
}
