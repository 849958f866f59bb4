import Foundation

/// Where one BinXML value lies in its chunk, with its type [EVTX value types]; decoded only on demand.
struct BinXmlValue {
    var offset: Int
    var size: Int
    var type: UInt8

    static let null = BinXmlValue(offset: 0, size: 0, type: 0)

    /// The value as text, as Event Viewer's XML view would show it (arrays joined by ", ").
    func text(in chunk: UnsafeRawBufferPointer, limit: Int = EventRecord.maxDataLength) -> String {
        items(in: chunk, limit: limit, maxItems: 64).joined(separator: ", ")
    }

    /// The value's items: one for a scalar, one per element for an array type (0x80 | t) [EVTX].
    func items(in chunk: UnsafeRawBufferPointer, limit: Int, maxItems: Int) -> [String] {
        guard size >= 0, offset >= 0, offset <= chunk.count &- size else { return [""] }
        let bytes = UnsafeRawBufferPointer(rebasing: chunk[offset..<(offset + size)])
        let base = type & 0x7F
        guard type & 0x80 != 0 else { return [Self.scalarText(bytes, type: base, limit: limit)] }
        if base == 0x01 || base == 0x02 {
            // String arrays are NUL-separated [EVTX].
            let unit = base == 0x01 ? 2 : 1
            var result: [String] = []
            var start = 0, index = 0
            while index + unit <= bytes.count, result.count < maxItems {
                let isNul = unit == 2 ? bytes[index] == 0 && bytes[index + 1] == 0 : bytes[index] == 0
                if isNul {
                    result.append(
                        Self.scalarText(
                            UnsafeRawBufferPointer(rebasing: bytes[start..<index]), type: base,
                            limit: limit))
                    start = index + unit
                }
                index += unit
            }
            if start < bytes.count, result.count < maxItems {
                result.append(
                    Self.scalarText(
                        UnsafeRawBufferPointer(rebasing: bytes[start...]), type: base,
                        limit: limit))
            }
            return result.isEmpty ? [""] : result
        }
        guard let width = Self.fixedWidth(base), width > 0 else {
            return [Self.scalarText(bytes, type: base, limit: limit)]
        }
        var result: [String] = []
        var index = 0
        while index + width <= bytes.count, result.count < maxItems {
            result.append(
                Self.scalarText(
                    UnsafeRawBufferPointer(rebasing: bytes[index..<(index + width)]),
                    type: base, limit: limit))
            index += width
        }
        return result.isEmpty ? [""] : result
    }

    /// The value as an integer, when it is a number or a numeric string.
    func integer(in chunk: UnsafeRawBufferPointer) -> Int64? {
        guard size >= 0, offset >= 0, offset <= chunk.count &- size else { return nil }
        let bytes = UnsafeRawBufferPointer(rebasing: chunk[offset..<(offset + size)])
        func unsigned(_ width: Int) -> UInt64? {
            guard bytes.count >= width else { return nil }
            switch width {
            case 1: return UInt64(bytes[0])
            case 2: return UInt64(UInt16(littleEndian: bytes.loadUnaligned(as: UInt16.self)))
            case 4: return UInt64(UInt32(littleEndian: bytes.loadUnaligned(as: UInt32.self)))
            case 8: return UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
            default:
                var value: UInt64 = 0
                for index in stride(from: width - 1, through: 0, by: -1) { value = value << 8 | UInt64(bytes[index]) }
                return value
            }
        }
        switch type {
        case 0x03: return unsigned(1).map { Int64(Int8(truncatingIfNeeded: $0)) }
        case 0x05: return unsigned(2).map { Int64(Int16(truncatingIfNeeded: $0)) }
        case 0x07: return unsigned(4).map { Int64(Int32(truncatingIfNeeded: $0)) }
        case 0x09: return unsigned(8).map { Int64(bitPattern: $0) }
        case 0x04, 0x0D: return unsigned(type == 0x04 ? 1 : 4).map { Int64($0) }
        case 0x06: return unsigned(2).map { Int64($0) }
        case 0x08, 0x14: return unsigned(4).map { Int64($0) }
        case 0x0A, 0x15: return unsigned(8).map { Int64(bitPattern: $0) }
        case 0x10: return unsigned(Swift.min(bytes.count, 8)).map { Int64(bitPattern: $0) }
        case 0x01, 0x02:
            let trimmed = text(in: chunk, limit: 32).trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("0x") || trimmed.hasPrefix("0X") { return Int64(trimmed.dropFirst(2), radix: 16) }
            return Int64(trimmed)
        default: return nil
        }
    }

