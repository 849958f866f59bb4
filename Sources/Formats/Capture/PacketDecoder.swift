import Foundation

/// Decodes one captured frame from its link layer down to TCP and hands SMTP-port segments
/// to the connection table; counts hosts and traffic without building any String.
struct PacketDecoder {
    var connections = TcpConnectionTable()
    var hosts = HostCounter(capacity: 1024)
    var port25Packets = 0
    var submissionPackets = 0
    var otherPackets = 0
    var damage = DamageTally()

    /// One frame of `linkType` [LT]; `time` in nanoseconds since 1970.
    mutating func frame(_ data: UnsafeRawBufferPointer, linkType: Int, time: Int64, number: Int) {
        guard let start = networkStart(data, linkType: linkType, number: number) else {
            otherPackets += 1
            return
        }
        internet(UnsafeRawBufferPointer(rebasing: data[start...]), time: time)
    }

    /// Offset of the IP header and whether it exists; nil for non-IP frames.
    private mutating func networkStart(_ data: UnsafeRawBufferPointer, linkType: Int, number: Int) -> Int? {
        switch linkType {
        case 1:  // [LT] Ethernet: EtherType at 12; 802.1Q / 802.1ad tags add 4 each
            var offset = 12
            while offset + 2 <= data.count {
                let type = data.u16be(offset)
                if type == 0x8100 || type == 0x88A8 || type == 0x9100 {
                    offset += 4
                    continue
                }
                return (type == 0x0800 || type == 0x86DD) ? offset + 2 : nil
            }
            return nil
        case 0, 108:  // [LT] NULL (host order) / LOOP (big-endian): 4-byte address family
            guard data.count >= 4 else { return nil }
            var family = linkType == 108 ? data.u32be(0) : data.u32le(0)
            if linkType == 0 && family > 0xFFFF { family = family.byteSwapped }
            return (family == 2 || family == 24 || family == 28 || family == 30) ? 4 : nil
        case 101, 228, 229, 12, 14:  // [LT] RAW / IPV4 / IPV6: the IP header at 0
            return 0
        case 113:  // [LT] LINUX_SLL: 16 bytes, protocol at 14
            guard data.count >= 16 else { return nil }
            let type = data.u16be(14)
            return (type == 0x0800 || type == 0x86DD) ? 16 : nil
        case 276:  // [LT] LINUX_SLL2: 20 bytes, protocol at 0
            guard data.count >= 20 else { return nil }
            let type = data.u16be(0)
            return (type == 0x0800 || type == 0x86DD) ? 20 : nil
        default:
            damage.note("unknown-link-type", "link type \(linkType) at packet \(number) is not decoded")
            return nil
        }
    }

    private mutating func internet(_ ip: UnsafeRawBufferPointer, time: Int64) {
        guard !ip.isEmpty else {
            otherPackets += 1
            return
        }
        switch ip[0] >> 4 {
        case 4: ipv4(ip, time: time)
        case 6: ipv6(ip, time: time)
        default: otherPackets += 1
        }
    }

    /// [RFC 791] header length IHL·4, total length at 2, fragment offset at 6, protocol at 9.
    private mutating func ipv4(_ ip: UnsafeRawBufferPointer, time: Int64) {
        let headerLength = Int(ip[0] & 0x0F) * 4
        guard ip.count >= 20, headerLength >= 20, headerLength <= ip.count else {
            otherPackets += 1
            return
        }
        let source = IPAddressKey(ipv4: ip.u32be(12))
        let destination = IPAddressKey(ipv4: ip.u32be(16))
        countHosts(source, destination)
        let total = Int(ip.u16be(2))
        let fragmentOffset = ip.u16be(6) & 0x1FFF
        guard ip[9] == 6, fragmentOffset == 0 else {
            otherPackets += 1
            return
        }
        let end = total >= headerLength ? total : ip.count
        tcp(ip, from: headerLength, end: end, source: source, destination: destination, time: time)
    }

