/// Tells an Outlook `.msg` from other OLE compound files (.doc, .xls) by the stream names in the
/// directory sectors that fall within the head: MS-OXMSG 2.1 stores every property in streams
/// named `__substg1.0_XXXXYYYY`, and `__properties_version1.0` always exists.
public enum OLEMessageSignature {
    private static let markers: [[UInt8]] = ["__substg1.0_", "__properties_version1.0", "__nameid_version1.0"].map {
        Array($0.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }  // directory entry names are UTF-16LE
    }

    /// True when the head of a compound file (magic `D0 CF 11 E0 A1 B1 1A E1`) names a message stream.
    public static func isOutlookMessage(_ head: UnsafeRawBufferPointer) -> Bool {
        markers.contains { marker in contains(head, marker) }
    }

    private static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }
}
