import Foundation

/// Reads a pcap or pcapng capture in one streaming pass and summarises its SMTP traffic.
///
/// Memory stays bounded whatever the capture size: at most one record or block is buffered
/// when it straddles two input blocks, each SMTP connection holds at most 1 MiB of
/// out-of-order data per direction, and the number of followed connections is capped.
public struct CaptureReader: ByteStreamParser {
    /// Records and blocks larger than this are taken as damage, not allocated.
    static let maxUnit = 16 << 20

    enum Container { case detecting, pcap, pcapng, unknown, stopped }

    /// What to do after looking at the bytes of the current unit.
    enum Step {
        /// The unit needs this many bytes in total before it can be read.
        case need(Int)
        /// The unit was read; go on this many bytes further.
        case advance(Int)
        /// The unit is this long and not needed: skip it without buffering.
        case skip(Int)
        /// The rest of the file cannot be framed.
        case stop
    }

    var container = Container.detecting
    var carry: [UInt8] = []
    var needed = 0
    var skipping = 0
    var fileOffset = 0
    var pcapHeaderRead = false
    var bigEndian = false
    var pcapNanoseconds = false
    var pcapLinkType = 1
    var interfaces: [CaptureInterface] = []
    var decoder = PacketDecoder()
    var summary = CaptureSummary()
    var firstTime: Int64 = .max
    var lastTime: Int64 = .min

    /// A reader before the first byte.
    public init() {}

    /// Feeds the next block of the capture.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        while index < bytes.count {
            switch container {
            case .stopped, .unknown: return
            default: break
            }
            if skipping > 0 {
                let take = min(skipping, bytes.count - index)
                skipping -= take
                index += take
                fileOffset += take
                continue
            }
            if !carry.isEmpty {
                let take = min(needed - carry.count, bytes.count - index)
                carry.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[index..<(index + take)]))
                index += take
                if carry.count < needed { return }
                drainCarry()
                continue
            }
            let available = UnsafeRawBufferPointer(rebasing: bytes[index...])
            switch step(available) {
            case .need(let total):
                carry.append(contentsOf: available)
                needed = total
                return
            case .advance(let count):
                index += count
                fileOffset += count
            case .skip(let count):
                let take = min(count, available.count)
                index += take
                fileOffset += take
                skipping = count - take
            case .stop:
                container = .stopped
                return
            }
        }
    }

    /// Reads what the carried bytes hold, until they run out or a longer unit is needed.
    private mutating func drainCarry() {
        while !carry.isEmpty && carry.count >= needed {
            var unit: [UInt8] = []
            swap(&unit, &carry)
            let result = unit.withUnsafeBytes { step($0) }
            swap(&unit, &carry)
            switch result {
            case .need(let total):
                needed = total
            case .advance(let count):
                carry.removeFirst(count)
                fileOffset += count
                needed = carry.isEmpty ? 0 : carry.count
                if count == 0 { needed = 0 }
            case .skip(let count):
                skipping = count - carry.count
                fileOffset += carry.count
                carry.removeAll(keepingCapacity: true)
            case .stop:
                container = .stopped
                carry = []
            }
        }
    }

    /// Ends the capture and returns its summary.
    public mutating func finish() -> CaptureSummary {
        if container == .detecting || (container == .pcap && !pcapHeaderRead) {
            if fileOffset > 0 || !carry.isEmpty {
                decoder.damage.note("truncated-header", "the file ends inside its header")
            } else {
                decoder.damage.note("empty", "the file holds no bytes")
            }
        } else if !carry.isEmpty || skipping > 0 {
            let missing = carry.isEmpty ? skipping : needed - carry.count
            decoder.damage.note(
                "truncated-record", "the record at offset \(fileOffset) is cut off: \(missing) bytes missing")
        }
        carry = []
        decoder.connections.finishAll()
        var result = summary
        if firstTime != .max { result.firstPacket = CaptureClock.date(nanoseconds: firstTime) }
        if lastTime != .min { result.lastPacket = CaptureClock.date(nanoseconds: lastTime) }
        result.hosts = decoder.hosts.entries.map { HostCount(address: $0.address.text, packets: $0.packets) }
            .sorted { $0.packets != $1.packets ? $0.packets > $1.packets : $0.address < $1.address }
        result.hostsOmitted = decoder.hosts.omitted
        result.tcpPort25Packets = decoder.port25Packets
        result.tcpSubmissionPackets = decoder.submissionPackets
        result.otherPackets = decoder.otherPackets
        result.smtpSessions = decoder.connections.sessions
        result.smtpSessionsOmitted = decoder.connections.sessionsOmitted
        result.outcomeCounts = decoder.connections.outcomeCounts
        let notFollowed = decoder.connections.connectionsNotFollowed
        if notFollowed > 0 {
            decoder.damage.note("too-many-connections", "\(notFollowed) SMTP connections not followed (table full)")
        }
        result.damage = decoder.damage.list
        return result
    }

    /// Hands one packet to the decoder and widens the capture's time span.
    mutating func packet(_ data: UnsafeRawBufferPointer, linkType: Int, time: Int64?) {
        summary.packets += 1
        if let time {
            if time < firstTime { firstTime = time }
            if time > lastTime { lastTime = time }
        }
        decoder.frame(
            data, linkType: linkType, time: time ?? (lastTime == .min ? 0 : lastTime), number: summary.packets)
    }

    mutating func noteLinkType(_ linkType: Int) {
        if !summary.linkTypes.contains(linkType) && summary.linkTypes.count < 64 { summary.linkTypes.append(linkType) }
    }
}
