import Foundation

/// Writes report files so that a reader never sees half a file: each is written under a
/// temporary name in the same folder, then renamed over the final name.
public enum AtomicFile {
    /// A file written under its temporary name and not yet in place: `commit()` renames it over
    /// its final name, `discard()` removes it.
    public struct Staged: Sendable {
        let temporary: URL
        let target: URL

        public func commit() throws {
            if rename(temporary.path, target.path) != 0 {
                let reason = String(cString: strerror(errno))
                discard()
                throw CocoaError(
                    .fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(target.path): \(reason)"])
            }
        }

        public func discard() { try? FileManager.default.removeItem(at: temporary) }
    }

    /// Writes `data` to `name` inside `folder`. `name` is a plain file name chosen by
    /// caseintake, never a name from the case, so nothing lands outside `folder`.
    public static func write(_ data: Data, named name: String, in folder: URL) throws {
        try stage(named: name, in: folder) { try $0.write(data) }.commit()
    }

    /// Writes `name`'s bytes under a temporary name through `write`, which may hand them over in
    /// pieces (a large summary.json is never held whole); the file is not in place until committed.
    public static func stage(named name: String, in folder: URL, write: (Sink) throws -> Void) throws -> Staged {
        precondition(!name.contains("/") && name != ".." && name != ".", "report file names are plain names")
        let staged = Staged(
            // An unpredictable name, created exclusively: a link planted at it is not followed.
            temporary: folder.appendingPathComponent(".\(name).\(UUID().uuidString).tmp"),
            target: folder.appendingPathComponent(name))
        let descriptor = open(staged.temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw Sink.failure(staged.temporary) }
        let sink = Sink(descriptor: descriptor)
        do {
            try write(sink)
            try sink.close()
        } catch {
            try? sink.close()
            staged.discard()
            throw error
        }
        return staged
    }

    /// Creates the output folder (and its parents) if needed.
    public static func prepareFolder(_ folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Where a staged file's bytes go, written as they come (summary.json hands over 64 KiB pieces).
    public final class Sink {
        private let handle: FileHandle
        private var closed = false

        init(descriptor: Int32) { handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true) }

        public func write(_ data: Data) throws { try handle.write(contentsOf: data) }

        func close() throws {
            guard !closed else { return }
            closed = true
            try handle.close()
        }

        static func failure(_ path: URL) -> any Error {
            CocoaError(
                .fileWriteUnknown,
                userInfo: [NSLocalizedDescriptionKey: "\(path.path): \(String(cString: strerror(errno)))"])
        }
    }
}