    /// [RFC 8200] 40-byte header, payload length at 4, next header at 6, then the extension chain.
    private mutating func ipv6(_ ip: UnsafeRawBufferPointer, time: Int64) {
        guard ip.count >= 40 else {
            otherPackets += 1
            return
        }
        let source = IPAddressKey(ipv6: ip, at: 8)
        let destination = IPAddressKey(ipv6: ip, at: 24)
        countHosts(source, destination)
        let payloadLength = Int(ip.u16be(4))
        let end = payloadLength == 0 ? ip.count : 40 + payloadLength
        var next = ip[6]
        var offset = 40
        chain: for _ in 0..<8 {
            guard next != 6, offset + 8 <= ip.count else { break }
            switch next {
            case 0, 43, 60, 135, 139, 140:  // hop-by-hop, routing, destination, mobility, HIP, shim6
                next = ip[offset]
                offset += (Int(ip[offset + 1]) + 1) * 8
            case 44:  // fragment: 8 bytes; only the first fragment carries the TCP header
                guard ip.u16be(offset + 2) & 0xFFF8 == 0 else {
                    otherPackets += 1
                    return
                }
                next = ip[offset]
                offset += 8
            case 51:  // AH: (length + 2)·4 [RFC 4302]
                next = ip[offset]
                offset += (Int(ip[offset + 1]) + 2) * 4
            default:
                break chain
            }
        }
        guard next == 6 else {
            otherPackets += 1
            return
        }
        tcp(ip, from: offset, end: end, source: source, destination: destination, time: time)
    }

    /// [RFC 9293] ports at 0/2, seq 4, ack 8, data offset·4 at 12 (high nibble), flags at 13.
    private mutating func tcp(
        _ ip: UnsafeRawBufferPointer, from start: Int, end: Int, source: IPAddressKey, destination: IPAddressKey,
        time: Int64
    ) {
        guard start + 20 <= ip.count else {
            otherPackets += 1
            return
        }
        let sourcePort = ip.u16be(start)
        let destinationPort = ip.u16be(start + 2)
        let serverIsDestination: Bool
        if destinationPort == 25 || destinationPort == 587 || destinationPort == 465 {
            serverIsDestination = true
        } else if sourcePort == 25 || sourcePort == 587 || sourcePort == 465 {
            serverIsDestination = false
        } else {
            otherPackets += 1
            return
        }
        if sourcePort == 25 || destinationPort == 25 { port25Packets += 1 } else { submissionPackets += 1 }
        let headerLength = Int(ip[start + 12] >> 4) * 4
        guard headerLength >= 20, start + headerLength <= ip.count else { return }
        let payloadStart = start + headerLength
        let payloadEnd = max(payloadStart, min(end, ip.count))
        let segment = TcpSegment(
            seq: ip.u32be(start + 4), ack: ip.u32be(start + 8), flags: TcpFlags(rawValue: ip[start + 13] & 0x17),
            payload: UnsafeRawBufferPointer(rebasing: ip[payloadStart..<payloadEnd]),
            uncaptured: max(0, end - max(payloadEnd, ip.count)))
        connections.take(
            segment, source: source, destination: destination, sourcePort: sourcePort,
            destinationPort: destinationPort, serverIsDestination: serverIsDestination, time: time)
    }

    private mutating func countHosts(_ source: IPAddressKey, _ destination: IPAddressKey) {
        hosts.count(source)
        hosts.count(destination)
    }
}

extension UnsafeRawBufferPointer {
    /// Big-endian u16 at `offset` (the caller checked the bounds).
    @inline(__always) func u16be(_ offset: Int) -> UInt16 {
        UInt16(bigEndian: loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }
    @inline(__always) func u32be(_ offset: Int) -> UInt32 {
        UInt32(bigEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
    @inline(__always) func u32le(_ offset: Int) -> UInt32 {
        UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
    @inline(__always) func u16le(_ offset: Int) -> UInt16 {
        UInt16(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }
}
