import Foundation

/// The last few strings decoded from UTF-16 bytes, reused when the same bytes come again: a log
/// repeats a handful of provider, computer and channel names thousands of times, and decoding
/// UTF-16 is the dearest step of reading a record.
struct RecentStrings {
    private var keys: [[UInt8]] = []
    private var strings: [String] = []
    private var next = 0
    private var lastHit = 0
    private static let capacity = 32

    /// The text of a UTF-16LE string value (trailing NULs trimmed), from the cache when possible.
    mutating func text(of value: BinXmlValue, in chunk: UnsafeRawBufferPointer) -> String {
        guard value.type == 0x01, value.size >= 0, value.size <= 512, value.offset >= 0,
            value.offset <= chunk.count &- value.size
        else { return value.text(in: chunk) }
        let bytes = UnsafeRawBufferPointer(rebasing: chunk[value.offset..<(value.offset + value.size)])
        // The string of the record before is the likeliest.
        if lastHit < keys.count, Self.same(keys[lastHit], bytes) { return strings[lastHit] }
        for index in keys.indices where Self.same(keys[index], bytes) {
            lastHit = index
            return strings[index]
        }
        let text = value.text(in: chunk)
        if keys.count < Self.capacity {
            keys.append(Array(bytes))
            strings.append(text)
        } else {
            keys[next] = Array(bytes)
            strings[next] = text
            next = (next + 1) % Self.capacity
        }
        return text
    }

    private static func same(_ key: [UInt8], _ bytes: UnsafeRawBufferPointer) -> Bool {
        key.count == bytes.count
            && key.withUnsafeBytes { key in
                guard let left = key.baseAddress, let right = bytes.baseAddress else { return true }
                return memcmp(left, right, bytes.count) == 0
            }
    }
}