    /// The value as a time: FILETIME, SYSTEMTIME, or ISO 8601 text (forwarded events).
    func date(in chunk: UnsafeRawBufferPointer) -> Date? {
        guard size >= 0, offset >= 0, offset <= chunk.count &- size else { return nil }
        switch type {
        case 0x11 where size >= 8:
            return WindowsTime.date(fileTime: chunk.u64Unchecked(offset))
        case 0x12 where size >= 16:
            let field = { (index: Int) -> Int in
                Int(chunk[self.offset + index * 2]) | Int(chunk[self.offset + index * 2 + 1]) << 8
            }
            return WindowsTime.date(
                year: field(0), month: field(1), day: field(3), hour: field(4), minute: field(5),
                second: field(6), microseconds: field(7) * 1000)
        case 0x01, 0x02:
            return WindowsTime.date(iso8601: text(in: chunk, limit: 40))
        default:
            return nil
        }
    }

    private static func fixedWidth(_ type: UInt8) -> Int? {
        switch type {
        case 0x03, 0x04: 1
        case 0x05, 0x06: 2
        case 0x07, 0x08, 0x0B, 0x0D, 0x14: 4
        case 0x09, 0x0A, 0x0C, 0x11, 0x15: 8
        case 0x0F, 0x12: 16
        default: nil
        }
    }

    private static func scalarText(_ bytes: UnsafeRawBufferPointer, type: UInt8, limit: Int) -> String {
        func unsigned() -> UInt64 {
            var value: UInt64 = 0
            for index in stride(from: Swift.min(bytes.count, 8) - 1, through: 0, by: -1) {
                value = value << 8 | UInt64(bytes[index])
            }
            return value
        }
        switch type {
        case 0x00: return ""
        case 0x01:
            var units = bytes.count / 2
            while units > 0, bytes[units * 2 - 1] == 0, bytes[units * 2 - 2] == 0 { units -= 1 }
            return (try? bytes.utf16String(0, units: units, limit: limit)) ?? ""
        case 0x02:
            let text = bytes.prefix(limit).prefix { $0 != 0 }
            return String(decoding: text, as: UTF8.self)
        case 0x03: return String(Int8(truncatingIfNeeded: unsigned()))
        case 0x05: return String(Int16(truncatingIfNeeded: unsigned()))
        case 0x07: return String(Int32(truncatingIfNeeded: unsigned()))
        case 0x09: return String(Int64(bitPattern: unsigned()))
        case 0x04, 0x06, 0x08, 0x0A: return String(unsigned())
        case 0x0B: return bytes.count >= 4 ? String(Float(bitPattern: UInt32(truncatingIfNeeded: unsigned()))) : ""
        case 0x0C: return bytes.count >= 8 ? String(Double(bitPattern: unsigned())) : ""
        case 0x0D: return unsigned() != 0 ? "true" : "false"
        case 0x0E: return hex(bytes.prefix(limit / 2))
        case 0x0F: return guidText(bytes)
        case 0x10, 0x14, 0x15: return "0x" + String(unsigned(), radix: 16)
        case 0x11:
            return bytes.count >= 8 ? WindowsTime.text(fileTime: bytes.u64Unchecked(0)) : ""
        case 0x12:
            guard bytes.count >= 16 else { return "" }
            let field = { (index: Int) -> Int in Int(bytes[index * 2]) | Int(bytes[index * 2 + 1]) << 8 }
            return WindowsTime.text(
                year: field(0), month: field(1), day: field(3), hour: field(4), minute: field(5),
                second: field(6), milliseconds: field(7))
        case 0x13: return sidText(bytes)
        default: return hex(bytes.prefix(limit / 2))
        }
    }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in bytes { out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 0xF)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// GUID: the first three fields are little-endian [EVTX].
    private static func guidText(_ bytes: UnsafeRawBufferPointer) -> String {
        guard bytes.count >= 16 else { return hex(bytes) }
        let order = [3, 2, 1, 0, -1, 5, 4, -1, 7, 6, -1, 8, 9, -1, 10, 11, 12, 13, 14, 15]
        let body = order.map { $0 < 0 ? "-" : hex([bytes[$0]]) }.joined()
        return "{" + body + "}"
    }

    /// SID: revision, sub-authority count, 48-bit big-endian authority, little-endian u32 sub-authorities.
    private static func sidText(_ bytes: UnsafeRawBufferPointer) -> String {
        guard bytes.count >= 8 else { return hex(bytes) }
        var authority: UInt64 = 0
        for index in 2..<8 { authority = authority << 8 | UInt64(bytes[index]) }
        var text = "S-\(bytes[0])-\(authority)"
        let count = Int(bytes[1])
        for index in 0..<count where 8 + index * 4 + 4 <= bytes.count {
            text += "-\(bytes.u32Unchecked(8 + index * 4))"
        }
        return text
    }
}
