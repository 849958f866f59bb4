import Formats

/// Drives a reader of a mail's attachments like a `ByteStreamParser`, so that `StreamFeeding`
/// can check that reading in blocks finds what reading whole does. Adjacent data events are
/// joined: how decoded bytes are grouped depends on the blocks, what they are must not.
struct AttachmentEvents<Reader: AttachmentSplitting>: ByteStreamParser {
    var reader: Reader
    var events: [AttachmentEvent] = []

    init(_ reader: Reader) { self.reader = reader }

    mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        reader.push(bytes, into: &events)
    }

    mutating func finish() -> [AttachmentEvent] {
        reader.finish(into: &events)
        var joined: [AttachmentEvent] = []
        for event in events {
            if case .data(let more) = event, case .data(let bytes)? = joined.last {
                joined[joined.count - 1] = .data(bytes + more)
            } else {
                joined.append(event)
            }
        }
        return joined
    }
}
