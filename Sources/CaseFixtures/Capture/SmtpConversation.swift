import Foundation

/// A scripted SMTP connection turned into TCP packets: handshake, the dialogue as segments
/// (optionally split, reordered, retransmitted, overlapping or with bytes lost), and the close.
public struct SmtpConversation: Sendable {
    /// One turn of the dialogue: the bytes one side sends before the other answers.
    public enum Turn: Sendable {
        /// Bytes from the client (commands, message data), CRLFs included.
        case client(String)
        /// Bytes from the server (replies), CRLFs included.
        case server(String)
    }

    /// How the connection opens.
    public enum Opening: Sendable {
        /// SYN, SYN-ACK, ACK, then the dialogue.
        case handshake
        /// The capture starts after the handshake.
        case noHandshake
        /// SYN answered by RST (nothing more).
        case refused
        /// SYN only.
        case unanswered
    }

    /// The connecting side.
    public var client: FixtureEndpoint
    /// The SMTP server side.
    public var server: FixtureEndpoint
    /// The dialogue in order.
    public var turns: [Turn]
    /// How the connection opens.
    public var opening = Opening.handshake
    /// Bytes per segment; a turn longer than this is split.
    public var segmentSize = 1400
    /// Swap each pair of consecutive segments of a turn (out-of-order delivery).
    public var reorder = false
    /// Send every data segment twice.
    public var retransmit = false
    /// Each segment after the first of a turn also repeats this many bytes already sent.
    public var overlap = 0
    /// Client stream offsets never captured (the server still acknowledges them).
    public var droppedClientBytes: Range<Int>?
    /// Initial sequence numbers of client and server (use values near 2^32 to test wrap-around).
    public var initialSequence: (client: UInt32, server: UInt32) = (1_000, 5_000)
    /// Time between packets.
    public var spacing: TimeInterval = 0.001

    /// A conversation between `client` and `server` made of `turns`.
    public init(client: FixtureEndpoint, server: FixtureEndpoint, turns: [Turn]) {
        self.client = client
        self.server = server
        self.turns = turns
    }

    /// The packets in capture order, starting at `start`, each with its time.
    public func packets(start: Date) -> [(time: Date, ip: [UInt8])] {
        var out: [(time: Date, ip: [UInt8])] = []
        func emit(_ ip: [UInt8]) { out.append((start.addingTimeInterval(Double(out.count) * spacing), ip)) }
        var clientSeq = initialSequence.client
        var serverSeq = initialSequence.server
        var clientOffset = 0
        if opening != .noHandshake {
            emit(PacketBuilder.tcp(from: client, to: server, seq: clientSeq, ack: 0, flags: PacketBuilder.syn))
            switch opening {
            case .refused:
                emit(
                    PacketBuilder.tcp(
                        from: server, to: client, seq: 0, ack: clientSeq &+ 1,
                        flags: PacketBuilder.rst | PacketBuilder.ack))
                return out
            case .unanswered:
                return out
            default: break
            }
            emit(
                PacketBuilder.tcp(
                    from: server, to: client, seq: serverSeq, ack: clientSeq &+ 1,
                    flags: PacketBuilder.syn | PacketBuilder.ack))
            clientSeq &+= 1
            serverSeq &+= 1
            emit(PacketBuilder.tcp(from: client, to: server, seq: clientSeq, ack: serverSeq, flags: PacketBuilder.ack))
        }
        for turn in turns {
            let fromClient: Bool
            let text: String
            switch turn {
            case .client(let line): (fromClient, text) = (true, line)
            case .server(let line): (fromClient, text) = (false, line)
            }
            let bytes = Array(text.utf8)
            var segments: [(seq: UInt32, payload: [UInt8])] = []
            var position = 0
            while position < bytes.count {
                let from = position == 0 ? 0 : max(0, position - overlap)
                let end = min(bytes.count, position + segmentSize)
                let base = fromClient ? clientSeq : serverSeq
                var payload = Array(bytes[from..<end])
                var seq = base &+ UInt32(from)
                if fromClient, let dropped = droppedClientBytes {
                    // Cut the lost bytes out of this segment: keep only what lies after them.
                    let streamFrom = clientOffset + from
                    let streamEnd = clientOffset + end
                    if dropped.lowerBound < streamEnd && dropped.upperBound > streamFrom {
                        let keepFrom = min(streamEnd, dropped.upperBound) - streamFrom
                        let keepBefore = max(0, dropped.lowerBound - streamFrom)
                        if keepBefore > 0 { segments.append((seq, Array(payload[0..<keepBefore]))) }
                        payload = Array(payload[keepFrom...])
                        seq = base &+ UInt32(from + keepFrom)
                    }
                }
                if !payload.isEmpty { segments.append((seq, payload)) }
                position = end
            }
            if reorder {
                var index = 0
                while index + 1 < segments.count {
                    segments.swapAt(index, index + 1)
                    index += 2
                }
            }
            for segment in segments {
                let copies = retransmit ? 2 : 1
                for _ in 0..<copies {
                    if fromClient {
                        emit(
                            PacketBuilder.tcp(
                                from: client, to: server, seq: segment.seq, ack: serverSeq,
                                flags: PacketBuilder.psh | PacketBuilder.ack, payload: segment.payload))
                    } else {
                        emit(
                            PacketBuilder.tcp(
                                from: server, to: client, seq: segment.seq, ack: clientSeq,
                                flags: PacketBuilder.psh | PacketBuilder.ack, payload: segment.payload))
                    }
                }
            }
            if fromClient {
                clientSeq &+= UInt32(bytes.count)
                clientOffset += bytes.count
            } else {
                serverSeq &+= UInt32(bytes.count)
            }
        }
        emit(
            PacketBuilder.tcp(
                from: client, to: server, seq: clientSeq, ack: serverSeq,
                flags: PacketBuilder.fin | PacketBuilder.ack))
        emit(
            PacketBuilder.tcp(
                from: server, to: client, seq: serverSeq, ack: clientSeq &+ 1,
                flags: PacketBuilder.fin | PacketBuilder.ack))
        emit(
            PacketBuilder.tcp(
                from: client, to: server, seq: clientSeq &+ 1, ack: serverSeq &+ 1,
                flags: PacketBuilder.ack))
        return out
    }

