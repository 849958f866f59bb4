import Formats

extension WalkSession {
    /// Streams an Outlook `.msg` to the visitor as evidence while keeping a bounded copy (the
    /// compound file is read by random access, as the `.msg` reader does: up to
    /// `OutlookMessageReader.maxBytes`), then reads each attachment from the copy as an entry.
    func readOutlookMessage(
        _ content: ContentStream, head: [UInt8], header: EntryHeader, problems: [IntakeProblem], depth: Int,
        isInput: Bool
    ) {
        route.send(.open(stream: content.stream, header: header, head: head))
        var copy = head
        var tooLarge = false
        while let block = content.next() {
            if copy.count &+ block.count <= OutlookMessageReader.maxBytes {
                copy.append(contentsOf: block)
            } else {
                tooLarge = true
            }
        }
        route.send(.finish(stream: content.stream, complete: content.problem == nil))
        if let problem = content.problem { report(problem) }
        var all = problems
        if tooLarge {
            let problem = IntakeProblem(
                .spoolTooLarge, header.path,
                "a .msg over \(OutlookMessageReader.maxBytes) bytes: read as evidence, its attachments not opened")
            report(problem)
            all.append(problem)
        } else {
            let (attachments, damage) = OutlookAttachments.read(copy)
            copy = []
            var names: [String: Int] = [:]
            var admitted = true
            for attachment in attachments {
                guard admitAttachment(of: header.path, admitted: &admitted) else { continue }
                let source = InMemoryPull(attachment.bytes)
                readAttachment(
                    attachment.name, of: header.path, names: &names, depth: depth, rebuilt: attachment.isRebuilt,
                    pull: source.pull)
            }
            for text in damage.prefix(8) {
                let problem = IntakeProblem(.entryDamaged, header.path, text)
                report(problem)
                all.append(problem)
            }
        }
        closeEntry(header, type: .file, content: content, problems: all, isInput: isInput)
    }
}

/// Hands out bytes already in memory in blocks, as a `ContentStream` pulls them.
final class InMemoryPull {
    private let bytes: UnsafeMutableRawBufferPointer
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = .allocate(byteCount: bytes.count, alignment: 16)
        bytes.withUnsafeBytes { self.bytes.copyMemory(from: $0) }
    }

    deinit { bytes.deallocate() }

    func pull() -> ContentStream.Pull {
        guard offset < bytes.count else { return .end }
        let end = min(bytes.count, offset &+ (1 << 20))
        defer { offset = end }
        return .data(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
    }
}
