import Foundation

/// The four numbers that name a TCP connection, with the SMTP server side first.
struct TcpConnectionKey: Hashable {
    var server: IPAddressKey
    var client: IPAddressKey
    var serverPort: UInt16
    var clientPort: UInt16

    /// One combined word instead of six: hashing runs for every SMTP packet.
    func hash(into hasher: inout Hasher) {
        let ports = UInt64(serverPort) << 16 | UInt64(clientPort)
        hasher.combine(
            server.low &* 0x9E37_79B9_7F4A_7C15 ^ client.low &* 0xC2B2_AE3D_27D4_EB4F
                ^ (server.high ^ client.high) &* 0x1656_67B1_9E37_79F9 ^ ports)
    }
}

/// The flags of a TCP segment that the tracker uses [RFC 9293 §3.1].
struct TcpFlags: OptionSet {
    let rawValue: UInt8
    static let fin = TcpFlags(rawValue: 0x01)
    static let syn = TcpFlags(rawValue: 0x02)
    static let rst = TcpFlags(rawValue: 0x04)
    static let ack = TcpFlags(rawValue: 0x10)
}

/// One segment as decoded from a packet; `payload` points into the packet record.
struct TcpSegment {
    var seq: UInt32
    var ack: UInt32
    var flags: TcpFlags
    var payload: UnsafeRawBufferPointer
    var uncaptured: Int
}

/// One tracked connection to an SMTP port: the handshake, both directions, the dialogue.
struct TcpConnection {
    let key: TcpConnectionKey
    var toServer = TcpStreamReassembler()
    var toClient = TcpStreamReassembler()
    var dialogue: SmtpDialogue
    var clientSyn = false, serverSynAck = false, serverReset = false
    var clientPayload = false, serverPackets = 0
    var closed = false
    var synSeq: UInt32?
    var lastTime: Int64
    let implicitTLS: Bool

    init(key: TcpConnectionKey, time: Int64, startsWithSyn: Bool) {
        self.key = key
        lastTime = time
        implicitTLS = key.serverPort == 465
        let session = SmtpSession(
            client: key.client.endpoint(port: key.clientPort), server: key.server.endpoint(port: key.serverPort),
            start: CaptureClock.date(nanoseconds: time))
        dialogue = SmtpDialogue(session: session, expectGreeting: startsWithSyn)
        if implicitTLS {
            toServer.stopKeepingData()
            toClient.stopKeepingData()
        }
    }

    /// Takes one segment of this connection in capture order; returns whether it is now closed.
    mutating func take(_ segment: TcpSegment, fromClient: Bool, time: Int64) -> Bool {
        lastTime = time
        dialogue.now = time
        let flags = segment.flags
        if fromClient {
            if flags.contains(.syn) && !flags.contains(.ack) {
                clientSyn = true
                if synSeq == nil { synSeq = segment.seq }
            }
            if !segment.payload.isEmpty { clientPayload = true }
        } else {
            serverPackets += 1
            if flags.contains(.syn) && flags.contains(.ack) { serverSynAck = true }
            if flags.contains(.rst) && !serverSynAck { serverReset = true }
        }
        let reads = !implicitTLS && !dialogue.encrypted
        var forward = fromClient ? toServer : toClient
        var backward = fromClient ? toClient : toServer
        if fromClient {
            toServer = TcpStreamReassembler()
            toClient = TcpStreamReassembler()
        } else {
            toClient = TcpStreamReassembler()
            toServer = TcpStreamReassembler()
        }
        if flags.contains(.ack) && !flags.contains(.rst) {
            backward.acknowledged(segment.ack) { bytes in
                if reads { fromClient ? dialogue.serverBytes(bytes) : dialogue.clientBytes(bytes) }
            }
        }
        forward.segment(
            seq: segment.seq, syn: flags.contains(.syn), fin: flags.contains(.fin), payload: segment.payload,
            uncaptured: segment.uncaptured
        ) { bytes in
            if reads { fromClient ? dialogue.clientBytes(bytes) : dialogue.serverBytes(bytes) }
        }
        if flags.contains(.rst) {
            forward.close { if reads { fromClient ? dialogue.clientBytes($0) : dialogue.serverBytes($0) } }
            backward.close { if reads { fromClient ? dialogue.serverBytes($0) : dialogue.clientBytes($0) } }
            closed = true
        }
        if dialogue.encrypted || implicitTLS {
            forward.stopKeepingData()
            backward.stopKeepingData()
        }
        if fromClient {
            toServer = forward
            toClient = backward
        } else {
            toClient = forward
            toServer = backward
        }
        if toServer.ended && toClient.ended { closed = true }
        return closed
    }

    /// Ends the connection and returns its session with the outcome decided.
    mutating func finish() -> SmtpSession {
        var out = toServer
        toServer = TcpStreamReassembler()
        out.close { dialogue.clientBytes($0) }
        var back = toClient
        toClient = TcpStreamReassembler()
        back.close { dialogue.serverBytes($0) }
        var session = dialogue.session
        session.bytesMissing = out.bytesMissing + back.bytesMissing
        session.handshakeSeen = clientSyn && serverSynAck
        if clientSyn && !serverSynAck && serverReset {
            session.outcome = .refused
        } else if clientSyn && serverPackets == 0 && !clientPayload {
            session.outcome = .noAnswer
        } else if implicitTLS {
            session.outcome = .tls
        } else {
            session.outcome = dialogue.outcome ?? .incomplete
        }
        return session
    }
}