    /// A complete delivery: greeting, EHLO, MAIL, RCPT, DATA, the message, QUIT.
    public static func delivery(
        client: FixtureEndpoint, server: FixtureEndpoint, from sender: String = "spnt@example.co.jp",
        to recipient: String = "admin@example.co.jp", body: String = "Subject: Virus found\r\n\r\nVirus found.\r\n"
    ) -> SmtpConversation {
        SmtpConversation(
            client: client, server: server,
            turns: [
                .server("220 mail.example.co.jp ESMTP Postfix\r\n"),
                .client("EHLO spnt-server\r\n"),
                .server("250-mail.example.co.jp\r\n250-PIPELINING\r\n250 8BITMIME\r\n"),
                .client("MAIL FROM:<\(sender)>\r\n"),
                .server("250 2.1.0 Ok\r\n"),
                .client("RCPT TO:<\(recipient)>\r\n"),
                .server("250 2.1.5 Ok\r\n"),
                .client("DATA\r\n"),
                .server("354 End data with <CR><LF>.<CR><LF>\r\n"),
                .client(body + ".\r\n"),
                .server("250 2.0.0 Ok: queued as 4F2A1\r\n"),
                .client("QUIT\r\n"),
                .server("221 2.0.0 Bye\r\n"),
            ])
    }
}

extension SmtpConversation {
    /// A mail server that refuses to relay: greeting, EHLO, MAIL, then `554 5.7.1 … Relay access
    /// denied` to RCPT, QUIT.
    public static func relayDenied(
        client: FixtureEndpoint, server: FixtureEndpoint, to recipient: String = "admin@example.co.jp"
    ) -> SmtpConversation {
        SmtpConversation(
            client: client, server: server,
            turns: [
                .server("220 mail.example.co.jp ESMTP Postfix\r\n"),
                .client("EHLO spnt-server\r\n"),
                .server("250-mail.example.co.jp\r\n250 8BITMIME\r\n"),
                .client("MAIL FROM:<spnt@example.co.jp>\r\n"),
                .server("250 2.1.0 Ok\r\n"),
                .client("RCPT TO:<\(recipient)>\r\n"),
                .server("554 5.7.1 <\(recipient)>: Relay access denied\r\n"),
                .client("QUIT\r\n"),
                .server("221 2.0.0 Bye\r\n"),
            ])
    }

    /// A mail server that is busy: `421 4.3.2 Service not available` right after the greeting.
    public static func busy(client: FixtureEndpoint, server: FixtureEndpoint) -> SmtpConversation {
        SmtpConversation(
            client: client, server: server,
            turns: [
                .server("220 mail.example.co.jp ESMTP Postfix\r\n"),
                .client("EHLO spnt-server\r\n"),
                .server("421 4.3.2 Service not available, closing transmission channel\r\n"),
            ])
    }
}

/// Traffic that is not SMTP, to sit around the SMTP sessions in a fixture capture.
public enum BackgroundTraffic {
    /// A DNS query and its answer over UDP port 53.
    public static func dnsLookup(client: FixtureEndpoint, resolver: String, id: UInt16) -> [[UInt8]] {
        let query: [UInt8] =
            PacketBuilder.be16(id) + [1, 0, 0, 1, 0, 0, 0, 0, 0, 0]
            + [4] + Array("mail".utf8) + [7] + Array("example".utf8) + [2] + Array("jp".utf8) + [0, 0, 1, 0, 1]
        let dns = FixtureEndpoint(resolver, 53)
        return [
            PacketBuilder.udp(from: client, to: dns, payload: query),
            PacketBuilder.udp(
                from: dns, to: client,
                payload: query + [
                    0xC0, 0x0C, 0, 1, 0, 1, 0, 0, 1, 0, 0, 4,
                    192, 0, 2, 25,
                ]),
        ]
    }

    /// A short TCP exchange on port 443 with opaque bytes (handshake, data both ways, close).
    public static func https(client: FixtureEndpoint, server: String, bytes: Int) -> [[UInt8]] {
        let peer = FixtureEndpoint(server, 443)
        let blob = [UInt8](repeating: 0x17, count: bytes)
        return [
            PacketBuilder.tcp(from: client, to: peer, seq: 1, ack: 0, flags: PacketBuilder.syn),
            PacketBuilder.tcp(from: peer, to: client, seq: 9, ack: 2, flags: PacketBuilder.syn | PacketBuilder.ack),
            PacketBuilder.tcp(from: client, to: peer, seq: 2, ack: 10, flags: PacketBuilder.ack, payload: blob),
            PacketBuilder.tcp(
                from: peer, to: client, seq: 10, ack: 2 &+ UInt32(bytes), flags: PacketBuilder.ack,
                payload: blob),
            PacketBuilder.tcp(
                from: client, to: peer, seq: 2 &+ UInt32(bytes), ack: 10 &+ UInt32(bytes),
                flags: PacketBuilder.rst),
        ]
    }
}
