import Foundation

/// The SMTP connections being followed, bounded in number; finished connections become sessions.
///
/// Closed connections stay a little while (late retransmissions and ACKs still find them),
/// then leave in the order they closed. When the table is full, connections idle for two
/// minutes of capture time are ended to make room.
struct TcpConnectionTable {
    static let maxConnections = 8192
    static let maxClosedKept = 1024
    static let maxSessionsListed = 2000
    static let idleNanoseconds: Int64 = 120_000_000_000

    private var index: [TcpConnectionKey: Int] = [:]
    private var slots: [TcpConnection?] = []
    /// Whether each slot's connection is closed, kept apart so that asking never copies a connection.
    private var closedFlags: [Bool] = []
    private var freeSlots: [Int] = []
    private var closedQueue: [TcpConnectionKey] = []
    private var closedHead = 0
    private var nextSweep: Int64 = .min
    private(set) var sessions: [SmtpSession] = []
    private(set) var sessionsOmitted = 0
    private(set) var outcomeCounts: [String: Int] = [:]
    private(set) var connectionsNotFollowed = 0

    /// A segment to or from an SMTP port; `serverIsDestination` tells which end is the server
    /// when the connection is new.
    mutating func take(
        _ segment: TcpSegment, source: IPAddressKey, destination: IPAddressKey, sourcePort: UInt16,
        destinationPort: UInt16, serverIsDestination: Bool, time: Int64
    ) {
        let forward = TcpConnectionKey(
            server: destination, client: source, serverPort: destinationPort, clientPort: sourcePort)
        let backward = TcpConnectionKey(
            server: source, client: destination, serverPort: sourcePort, clientPort: destinationPort)
        var slot = index[forward]
        var fromClient = true
        var key = forward
        if slot == nil, let other = index[backward] {
            slot = other
            fromClient = false
            key = backward
        }
        let freshSyn = segment.flags.contains(.syn) && !segment.flags.contains(.ack)
        if let existing = slot, fromClient, freshSyn, let old = slots[existing] {
            // Port reuse: a new SYN on a closed connection, or with another initial sequence number.
            if old.closed || old.toServer.ended || (old.synSeq.map { $0 != segment.seq } ?? old.clientPayload) {
                end(slot: existing)
                slot = nil
            }
        }
        if slot == nil {
            key = serverIsDestination ? forward : backward
            fromClient = serverIsDestination
            guard let fresh = open(TcpConnection(key: key, time: time, startsWithSyn: freshSyn), time: time) else {
                return
            }
            slot = fresh
        }
        guard let position = slot else { return }
        let closedNow = slots[position]?.take(segment, fromClient: fromClient, time: time) ?? false
        if closedNow && !closedFlags[position] {
            closedFlags[position] = true
            noteClosed(key)
        }
    }

    private mutating func open(_ connection: TcpConnection, time: Int64) -> Int? {
        if index.count >= Self.maxConnections && time >= nextSweep {
            nextSweep = time &+ Self.idleNanoseconds / 2
            for (key, position) in index where (slots[position]?.lastTime ?? time) < time &- Self.idleNanoseconds {
                _ = key
                end(slot: position)
            }
        }
        guard index.count < Self.maxConnections else {
            connectionsNotFollowed += 1
            return nil
        }
        let position: Int
        if let reused = freeSlots.popLast() {
            position = reused
            slots[position] = connection
            closedFlags[position] = false
        } else {
            position = slots.count
            slots.append(connection)
            closedFlags.append(false)
        }
        index[connection.key] = position
        return position
    }

    private mutating func noteClosed(_ key: TcpConnectionKey) {
        closedQueue.append(key)
        while closedQueue.count - closedHead > Self.maxClosedKept {
            let oldest = closedQueue[closedHead]
            closedHead += 1
            if let position = index[oldest], closedFlags[position] { end(slot: position) }
        }
        if closedHead > 4096 {
            closedQueue.removeFirst(closedHead)
            closedHead = 0
        }
    }

    private mutating func end(slot position: Int) {
        guard var connection = slots[position] else { return }
        slots[position] = nil
        index.removeValue(forKey: connection.key)
        freeSlots.append(position)
        let session = connection.finish()
        outcomeCounts[session.outcome.rawValue, default: 0] += 1
        if sessions.count < Self.maxSessionsListed { sessions.append(session) } else { sessionsOmitted += 1 }
    }

    /// Ends every connection still open (the capture is over) and orders the sessions by start.
    mutating func finishAll() {
        for position in slots.indices where slots[position] != nil { end(slot: position) }
        sessions.sort { $0.start < $1.start }
    }
}
