import Formats

/// Writes an Outlook `.msg` ([MS-OXMSG]) as the customer saves a reply from Outlook: subject and
/// body as UTF-16LE property streams, each attachment in its `__attach_version1.0_#…` storage with
/// its data (`37010102`) and long file name (`3707001F`), and attached Outlook items (a mail
/// forwarded as an attachment) as `3701000D` storages holding a whole message.
public enum OutlookMessageWriter {
    /// An Outlook item attached to the message: `name` is the attachment's display name.
    public struct Item {
        public var name: String
        public var subject: String
        public var body: String
        public var attachments: [(name: String, bytes: [UInt8])]
        /// PidTagClientSubmitTime as a FILETIME, 0 for none.
        public var submitted: UInt64

        public init(
            name: String, subject: String, body: String, attachments: [(name: String, bytes: [UInt8])] = [],
            submitted: UInt64 = 0
        ) {
            (self.name, self.subject, self.body, self.attachments, self.submitted) =
                (name, subject, body, attachments, submitted)
        }
    }

    /// The `.msg` bytes of a message with `attachments` (name, bytes) and attached `items`.
    public static func message(
        subject: String, body: String, attachments: [(name: String, bytes: [UInt8])], items: [Item] = []
    ) -> [UInt8] {
        let nodes =
            messageNodes(subject: subject, body: body, attachments: attachments, items: items, submitted: 0, top: true)
            + [.storage("__nameid_version1.0", [])]
        guard let file = CompoundFileWriter.file(nodes) else {
            preconditionFailure("fixture messages stay within the writer's 6.8 MB")
        }
        return file
    }

    /// The streams of a message: a top-level one's properties header is 32 bytes, an attached
    /// item's 24 [MS-OXMSG 2.4.1].
    private static func messageNodes(
        subject: String, body: String, attachments: [(name: String, bytes: [UInt8])], items: [Item],
        submitted: UInt64, top: Bool
    ) -> [CompoundFileWriter.Node] {
        var properties = [UInt8](repeating: 0, count: top ? 32 : 24)
        if submitted > 0 {
            properties += le32(0x0039_0040) + le32(0)  // PidTagClientSubmitTime, PT_SYSTIME; flags
            properties +=
                le32(UInt32(truncatingIfNeeded: submitted)) + le32(UInt32(truncatingIfNeeded: submitted >> 32))
        }
        var nodes: [CompoundFileWriter.Node] = [
            .stream("__substg1.0_0037001F", utf16(subject)),  // PidTagSubject
            .stream("__substg1.0_1000001F", utf16(body)),  // PidTagBody
            .stream("__properties_version1.0", properties),
        ]
        var number = 0
        for attachment in attachments {
            nodes.append(
                .storage(
                    storageName(number),
                    [
                        .stream("__substg1.0_37010102", attachment.bytes),  // PidTagAttachDataBinary
                        .stream("__substg1.0_3707001F", utf16(attachment.name)),  // PidTagAttachLongFilename
                        .stream("__properties_version1.0", [UInt8](repeating: 0, count: 8)),
                    ]))
            number += 1
        }
        for item in items {
            let message = messageNodes(
                subject: item.subject, body: item.body, attachments: item.attachments, items: [],
                submitted: item.submitted, top: false)
            nodes.append(
                .storage(
                    storageName(number),
                    [
                        .stream("__substg1.0_3001001F", utf16(item.name)),  // PidTagDisplayName
                        .storage("__substg1.0_3701000D", message),  // PidTagAttachDataObject
                        .stream("__properties_version1.0", [UInt8](repeating: 0, count: 8)),
                    ]))
            number += 1
        }
        return nodes
    }

    private static func storageName(_ number: Int) -> String {
        let hex = String(number, radix: 16, uppercase: true)
        return "__attach_version1.0_#" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    private static func utf16(_ text: String) -> [UInt8] {
        text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    private static func le32(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }
}
