import Foundation

/// Reads both directions of one reassembled SMTP connection and builds its `SmtpSession`.
///
/// Replies are paired with commands in order (RFC 5321 §4.2, RFC 2920 pipelining). After
/// DATA, AUTH and STARTTLS the client's next bytes mean different things depending on the
/// reply, so they are held until the reply is read.
struct SmtpDialogue {
    /// What a pending reply answers.
    enum Expect: UInt8 {
        case greeting, helo, mail, rcpt, data, endOfData, bdat, bdatLast, starttls, auth, authData, quit, other
    }

    enum ClientMode: Equatable {
        case commands
        case held
        /// Inside message data; the state of the search for CRLF "." CRLF (0 mid-line, 1 line start, 2 ".", 3 ".\r").
        case data(UInt8)
        case bdat(remaining: Int)
    }

    static let maxLine = 1024
    static let maxHeld = 64 * 1024
    static let maxPending = 256
    static let maxListed = 200

    var session: SmtpSession
    var pending: [Expect] = []
    var pendingHead = 0
    var clientMode = ClientMode.commands
    var clientPartial: [UInt8] = []
    var serverPartial: [UInt8] = []
    var held: [UInt8] = []
    var authLineNext = false
    var heldFor = Expect.other
    var encrypted = false
    var serverSpoke = false
    var replyCount = 0
    var inReply: (code: Int, text: String)?
    var delivered = false, rejected = false, deferred = false
    /// Capture time (ns since 1970) of the packet being read, for the replies' times.
    var now: Int64 = 0

    init(session: SmtpSession, expectGreeting: Bool) {
        self.session = session
        if expectGreeting { pending.append(.greeting) }
    }

    // MARK: Server side

    mutating func serverBytes(_ bytes: UnsafeRawBufferPointer) {
        if bytes.isEmpty || encrypted { return }
        serverSpoke = true
        var start = 0
        while start < bytes.count && !encrypted {
            guard let lf = Self.indexOfLineFeed(bytes, from: start) else {
                Self.appendBounded(&serverPartial, UnsafeRawBufferPointer(rebasing: bytes[start...]))
                return
            }
            let piece = UnsafeRawBufferPointer(rebasing: bytes[start..<lf])
            if serverPartial.isEmpty {
                serverLine(piece)
            } else {
                Self.appendBounded(&serverPartial, piece)
                var line: [UInt8] = []
                swap(&line, &serverPartial)
                line.withUnsafeBytes { serverLine($0) }
                line.removeAll(keepingCapacity: true)
                swap(&line, &serverPartial)
            }
            start = lf + 1
        }
    }

    /// One reply line: `ddd-text` continues, `ddd text` or `ddd` ends the reply [RFC 5321 §4.2].
    private mutating func serverLine(_ raw: UnsafeRawBufferPointer) {
        let line = Self.trimmingCR(raw)
        guard line.count >= 3, let code = Self.threeDigits(line) else { return }
        let continues = line.count > 3 && line[3] == UInt8(ascii: "-")
        if inReply == nil {
            let text = line.count > 4 ? Self.text(UnsafeRawBufferPointer(rebasing: line[4...]), limit: 200) : ""
            inReply = (code, text)
        }
        if continues { return }
        if let reply = inReply { finishReply(code: reply.code, text: reply.text) }
        inReply = nil
    }

    private mutating func finishReply(code: Int, text: String) {
        let expect: Expect
        if pendingHead < pending.count {
            expect = pending[pendingHead]
            pendingHead += 1
            if pendingHead == pending.count {
                pending.removeAll(keepingCapacity: true)
                pendingHead = 0
            }
            if pendingHead > 1024 {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
        } else {
            expect = (replyCount == 0 && session.commands.isEmpty) ? .greeting : .other
        }
        replyCount += 1
        if session.replyCodes.count < 10_000 { session.replyCodes.append(code) }
        if session.replies.count < Self.maxListed {
            session.replies.append(SmtpReply(code: code, text: text, time: CaptureClock.date(nanoseconds: now)))
        }
        if expect == .greeting && session.banner == nil && code == 220 { session.banner = text }
        judge(code: code, answering: expect)
        switch expect {
        case .data where code == 354:
            clientMode = .data(1)
            releaseHeld()
        case .starttls where code == 220:
            encrypted = true
            held.removeAll()
        case .auth where code == 334, .authData where code == 334:
            authLineNext = true
            clientMode = .commands
            releaseHeld()
        case .data, .starttls, .auth, .authData:
            clientMode = .commands
            releaseHeld()
        default:
            break
        }
    }

    private mutating func judge(code: Int, answering expect: Expect) {
        let counts: Bool
        switch expect {
        case .greeting, .mail, .rcpt, .data, .endOfData, .bdat, .bdatLast: counts = true
        default: counts = code == 421
        }
        if (expect == .endOfData || expect == .bdatLast) && (200..<300).contains(code) { delivered = true }
        guard counts else { return }
        if (500..<600).contains(code) { rejected = true }
        if (400..<500).contains(code) { deferred = true }
    }

    private mutating func releaseHeld() {
        guard !held.isEmpty, clientMode != .held else { return }
        var bytes: [UInt8] = []
        swap(&bytes, &held)
        bytes.withUnsafeBytes { clientBytes($0) }
    }

    /// The outcome from the dialogue alone; nil when the dialogue gives none.
    var outcome: SmtpOutcome? {
        if encrypted { return .tls }
        if delivered { return .delivered }
        if rejected { return .rejected }
        if deferred { return .deferred }
        return nil
    }
}
