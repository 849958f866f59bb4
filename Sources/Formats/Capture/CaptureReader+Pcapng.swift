import Foundation

extension CaptureReader {
    /// [PCAPNG] block: u32 type, u32 total length (a multiple of 4), body, total length again.
    mutating func pcapngBlock(_ bytes: UnsafeRawBufferPointer) -> Step {
        guard bytes.count >= 12 else { return .need(12) }
        let isSection = bytes.u32le(0) == 0x0A0D_0D0A
        if isSection {
            // [PCAPNG] byte-order magic at 8 decides the order of the whole section.
            switch bytes.u32be(8) {
            case 0x4D3C_2B1A: bigEndian = false
            case 0x1A2B_3C4D: bigEndian = true
            default:
                decoder.damage.note(
                    "bad-byte-order-magic", "section header at offset \(fileOffset) has no byte-order magic")
                return .stop
            }
        }
        let type = bytes.u32(0, bigEndian: bigEndian)
        let length = Int(bytes.u32(4, bigEndian: bigEndian))
        guard length >= 12, length % 4 == 0 else {
            decoder.damage.note("bad-block-length", "block at offset \(fileOffset) has length \(length)")
            return .stop
        }
        let wanted = isSection || type == 1 || type == 2 || type == 3 || type == 6
        guard wanted else { return .skip(length) }
        guard length <= Self.maxUnit else {
            decoder.damage.note("bad-block-length", "block at offset \(fileOffset) claims \(length) bytes")
            return .stop
        }
        guard bytes.count >= length else { return .need(length) }
        let block = UnsafeRawBufferPointer(rebasing: bytes[0..<length])
        if isSection {
            interfaces.removeAll(keepingCapacity: true)
        } else {
            switch type {
            case 1: interfaceDescription(block)
            case 6: enhancedPacket(block)
            case 3: simplePacket(block)
            default: obsoletePacket(block)
            }
        }
        return .advance(length)
    }

    /// [PCAPNG] IDB: u16 link type at 8, u16 reserved, u32 snaplen at 12, options from 16.
    private mutating func interfaceDescription(_ block: UnsafeRawBufferPointer) {
        guard block.count >= 20 else {
            decoder.damage.note("bad-block-length", "interface block at offset \(fileOffset) is too short")
            return
        }
        var interface = CaptureInterface(
            linkType: Int(block.u16(8, bigEndian: bigEndian)), snapLength: Int(block.u32(12, bigEndian: bigEndian)))
        var offset = 16
        // [PCAPNG] options: u16 code, u16 length, value padded to 4; code 0 ends.
        while offset + 4 <= block.count - 4 {
            let code = block.u16(offset, bigEndian: bigEndian)
            let length = Int(block.u16(offset + 2, bigEndian: bigEndian))
            let value = offset + 4
            if code == 0 || value + length > block.count - 4 { break }
            if code == 9 && length >= 1 { interface.resolution = block[value] }
            if code == 14 && length >= 8 {
                interface.offsetSeconds = Int64(
                    bitPattern: UInt64(block.u32(value, bigEndian: bigEndian))
                        | UInt64(block.u32(value + 4, bigEndian: bigEndian)) << 32)
                if bigEndian {
                    interface.offsetSeconds = Int64(
                        bitPattern: UInt64(block.u32(value + 4, bigEndian: true))
                            | UInt64(block.u32(value, bigEndian: true)) << 32)
                }
            }
            offset = value + (length + 3) & ~3
        }
        noteLinkType(interface.linkType)
        if interfaces.count < 4096 { interfaces.append(interface) }
    }

    /// [PCAPNG] EPB: interface id at 8, ts high 12, ts low 16, caplen 20, origlen 24, data at 28.
    private mutating func enhancedPacket(_ block: UnsafeRawBufferPointer) {
        guard block.count >= 32 else {
            decoder.damage.note("bad-block-length", "packet block at offset \(fileOffset) is too short")
            return
        }
        let id = Int(block.u32(8, bigEndian: bigEndian))
        let units = UInt64(block.u32(12, bigEndian: bigEndian)) << 32 | UInt64(block.u32(16, bigEndian: bigEndian))
        timedPacket(block, interfaceID: id, units: units, captured: Int(block.u32(20, bigEndian: bigEndian)))
    }

    /// [PCAPNG] obsolete Packet Block: u16 interface id at 8, u16 drops, ts high 12, low 16, caplen 20, data 28.
    private mutating func obsoletePacket(_ block: UnsafeRawBufferPointer) {
        guard block.count >= 32 else {
            decoder.damage.note("bad-block-length", "packet block at offset \(fileOffset) is too short")
            return
        }
        let id = Int(block.u16(8, bigEndian: bigEndian))
        let units = UInt64(block.u32(12, bigEndian: bigEndian)) << 32 | UInt64(block.u32(16, bigEndian: bigEndian))
        timedPacket(block, interfaceID: id, units: units, captured: Int(block.u32(20, bigEndian: bigEndian)))
    }

    private mutating func timedPacket(_ block: UnsafeRawBufferPointer, interfaceID: Int, units: UInt64, captured: Int) {
        guard interfaceID < interfaces.count else {
            decoder.damage.note("unknown-interface", "packet at offset \(fileOffset) names interface \(interfaceID)")
            return
        }
        var length = captured
        if 28 + length > block.count - 4 {
            decoder.damage.note("bad-packet-length", "packet at offset \(fileOffset) claims \(captured) bytes")
            length = block.count - 4 - 28
        }
        let interface = interfaces[interfaceID]
        packet(
            UnsafeRawBufferPointer(rebasing: block[28..<(28 + length)]), linkType: interface.linkType,
            time: interface.nanoseconds(units))
    }

    /// [PCAPNG] SPB: u32 origlen at 8, data from 12 of min(snaplen, origlen) bytes; interface 0, no time.
    private mutating func simplePacket(_ block: UnsafeRawBufferPointer) {
        guard let interface = interfaces.first, block.count >= 16 else {
            decoder.damage.note("unknown-interface", "simple packet at offset \(fileOffset) without an interface")
            return
        }
        var length = min(Int(block.u32(8, bigEndian: bigEndian)), block.count - 16)
        if interface.snapLength > 0 { length = min(length, interface.snapLength) }
        packet(UnsafeRawBufferPointer(rebasing: block[12..<(12 + length)]), linkType: interface.linkType, time: nil)
    }
}
