/// One thing the walk tells the inspection side, in walk order. Every file or archive being read
/// is a numbered stream; its bytes are hashed there, and written to the visitor's sink once the
/// file is open.
enum Delivery {
    /// The next bytes of a stream: `count` bytes from `start` in the batch that carries them.
    case bytes(stream: Int, start: Int, count: Int)
    /// A regular, non-archive file begins: `CaseVisitor.open` with its head, then the head to the
    /// sink (its bytes were already delivered, and hashed, while the walk recognised it).
    case open(stream: Int, header: EntryHeader, head: [UInt8])
    /// The file's content ended (`EntrySink.finish`).
    case finish(stream: Int, complete: Bool)
    /// An entry is done: `CaseVisitor.close`, with the stream's SHA-256 when it was read whole;
    /// `input`: the entry is an input file too, whose digest is kept for the result.
    case close(ReceivedEntry, stream: Int?, whole: Bool, input: Bool)
    /// An input file was read to its end: its SHA-256, when read whole, is kept for the result.
    case endInput(stream: Int, whole: Bool)
}
