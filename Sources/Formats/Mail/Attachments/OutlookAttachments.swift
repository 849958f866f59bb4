import Foundation

/// The attachments of an Outlook `.msg` held in memory (MS-OXMSG 2.2.2): each
/// `__attach_version1.0_#XXXXXXXX` storage holds the data (`__substg1.0_37010102`) and the long or
/// short file name (`3707`/`3704`, UTF-16LE `001F` or 8-bit `001E`). An attached Outlook item
/// (`3701000D`, a storage) comes out as a `.msg` of its own (`OutlookEmbeddedMessage`).
public enum OutlookAttachments {
    /// One attachment with its decoded name.
    public struct Attachment: Sendable, Equatable {
        public var name: String
        public var bytes: [UInt8]
        /// An attached Outlook item: `bytes` are a `.msg` written from its storage, not bytes
        /// the message holds as they are.
        public var isRebuilt = false
    }

    /// The most attachments read from one message.
    public static let maxAttachments = 1024
    /// The most streams looked at in one attachment's storage (Outlook writes a dozen or two).
    static let maxStreamsPerAttachment = 256

    /// The attachments in storage order, and what could not be read.
    public static func read(_ bytes: [UInt8]) -> (attachments: [Attachment], problems: [String]) {
        guard let file = CompoundFile(bytes) else {
            return ([], ["not an OLE compound file, or its header is damaged"])
        }
        var problems = Array(file.problems.prefix(4))
        let storages = file.childIDs(of: 0)
            .filter { file.entries[$0].type == 1 && file.entries[$0].name.hasPrefix("__attach_version1.0_#") }
            .sorted { file.entries[$0].name < file.entries[$1].name }
        if storages.count > maxAttachments {
            problems.append("\(storages.count) attachments: only the first \(maxAttachments) were read")
        }
        var attachments: [Attachment] = []
        // A sound file stores each sector once, so its attachments together are never larger than
        // the file; a damaged or hostile one whose attachments share sectors is read up to that.
        var left = bytes.count
        var sharedTrees = Set<UInt32>()
        for (position, storage) in storages.prefix(maxAttachments).enumerated() {
            guard left > 0 else {
                problems.append("the attachments from \(position + 1) on would exceed the file's size: not read")
                break
            }
            let tree = file.entries[storage].child
            guard tree == CompoundFile.noStream || sharedTrees.insert(tree).inserted else {
                problems.append("attachment \(position + 1) shares its streams with an earlier one: not read")
                continue
            }
            var streams: [String: CompoundFile.Entry] = [:]
            var item: Int?  // the storage of an attached Outlook item
            for child in file.childIDs(of: storage, limit: maxStreamsPerAttachment) {
                let entry = file.entries[child]
                let name = entry.name.uppercased()
                streams[name] = entry
                if entry.type == 1, name == "__SUBSTG1.0_3701000D" { item = child }
            }
            if let item {
                switch OutlookEmbeddedMessage.file(file, item: item, budget: &left) {
                case .success(let message):
                    if message.cut {
                        problems.append("attachment \(position + 1), an attached Outlook item, is cut short")
                    }
                    let name = ["3001", "3707", "3704"].lazy.compactMap { string(file, streams, $0) }.first {
                        !$0.isEmpty
                    }
                    attachments.append(
                        Attachment(name: itemFileName(name, position: position), bytes: message.bytes, isRebuilt: true))
                case .failure(.tooLarge):
                    problems.append(
                        "attachment \(position + 1) is an attached Outlook item over 6.8 MB: listed, not opened")
                case .failure(.tooComplex):
                    problems.append(
                        "attachment \(position + 1) is an attached Outlook item whose storages are circular, nested over "
                            + "\(OutlookEmbeddedMessage.maxDepth) deep or hold over \(OutlookEmbeddedMessage.maxNodes) "
                            + "streams: listed, not opened")
                }
                continue
            }
            guard let data = streams["__SUBSTG1.0_37010102"] else { continue }  // a link or OLE object
            let content = file.content(of: data, limit: left)
            left -= content.count
            if UInt64(content.count) < data.size {
                problems.append("attachment \(position + 1) is cut short: \(content.count) of \(data.size) bytes")
            }
            let name = ["3707", "3704", "3001"].lazy.compactMap { string(file, streams, $0) }.first { !$0.isEmpty }
            attachments.append(Attachment(name: name ?? "attachment-\(position + 1).bin", bytes: content))
        }
        return (attachments, problems)
    }

    /// An attached item's file name: its display name (the item's subject, as Outlook shows it)
    /// ending in `.msg`, by which its kind is recognised.
    private static func itemFileName(_ name: String?, position: Int) -> String {
        let base = name ?? "attached item \(position + 1)"
        return base.lowercased().hasSuffix(".msg") ? base : base + ".msg"
    }

    /// A string property of the attachment: `001F` is UTF-16LE, `001E` 8-bit (CP932 on Japanese Outlook).
    private static func string(_ file: CompoundFile, _ streams: [String: CompoundFile.Entry], _ id: String) -> String? {
        if let unicode = streams["__SUBSTG1.0_\(id)001F"], unicode.size <= 4096 {
            let bytes = file.content(of: unicode)
            let text = bytes.withUnsafeBytes { TextDecoding.decode($0, as: .utf16LE) }
            return MimeAttachmentSplitter.cleaned(text.trimmingCharacters(in: CharacterSet(charactersIn: "\0")))
        }
        if let eightBit = streams["__SUBSTG1.0_\(id)001E"], eightBit.size <= 4096 {
            let bytes = Array(file.content(of: eightBit).prefix { $0 != 0 })
            let text =
                MailCharset.isValidUTF8(bytes)
                ? String(decoding: bytes, as: UTF8.self) : MailCharset.decodeLeniently(bytes, charset: "cp932")
            return MimeAttachmentSplitter.cleaned(text)
        }
        return nil
    }
}
