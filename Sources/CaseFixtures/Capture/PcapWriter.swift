import Foundation

/// The link layer a fixture capture wraps its IP packets in [LT].
public enum FixtureLink: Sendable, Equatable {
    /// Ethernet (1), with optional 802.1Q tags (two give QinQ).
    case ethernet(vlanTags: [UInt16] = [])
    /// BSD loopback NULL (0), address family in little-endian order.
    case null
    /// OpenBSD LOOP (108), address family big-endian.
    case loop
    /// RAW (101): the IP header first.
    case raw
    /// Linux cooked capture v1 (113).
    case linuxSLL
    /// Linux cooked capture v2 (276).
    case linuxSLL2

    /// The LINKTYPE_ number.
    public var number: Int {
        switch self {
        case .ethernet: 1
        case .null: 0
        case .loop: 108
        case .raw: 101
        case .linuxSLL: 113
        case .linuxSLL2: 276
        }
    }

    /// The link header in front of one IP packet.
    func header(for ip: [UInt8]) -> [UInt8] {
        let v6 = (ip.first ?? 0) >> 4 == 6
        let etherType: UInt16 = v6 ? 0x86DD : 0x0800
        switch self {
        case .ethernet(let tags):
            var header: [UInt8] = [0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x00, 0x66, 0x77, 0x88, 0x99, 0xAA]
            for tag in tags { header += PacketBuilder.be16(0x8100) + PacketBuilder.be16(tag) }
            return header + PacketBuilder.be16(etherType)
        case .null: return v6 ? [30, 0, 0, 0] : [2, 0, 0, 0]
        case .loop: return v6 ? [0, 0, 0, 30] : [0, 0, 0, 2]
        case .raw: return []
        case .linuxSLL:
            return [0, 0, 0, 1, 0, 6, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0, 0] + PacketBuilder.be16(etherType)
        case .linuxSLL2:
            return PacketBuilder.be16(etherType) + [
                0, 0, 0, 0, 0, 2, 0, 1, 0, 6, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0, 0,
            ]
        }
    }
}

/// The file format a fixture capture is written in.
public enum FixtureCaptureFormat: Sendable, Equatable {
    /// libpcap [PCAP]: microsecond or nanosecond timestamps, either byte order.
    case pcap(nanoseconds: Bool = false, bigEndian: Bool = false)
    /// pcapng [PCAPNG], little-endian, one IDB per link; `resolution` is `if_tsresol` (10^-n).
    case pcapng(links: [FixtureLink], resolution: UInt8 = 6)
}

/// Writes a deterministic capture, streaming to a file handle (for big benchmark files) or
/// collecting the bytes in memory (for tests).
public final class PcapWriter {
    private let format: FixtureCaptureFormat
    private let link: FixtureLink
    private let output: FileHandle?
    private var buffer: [UInt8] = []
    /// Bytes written so far (header included).
    public private(set) var bytesWritten = 0
    /// Packets written so far.
    public private(set) var packetsWritten = 0

    /// Starts a capture; the pcap link is `link`, pcapng takes its links from the format.
    public init(format: FixtureCaptureFormat = .pcap(), link: FixtureLink = .ethernet(), output: FileHandle? = nil) {
        self.format = format
        self.link = link
        self.output = output
        writeHeader()
    }

    private func writeHeader() {
        switch format {
        case .pcap(let nanoseconds, let bigEndian):
            let magic: UInt32 = nanoseconds ? 0xA1B2_3C4D : 0xA1B2_C3D4
            append32(magic, bigEndian)
            append16(2, bigEndian)
            append16(4, bigEndian)
            append32(0, bigEndian)
            append32(0, bigEndian)
            append32(262_144, bigEndian)
            append32(UInt32(link.number), bigEndian)
        case .pcapng(let links, let resolution):
            // [PCAPNG] SHB: type, length 28, byte-order magic, version 1.0, section length -1.
            append32(0x0A0D_0D0A, false)
            append32(28, false)
            append32(0x1A2B_3C4D, false)
            append16(1, false)
            append16(0, false)
            buffer += [UInt8](repeating: 0xFF, count: 8)
            append32(28, false)
            for link in links {
                // [PCAPNG] IDB with if_tsresol (9) and the end-of-options marker.
                append32(1, false)
                append32(32, false)
                append16(UInt16(link.number), false)
                append16(0, false)
                append32(0, false)
                append16(9, false)
                append16(1, false)
                buffer += [resolution, 0, 0, 0]
                append32(0, false)
                append32(32, false)
            }
        }
    }

    /// Appends one IP packet at `time` (on pcapng interface `interface`).
    public func write(ip: [UInt8], at time: Date, interface: Int = 0) {
        var frameLink = link
        var resolution: UInt8 = 6
        if case .pcapng(let links, let res) = format, interface < links.count {
            frameLink = links[interface]
            resolution = res
        }
        let frame = frameLink.header(for: ip) + ip
        let nanos = Int64((time.timeIntervalSince1970 * 1e9).rounded())
        switch format {
        case .pcap(let nanoseconds, let bigEndian):
            append32(UInt32(truncatingIfNeeded: nanos / 1_000_000_000), bigEndian)
            let fraction = nanos % 1_000_000_000
            append32(UInt32(nanoseconds ? fraction : fraction / 1000), bigEndian)
            append32(UInt32(frame.count), bigEndian)
            append32(UInt32(frame.count), bigEndian)
            buffer += frame
        case .pcapng:
            var units = UInt64(nanos)
            if resolution < 9 { for _ in resolution..<9 { units /= 10 } }
            let padded = (frame.count + 3) & ~3
            let length = UInt32(32 + padded)
            append32(6, false)
            append32(length, false)
            append32(UInt32(interface), false)
            append32(UInt32(units >> 32), false)
            append32(UInt32(units & 0xFFFF_FFFF), false)
            append32(UInt32(frame.count), false)
            append32(UInt32(frame.count), false)
            buffer += frame + [UInt8](repeating: 0, count: padded - frame.count)
            append32(length, false)
        }
        packetsWritten += 1
        if buffer.count >= 1 << 20 { flush() }
    }

    /// Writes out what is buffered and returns all bytes when writing in memory.
    @discardableResult public func finish() -> [UInt8] {
        if output == nil { return buffer }
        flush()
        return []
    }

    private func flush() {
        guard let output else { return }
        bytesWritten += buffer.count
        output.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    private func append16(_ value: UInt16, _ bigEndian: Bool) {
        let bytes = PacketBuilder.be16(value)
        buffer += bigEndian ? bytes : bytes.reversed()
    }

    private func append32(_ value: UInt32, _ bigEndian: Bool) {
        let bytes = PacketBuilder.be32(value)
        buffer += bigEndian ? bytes : bytes.reversed()
    }
}
