import Formats

/// Turns what a push reader finds in a mail (or winmail.dat) into pulls: the outer walk asks for
/// the next attachment, and the attachment's `ContentStream` pulls its decoded bytes, which pull
/// the mail's own blocks, as they are needed. Each block of the mail is read once and reaches
/// the mail's stream (its visitor, its digest) before its attachments' bytes do.
final class AttachmentFeed {
    private let mail: ContentStream
    private var splitter: any AttachmentSplitting
    private var head: [UInt8]?
    private var events: [AttachmentEvent] = []
    private var position = 0
    private var mailEnded = false
    /// Why the mail stopped before its end (a read error, a limit): the attachment open at that
    /// point is incomplete, whatever the splitter's closing events say.
    private var mailCut: String?
    private var inAttachment = false
    /// What was wrong with the container itself, in its reader's words.
    private(set) var containerProblems: [String] = []
    /// The bytes last handed to an attachment's stream, valid until its next pull.
    private var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)

    /// - Parameter head: the mail's first bytes, already read (and delivered) for recognition.
    init(mail: ContentStream, head: [UInt8], splitter: any AttachmentSplitting) {
        self.mail = mail
        self.head = head
        self.splitter = splitter
    }

    deinit { buffer.deallocate() }

    /// The name of the next attachment, or nil once the mail has been read to its end.
    func nextAttachment() -> String? {
        skipAttachment()
        while let event = nextEvent() {
            if case .begin(let name) = event {
                inAttachment = true
                return name
            }
        }
        return nil
    }

    /// Discards what is left of the current attachment (a limit ended its stream, or it was not admitted).
    func skipAttachment() {
        while inAttachment, case .data = pull() {}
        inAttachment = false
    }

    /// The current attachment's next decoded bytes, for its `ContentStream`.
    func pull() -> ContentStream.Pull {
        guard inAttachment else { return .end }
        while let event = nextEvent() {
            switch event {
            case .data(let bytes):
                guard !bytes.isEmpty else { continue }
                if bytes.count > buffer.count {
                    buffer.deallocate()
                    buffer = .allocate(byteCount: bytes.count, alignment: 16)
                }
                bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
                return .data(UnsafeRawBufferPointer(rebasing: buffer[..<bytes.count]))
            case .end(let problem):
                inAttachment = false
                let cut = mailEnded ? mailCut.map { "the mail was cut (\($0)): this attachment is incomplete" } : nil
                return (problem ?? cut).map { .failure(.entryDamaged, $0) } ?? .end
            case .begin:
                position &-= 1  // the next attachment's: left for `nextAttachment`
                inAttachment = false
                return .end
            case .problem:
                continue
            }
        }
        inAttachment = false
        return .failure(.entryDamaged, "the mail ended inside this attachment")
    }

    private func nextEvent() -> AttachmentEvent? {
        while position >= events.count {
            guard refill() else { return nil }
        }
        let event = events[position]
        position &+= 1
        // A few say what is wrong; a hostile mail could repeat one for every part.
        if case .problem(let text) = event, containerProblems.count < 8, mailCut == nil {
            containerProblems.append(text)
        }
        return event
    }

    private func refill() -> Bool {
        events.removeAll(keepingCapacity: true)
        position = 0
        if let head {
            self.head = nil
            head.withUnsafeBytes { splitter.push($0, into: &events) }
            return true
        }
        guard !mailEnded else { return false }
        if let block = mail.next() {
            splitter.push(block, into: &events)
        } else {
            mailCut = mail.problem?.detail
            splitter.finish(into: &events)
            mailEnded = true
        }
        return true
    }
}
