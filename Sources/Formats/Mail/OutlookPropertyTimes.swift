import Foundation

/// The time properties of a message's `__properties_version1.0` stream [MS-OXMSG 2.4]: a 32-byte
/// header (top-level message), then 16-byte entries of tag, flags and an 8-byte value.
struct OutlookPropertyTimes {
    /// PidTagClientSubmitTime (0x0039), ISO 8601 UTC.
    var submitted: String?
    /// PidTagMessageDeliveryTime (0x0E06), ISO 8601 UTC.
    var delivered: String?

    init(_ stream: [UInt8]) {
        var offset = 32
        while offset &+ 16 <= stream.count {
            let tag = CompoundFile.u32(stream, offset)
            let type = tag & 0xFFFF, id = tag >> 16
            if type == 0x0040 {  // PT_SYSTIME: FILETIME, 100 ns since 1601-01-01 UTC
                let low = UInt64(CompoundFile.u32(stream, offset &+ 8))
                let high = UInt64(CompoundFile.u32(stream, offset &+ 12))
                let text = Self.iso8601(fileTime: high << 32 | low)
                if id == 0x0039 { submitted = text }
                if id == 0x0E06 { delivered = text }
            }
            offset &+= 16
        }
    }

    static func iso8601(fileTime: UInt64) -> String? {
        // After 1601 and before 3000: MAPI writes 0 or a date in 4501 for "none".
        guard fileTime > 0, fileTime < 441_481_536_000_000_000 else { return nil }
        let seconds = Double(fileTime / 10_000_000) - 11_644_473_600  // 1601 → 1970
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}
