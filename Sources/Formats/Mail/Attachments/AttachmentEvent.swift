/// What a reader of a mail container (a MIME message, a TNEF `winmail.dat`) finds as the
/// container's bytes stream past: attachments begin, carry decoded bytes, and end.
public enum AttachmentEvent: Sendable, Equatable {
    /// An attachment begins; `name` is the decoded file name, or a made-up stable one.
    case begin(name: String)
    /// The next decoded bytes of the attachment that began last.
    case data([UInt8])
    /// The attachment that began last is complete; `problem` says why it may not be (cut short,
    /// undecodable bytes skipped).
    case end(problem: String?)
    /// Something wrong with the container itself rather than one attachment.
    case problem(String)
}

/// A push reader of a container whose attachments become entries of the case: fed the
/// container's bytes once, in order, in blocks of any size, it appends what it finds.
public protocol AttachmentSplitting {
    /// Reads the next block; `events` gets what it completes.
    mutating func push(_ bytes: UnsafeRawBufferPointer, into events: inout [AttachmentEvent])
    /// The container ended: an attachment still open ends (with a problem when it was cut).
    mutating func finish(into events: inout [AttachmentEvent])
}
