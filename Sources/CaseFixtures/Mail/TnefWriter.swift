/// Writes Outlook's `winmail.dat` (TNEF, [MS-OXTNEF]) holding attachments: the signature and key,
/// a TNEF version attribute, then per attachment attAttachRendData, attAttachTitle (CP932,
/// NUL-terminated) and attAttachData, each with its checksum.
public enum TnefWriter {
    /// The winmail.dat bytes for `attachments` (name, bytes).
    public static func winmail(_ attachments: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var output: [UInt8] = []
        le32(0x223E_9F78, &output)  // TNEF_SIGNATURE
        output += [0x01, 0x00]  // legacy key
        attribute(level: 1, id: 0x0008_9006, data: [0x00, 0x00, 0x01, 0x00], &output)  // attTnefVersion
        for attachment in attachments {
            attribute(level: 2, id: 0x0006_9002, data: [UInt8](repeating: 0, count: 14), &output)  // attAttachRendData
            attribute(level: 2, id: 0x0001_8010, data: JapaneseMailEncoding.cp932(attachment.name) + [0], &output)
            attribute(level: 2, id: 0x0006_800F, data: attachment.bytes, &output)  // attAttachData
        }
        return output
    }

    private static func attribute(level: UInt8, id: UInt32, data: [UInt8], _ output: inout [UInt8]) {
        output.append(level)
        le32(id, &output)
        le32(UInt32(data.count), &output)
        output += data
        let checksum = data.reduce(UInt16(0)) { $0 &+ UInt16($1) }
        output += [UInt8(checksum & 0xFF), UInt8(checksum >> 8)]
    }

    private static func le32(_ value: UInt32, _ output: inout [UInt8]) {
        output += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }
}
