/// An Outlook item attached to a message — a mail forwarded "as an attachment", such as the
/// notification ServerProtect sent — re-saved as a `.msg` of its own, so that the walk reads its
/// envelope and body and opens its attachments like those of any other message.
///
/// The item is a `__substg1.0_3701000D` storage holding a whole message's streams and storages
/// [MS-OXMSG 2.2.2.1]; its properties stream has the 24-byte header of an embedded message, and
/// a file of its own needs the 32-byte header of a top-level one [MS-OXMSG 2.4.1].
enum OutlookEmbeddedMessage {
    /// Storages and streams copied at most, over the whole item.
    static let maxNodes = 4096
    /// Storages nested at most (an item attached to an item attached to …).
    static let maxDepth = 8

    /// Why an item could not be re-saved.
    enum Failure: Error {
        case tooLarge
        case tooComplex
    }

    /// The `.msg` bytes of the item in storage `item` of `file`, and whether a stream of it came out
    /// short; `budget` is what the attachments may still read of the file, and is spent.
    static func file(_ file: CompoundFile, item: Int, budget: inout Int) -> Result<(bytes: [UInt8], cut: Bool), Failure>
    {
        var copier = Copier(file: file, budget: budget)
        guard var nodes = copier.nodes(under: item, depth: 0) else {
            return .failure(copier.tooLarge ? .tooLarge : .tooComplex)
        }
        budget = copier.budget
        nodes = nodes.map { node in
            guard case .stream("__properties_version1.0", let header) = node, header.count >= 24 else { return node }
            return .stream(
                "__properties_version1.0", Array(header[..<24]) + [UInt8](repeating: 0, count: 8) + header[24...])
        }
        // Named properties are mapped once, at the top of the file that holds the item.
        if let names = file.childIDs(of: 0, limit: OutlookAttachments.maxStreamsPerAttachment).first(where: {
            file.entries[$0].type == 1 && file.entries[$0].name == "__nameid_version1.0"
        }) {
            nodes.append(.storage("__nameid_version1.0", copier.nodes(under: names, depth: 1) ?? []))
            budget = copier.budget
        }
        guard let bytes = CompoundFileWriter.file(nodes) else { return .failure(.tooLarge) }
        return .success((bytes, copier.cut))
    }

    private struct Copier {
        let file: CompoundFile
        var budget: Int
        var nodesLeft = OutlookEmbeddedMessage.maxNodes
        /// Storages already copied: a damaged or hostile file may list one inside itself.
        var copied = Set<Int>()
        /// A stream came out shorter than its stated size.
        var cut = false
        /// Stream bytes copied so far, and whether the item would outgrow what the writer can map:
        /// the copy stops there rather than holding the whole item first.
        var copiedBytes = 0
        var tooLarge = false

        /// The storages and streams inside storage `id`, or nil when there are too many or they
        /// nest too deep.
        mutating func nodes(under id: Int, depth: Int) -> [CompoundFileWriter.Node]? {
            guard depth <= OutlookEmbeddedMessage.maxDepth, copied.insert(id).inserted else { return nil }
            var nodes: [CompoundFileWriter.Node] = []
            for child in file.childIDs(of: id, limit: OutlookAttachments.maxStreamsPerAttachment) {
                nodesLeft -= 1
                guard nodesLeft >= 0 else { return nil }
                let entry = file.entries[child]
                switch entry.type {
                case 1:
                    guard let inner = self.nodes(under: child, depth: depth + 1) else { return nil }
                    nodes.append(.storage(entry.name, inner))
                case 2:
                    guard entry.size <= UInt64(CompoundFileWriter.maxFileBytes - copiedBytes) else {
                        tooLarge = true
                        return nil
                    }
                    let content = file.content(of: entry, limit: max(0, budget))
                    budget -= content.count
                    copiedBytes += content.count
                    if UInt64(content.count) < entry.size { cut = true }
                    nodes.append(.stream(entry.name, content))
                default:
                    continue
                }
            }
            return nodes
        }
    }
}
