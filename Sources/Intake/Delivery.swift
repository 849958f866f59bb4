import Foundation

/// One thing the walk tells the inspection side, in walk order. Every file or archive being read
/// is a numbered stream; its bytes are hashed there, and written to the visitor's sink once the
/// file is open.
enum Delivery {
    /// The next bytes of a stream: `count` bytes from `start` in the batch that carries them.
    case bytes(stream: Int, start: Int, count: Int)
    /// A regular, non-archive file begins: `CaseVisitor.open` with its head, then the head to the
    /// sink (its bytes were already delivered, and hashed, while the walk recognised it).
    case open(stream: Int, header: EntryHeader, head: [UInt8])
    /// A member read beside the walk begins (`SideReader`): `CaseVisitor.open` with its head, and
    /// the sink handed back through `reply` to be written on the side reader's own inspection thread.
    case openBeside(stream: Int, header: EntryHeader, head: [UInt8], reply: BesideOpening)
    /// The file's content ended (`EntrySink.finish`).
    case finish(stream: Int, complete: Bool)
    /// An entry is done: `CaseVisitor.close`, with the stream's SHA-256 when it was read whole (a
    /// member read beside the walk was hashed there, and an archive on disk may have been hashed
    /// from the file, `FileDigest`: such an entry comes with its digest);
    /// `input`: the entry is an input file too, whose digest is kept for the result.
    case close(ReceivedEntry, stream: Int?, whole: Bool, input: Bool)
    /// An input file was read to its end: its SHA-256, when read whole, is kept for the result;
    /// `digest` when it was taken from the file beside the walk (`FileDigest`).
    case endInput(stream: Int, whole: Bool, digest: String?)
}

/// The sink the visitor gave for a member read beside the walk, handed from the inspection thread
/// to the side reader, which waits for it.
final class BesideOpening: @unchecked Sendable {
    // Sendable by the semaphore: `given` is written once before the signal and read after the wait.
    private let ready = DispatchSemaphore(value: 0)
    private var given: (any EntrySink)?

    func hand(_ sink: (any EntrySink)?) {
        given = sink
        ready.signal()
    }

    func sink() -> (any EntrySink)? {
        ready.wait()
        return given
    }
}
