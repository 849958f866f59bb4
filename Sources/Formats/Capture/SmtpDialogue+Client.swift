import Foundation

extension SmtpDialogue {
    /// Bytes the client sent, in stream order.
    mutating func clientBytes(_ bytes: UnsafeRawBufferPointer) {
        var start = 0
        while start < bytes.count && !encrypted {
            switch clientMode {
            case .held:
                // With no server bytes at all (one-sided capture) no reply will ever release them.
                if held.count + (bytes.count - start) > Self.maxHeld || !serverSpoke {
                    assumeAccepted()
                    continue
                }
                held.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start...]))
                return
            case .bdat(let remaining):
                let take = min(remaining, bytes.count - start)
                start += take
                clientMode = remaining - take == 0 ? .commands : .bdat(remaining: remaining - take)
            case .data(let state):
                start = scanData(bytes, from: start, state: state)
            case .commands:
                guard let lf = Self.indexOfLineFeed(bytes, from: start) else {
                    Self.appendBounded(&clientPartial, UnsafeRawBufferPointer(rebasing: bytes[start...]))
                    return
                }
                let piece = UnsafeRawBufferPointer(rebasing: bytes[start..<lf])
                start = lf + 1
                if clientPartial.isEmpty {
                    clientLine(piece)
                } else {
                    Self.appendBounded(&clientPartial, piece)
                    var line: [UInt8] = []
                    swap(&line, &clientPartial)
                    line.withUnsafeBytes { clientLine($0) }
                    line.removeAll(keepingCapacity: true)
                    swap(&line, &clientPartial)
                }
            }
        }
    }

    /// A command held for its reply is taken as accepted when the reply cannot come.
    private mutating func assumeAccepted() {
        let last = heldFor
        clientMode = last == .data ? .data(1) : .commands
        if last == .auth || last == .authData { authLineNext = true }
        if !held.isEmpty {
            var bytes: [UInt8] = []
            swap(&bytes, &held)
            bytes.withUnsafeBytes { clientBytes($0) }
        }
    }

    /// Looks for the end of message data, CRLF "." CRLF (RFC 5321 §4.1.1.4); returns where to go on.
    private mutating func scanData(_ bytes: UnsafeRawBufferPointer, from start: Int, state initial: UInt8) -> Int {
        var state = initial
        var index = start
        while index < bytes.count {
            if state == 0 {
                // Mid-line: jump to the next line feed.
                guard let lf = Self.indexOfLineFeed(bytes, from: index) else {
                    clientMode = .data(0)
                    return bytes.count
                }
                index = lf + 1
                state = 1
                continue
            }
            let byte = bytes[index]
            index += 1
            switch state {
            case 1: state = byte == 0x2E ? 2 : (byte == 0x0A ? 1 : 0)
            case 2:
                if byte == 0x0A { return endData(at: index) }
                state = byte == 0x0D ? 3 : 0
            default:
                if byte == 0x0A { return endData(at: index) }
                state = 0
            }
        }
        clientMode = .data(state)
        return index
    }

    private mutating func endData(at index: Int) -> Int {
        clientMode = .commands
        expect(.endOfData)
        return index
    }

    private mutating func hold(for kind: Expect) {
        heldFor = kind
        clientMode = .held
    }

    private mutating func expect(_ kind: Expect) {
        if pending.count - pendingHead < Self.maxPending { pending.append(kind) }
    }

    private mutating func clientLine(_ raw: UnsafeRawBufferPointer) {
        let line = Self.trimmingCR(raw)
        if authLineNext {
            authLineNext = false
            expect(.authData)
            hold(for: .authData)
            return
        }
        var verbEnd = 0
        while verbEnd < line.count && line[verbEnd] != 0x20 { verbEnd += 1 }
        let verb = Self.verb(UnsafeRawBufferPointer(rebasing: line[0..<verbEnd]))
        let argument =
            verbEnd < line.count
            ? Self.text(UnsafeRawBufferPointer(rebasing: line[(verbEnd + 1)...]), limit: 300) : ""
        if session.commands.count < Self.maxListed { session.commands.append(verb) }
        switch verb {
        case "EHLO", "HELO":
            if session.heloName == nil { session.heloName = argument }
            expect(.helo)
        case "MAIL":
            if session.mailFrom == nil { session.mailFrom = Self.path(argument, after: "FROM:") }
            expect(.mail)
        case "RCPT":
            if session.rcptTo.count < Self.maxListed { session.rcptTo.append(Self.path(argument, after: "TO:")) }
            expect(.rcpt)
        case "DATA":
            expect(.data)
            hold(for: .data)
        case "BDAT":
            // BDAT size [LAST] [RFC 3030 §2]
            let words = argument.split(separator: " ")
            let size = words.first.flatMap { Int($0) } ?? 0
            let last = words.dropFirst().first?.uppercased() == "LAST"
            expect(last ? .bdatLast : .bdat)
            if size > 0 { clientMode = .bdat(remaining: size) }
        case "STARTTLS":
            expect(.starttls)
            hold(for: .starttls)
        case "AUTH":
            expect(.auth)
            hold(for: .auth)
        case "QUIT":
            expect(.quit)
        default:
            expect(.other)
        }
    }
}
