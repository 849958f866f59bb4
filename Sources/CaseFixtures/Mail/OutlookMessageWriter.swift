/// Writes an Outlook `.msg` ([MS-OXMSG]) as the customer saves a reply from Outlook: subject and
/// body as UTF-16LE property streams, and each attachment in its `__attach_version1.0_#…`
/// storage with its data (`37010102`) and long file name (`3707001F`).
public enum OutlookMessageWriter {
    /// The `.msg` bytes of a message with `attachments` (name, bytes).
    public static func message(subject: String, body: String, attachments: [(name: String, bytes: [UInt8])]) -> [UInt8]
    {
        var nodes: [CompoundFileWriter.Node] = [
            .stream("__substg1.0_0037001F", utf16(subject)),  // PidTagSubject
            .stream("__substg1.0_1000001F", utf16(body)),  // PidTagBody
            .stream("__properties_version1.0", [UInt8](repeating: 0, count: 32)),
            .storage("__nameid_version1.0", []),
        ]
        for (index, attachment) in attachments.enumerated() {
            let number = String(index, radix: 16, uppercase: true)
            nodes.append(
                .storage(
                    "__attach_version1.0_#" + String(repeating: "0", count: 8 - number.count) + number,
                    [
                        .stream("__substg1.0_37010102", attachment.bytes),  // PidTagAttachDataBinary
                        .stream("__substg1.0_3707001F", utf16(attachment.name)),  // PidTagAttachLongFilename
                        .stream("__properties_version1.0", [UInt8](repeating: 0, count: 8)),
                    ]))
        }
        return CompoundFileWriter.file(nodes)
    }

    private static func utf16(_ text: String) -> [UInt8] {
        text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }
}
