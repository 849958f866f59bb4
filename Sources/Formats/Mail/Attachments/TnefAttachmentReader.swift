/// Finds the attachments of an Outlook `winmail.dat` (`application/ms-tnef`, [MS-OXTNEF]) as its
/// bytes stream past: a signature, a key, then attributes `level u8, id u32 LE, length u32 LE,
/// data, checksum u16`. `attAttachRendData` starts an attachment, `attAttachTitle` names it and
/// `attAttachData` carries its bytes, handed back as they arrive. Other attributes are skipped
/// byte by byte, so a hostile length costs time, never memory.
public struct TnefAttachmentReader: AttachmentSplitting {
    /// `TNEF_SIGNATURE` [MS-OXTNEF 2.1.3.1], little-endian on disk: 78 9F 3E 22.
    public static let signature: UInt32 = 0x223E_9F78
    static let attachRendData: UInt32 = 0x0006_9002  // attAttachRendData
    static let attachTitle: UInt32 = 0x0001_8010  // attAttachTitle
    static let attachData: UInt32 = 0x0006_800F  // attAttachData
    /// The longest attribute kept to be read as a name; longer ones are skipped.
    static let maxTitleBytes = 4096

    private enum State {
        /// Collecting a fixed-size header: the 6-byte file header or a 9-byte attribute header.
        case header(need: Int)
        case attributeData
        case checksum
        case failed
    }

    private var state = State.header(need: 6)
    private var fixed: [UInt8] = []
    private var sawFileHeader = false
    private var attribute: UInt32 = 0
    private var remaining: UInt32 = 0
    private var checksum: UInt16 = 0
    private var title: [UInt8] = []
    private var titleTooLong = false
    private var attachmentCount = 0
    private var pendingName: String?
    private var open = false
    private var output: [UInt8] = []

    /// Creates a reader positioned at the file's signature.
    public init() {}

    /// Whether a file's first bytes are a TNEF stream's.
    public static func matches(_ head: UnsafeRawBufferPointer) -> Bool {
        head.count >= 4 && head.loadUnaligned(as: UInt32.self).littleEndian == signature
    }

    public mutating func push(_ bytes: UnsafeRawBufferPointer, into events: inout [AttachmentEvent]) {
        var index = 0
        while index < bytes.count {
            switch state {
            case .failed:
                return
            case .header(let need):
                let taken = min(need &- fixed.count, bytes.count &- index)
                fixed.append(contentsOf: bytes[index..<(index &+ taken)])
                index &+= taken
                if fixed.count == need { headerComplete(&events) }
            case .attributeData:
                let taken = Int(min(UInt32(bytes.count &- index), remaining))
                let piece = UnsafeRawBufferPointer(rebasing: bytes[index..<(index &+ taken)])
                for byte in piece { checksum &+= UInt16(byte) }
                if attribute == Self.attachData && open {
                    output.append(contentsOf: piece)
                } else if attribute == Self.attachTitle, !titleTooLong {
                    title.append(contentsOf: piece)
                }
                remaining &-= UInt32(taken)
                index &+= taken
                if remaining == 0 { state = .checksum }
            case .checksum:
                let taken = min(2 &- fixed.count, bytes.count &- index)
                fixed.append(contentsOf: bytes[index..<(index &+ taken)])
                index &+= taken
                if fixed.count == 2 { attributeComplete(&events) }
            }
        }
        flushOutput(&events)
    }

    public mutating func finish(into events: inout [AttachmentEvent]) {
        flushOutput(&events)
        if case .failed = state { return }
        if case .header(let need) = state, fixed.isEmpty, need == 9 { return }
        if open {
            open = false
            events.append(.end(problem: "winmail.dat ended inside this attachment: it is cut short"))
        } else {
            events.append(.problem("winmail.dat ended inside an attribute: it is cut short"))
        }
    }

    private mutating func headerComplete(_ events: inout [AttachmentEvent]) {
        defer { fixed.removeAll(keepingCapacity: true) }
        if !sawFileHeader {
            sawFileHeader = true
            guard Self.u32(fixed, 0) == Self.signature else {
                state = .failed
                events.append(.problem("not a TNEF stream (winmail.dat signature missing)"))
                return
            }
            state = .header(need: 9)
            return
        }
        attribute = Self.u32(fixed, 1)
        remaining = Self.u32(fixed, 5)
        checksum = 0
        if attribute == Self.attachRendData {
            endAttachment(&events, problem: nil)
            attachmentCount &+= 1
            pendingName = nil
        } else if attribute == Self.attachTitle {
            // Decided from the stated length, so that how the stream is cut into blocks cannot change the name.
            title = []
            titleTooLong = remaining > UInt32(Self.maxTitleBytes)
        } else if attribute == Self.attachData {
            endAttachment(&events, problem: nil)
            let name = pendingName.flatMap { $0.isEmpty ? nil : $0 } ?? "attachment-\(max(1, attachmentCount)).bin"
            events.append(.begin(name: name))
            open = true
        }
        state = remaining == 0 ? .checksum : .attributeData
    }

    private mutating func attributeComplete(_ events: inout [AttachmentEvent]) {
        let stored = UInt16(fixed[0]) | UInt16(fixed[1]) << 8
        fixed.removeAll(keepingCapacity: true)
        state = .header(need: 9)
        if attribute == Self.attachTitle, !titleTooLong {
            // An 8-bit string in the message's code page, NUL-terminated; Japanese Outlook writes CP932.
            let bytes = Array(title.prefix { $0 != 0 })
            pendingName = MimeAttachmentSplitter.cleaned(
                MailCharset.isValidUTF8(bytes)
                    ? String(decoding: bytes, as: UTF8.self) : MailCharset.decodeLeniently(bytes, charset: "cp932"))
        }
        if attribute == Self.attachData && open {
            flushOutput(&events)
            endAttachment(&events, problem: stored == checksum ? nil : "the attachment's checksum does not match")
        }
    }

    private mutating func endAttachment(_ events: inout [AttachmentEvent], problem: String?) {
        guard open else { return }
        open = false
        flushOutput(&events)
        events.append(.end(problem: problem))
    }

    private mutating func flushOutput(_ events: inout [AttachmentEvent]) {
        guard !output.isEmpty else { return }
        events.append(.data(output))
        output = []
    }

    private static func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset &+ 1]) << 8 | UInt32(bytes[offset &+ 2]) << 16
            | UInt32(bytes[offset &+ 3]) << 24
    }
}
