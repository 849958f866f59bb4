import Foundation

/// An address and port of a fixture host; IPv6 when the address contains a colon.
public struct FixtureEndpoint: Sendable, Equatable {
    /// Dotted IPv4 or full/compressed IPv6 text.
    public var address: String
    /// TCP or UDP port.
    public var port: UInt16

    /// Creates an endpoint.
    public init(_ address: String, _ port: UInt16) {
        self.address = address
        self.port = port
    }

    var isIPv6: Bool { address.contains(":") }

    /// The address in network byte order (4 or 16 bytes); unparsable text gives zeros.
    var bytes: [UInt8] {
        if !isIPv6 {
            let parts = address.split(separator: ".").compactMap { UInt8($0) }
            return parts.count == 4 ? parts : [0, 0, 0, 0]
        }
        let halves = address.components(separatedBy: "::")
        let head = halves[0].split(separator: ":").compactMap { UInt16($0, radix: 16) }
        let tail = halves.count > 1 ? halves[1].split(separator: ":").compactMap { UInt16($0, radix: 16) } : []
        let groups = head + Array(repeating: 0, count: max(0, 8 - head.count - tail.count)) + tail
        return groups.prefix(8).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }
}

/// Builds IPv4/IPv6 packets carrying TCP or UDP, with correct lengths (checksums left zero,
/// as with checksum offload).
public enum PacketBuilder {
    /// TCP flag bits [RFC 9293 §3.1].
    public static let fin: UInt8 = 0x01, syn: UInt8 = 0x02, rst: UInt8 = 0x04, psh: UInt8 = 0x08, ack: UInt8 = 0x10

    /// An IP packet with a 20-byte TCP header.
    public static func tcp(
        from source: FixtureEndpoint, to destination: FixtureEndpoint, seq: UInt32, ack: UInt32, flags: UInt8,
        payload: [UInt8] = []
    ) -> [UInt8] {
        var segment: [UInt8] = []
        segment.reserveCapacity(20 + payload.count)
        segment += be16(source.port) + be16(destination.port) + be32(seq) + be32(ack)
        segment += [0x50, flags] + be16(65535) + [0, 0, 0, 0]
        segment += payload
        return ip(from: source, to: destination, protocolNumber: 6, payload: segment)
    }

    /// An IP packet with a UDP datagram.
    public static func udp(from source: FixtureEndpoint, to destination: FixtureEndpoint, payload: [UInt8]) -> [UInt8] {
        let datagram = be16(source.port) + be16(destination.port) + be16(UInt16(8 + payload.count)) + [0, 0] + payload
        return ip(from: source, to: destination, protocolNumber: 17, payload: datagram)
    }

    /// IPv4 (20-byte header, RFC 791) or IPv6 (40 bytes, RFC 8200) around `payload`.
    public static func ip(
        from source: FixtureEndpoint, to destination: FixtureEndpoint, protocolNumber: UInt8, payload: [UInt8]
    ) -> [UInt8] {
        if source.isIPv6 {
            return [0x60, 0, 0, 0] + be16(UInt16(payload.count)) + [protocolNumber, 64]
                + source.bytes + destination.bytes + payload
        }
        return [0x45, 0] + be16(UInt16(20 + payload.count)) + [0, 0, 0x40, 0, 64, protocolNumber, 0, 0]
            + source.bytes + destination.bytes + payload
    }

    static func be16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
    static func be32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
