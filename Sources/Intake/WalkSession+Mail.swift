import Formats

extension WalkSession {
    /// A file whose attachments are entries of the case.
    enum MailContainer {
        /// A MIME message (`.eml`, an attached `message/rfc822`).
        case mime
        /// Outlook's `winmail.dat` (`application/ms-tnef`).
        case tnef
        /// An Outlook `.msg` (an OLE compound file, read from a bounded copy).
        case outlook

        /// What a file's head shows, or nil for a file that holds no attachments.
        init?(head: [UInt8]) {
            if head.withUnsafeBytes({ TnefAttachmentReader.matches($0) }) {
                self = .tnef
                return
            }
            if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
                guard head.withUnsafeBytes({ OLEMessageSignature.isOutlookMessage($0) }) else { return nil }
                self = .outlook
                return
            }
            guard Self.startsWithHeaderField(head) else { return nil }
            let text = String(decoding: head.prefix(16 * 1024), as: UTF8.self)
            guard MailSignature.kind(decodedHead: text) == .message else { return nil }
            self = .mime
        }

        /// A cheap first look, so that binary files (most of a case) cost no text decoding: a
        /// message's first line is a field `Name: value` (RFC 5322 §2.2).
        static func startsWithHeaderField(_ head: [UInt8]) -> Bool {
            guard let first = head.first, (0x41...0x5A).contains(first & 0xDF) else { return false }
            for byte in head.prefix(80) {
                if byte == UInt8(ascii: ":") { return true }
                if byte <= 0x20 || byte >= 0x7F { return false }
            }
            return false
        }

        /// The streaming reader of its attachments; nil for a `.msg`, which needs random access.
        func makeReader() -> (any AttachmentSplitting)? {
            switch self {
            case .mime: MimeAttachmentSplitter()
            case .tnef: TnefAttachmentReader()
            case .outlook: nil
            }
        }
    }

    /// Reads a file that is not an archive: a mail is also a container whose attachments are
    /// read in turn; anything else is streamed to the visitor as it is.
    func readFile(
        _ content: ContentStream, head: [UInt8], header: EntryHeader, problems: [IntakeProblem], depth: Int,
        isInput: Bool = false
    ) {
        guard let container = MailContainer(head: head) else {
            readPlainFile(content, head: head, header: header, problems: problems, isInput: isInput)
            return
        }
        var problems = problems
        guard depth <= budget.limits.nestingDepth else {
            let problem = IntakeProblem(
                .nestedTooDeep, header.path,
                "a mail \(depth) levels deep: read as evidence, its attachments not opened "
                    + "(limit \(budget.limits.nestingDepth))")
            report(problem)
            problems.append(problem)
            readPlainFile(content, head: head, header: header, problems: problems, isInput: isInput)
            return
        }
        guard let reader = container.makeReader() else {
            readOutlookMessage(content, head: head, header: header, problems: problems, depth: depth, isInput: isInput)
            return
        }
        readMail(
            content, head: head, header: header, reader: reader, problems: problems, depth: depth, isInput: isInput)
    }

    /// Streams a mail to the visitor as evidence (every byte, as for any file) while each
    /// attachment becomes an entry `mail.eml!/name` read like an archive member: a zip attached
    /// is walked, an attached mail is a container in turn.
    private func readMail(
        _ content: ContentStream, head: [UInt8], header: EntryHeader, reader: any AttachmentSplitting,
        problems: [IntakeProblem], depth: Int, isInput: Bool
    ) {
        route.send(.open(stream: content.stream, header: header, head: head))
        let feed = AttachmentFeed(mail: content, head: head, splitter: reader)
        var names: [String: Int] = [:]
        var admitted = true
        while let name = feed.nextAttachment() {
            guard admitAttachment(of: header.path, admitted: &admitted) else { continue }
            readAttachment(name, of: header.path, names: &names, depth: depth, pull: feed.pull)
        }
        var all = problems
        // The mail itself reached the visitor whole: what its structure lacks concerns the
        // attachments (each judged when read), not the mail's own readability.
        for text in feed.containerProblems.prefix(8) {
            let problem = IntakeProblem(.archiveWarning, header.path, text)
            report(problem)
            all.append(problem)
        }
        route.send(.finish(stream: content.stream, complete: content.problem == nil))
        if let problem = content.problem { report(problem) }
        closeEntry(header, type: .file, content: content, problems: all, isInput: isInput)
    }

    /// Counts one more attachment against the entry limit; the first one past it is told, once.
    func admitAttachment(of mailPath: CasePath, admitted: inout Bool) -> Bool {
        guard admitted else { return false }
        admitted = budget.admitEntry()
        if !admitted {
            report(
                IntakeProblem(
                    .tooManyEntries, mailPath, "entries after the first \(budget.limits.entries) were not read"))
        }
        return admitted
    }

    /// Reads one attachment as an entry of the mail at `mailPath`, like an archive member.
    /// - Parameter names: the names used so far in this mail: two attachments of one name
    ///   (image001.png in each reply) stay two entries.
    /// - Parameter rebuilt: the bytes are a copy written from the mail's structure (an attached
    ///   Outlook item), noted on the entry.
    func readAttachment(
        _ name: String, of mailPath: CasePath, names: inout [String: Int], depth: Int, rebuilt: Bool = false,
        pull: @escaping () -> ContentStream.Pull
    ) {
        // `a.pdf`, `a.pdf (2)`, `a.pdf` must not make two `a.pdf (2)`: the number goes up until free.
        var seen = names[name, default: 0] &+ 1
        var unique = seen == 1 ? name : "\(name) (\(seen))"
        while seen > 1, names[unique] != nil {
            seen &+= 1
            unique = "\(name) (\(seen))"
        }
        names[name] = seen
        if unique != name { names[unique, default: 0] &+= 1 }
        let path = mailPath.entry(unique)
        var problems = Self.nameProblems(name, path: path)
        if rebuilt {
            problems.append(IntakeProblem(.rebuiltCopy, path, "written out from the item's storage in the message"))
        }
        problems.forEach(report)
        let attachment = ContentStream(path: path, budget: budget, route: route, pull: pull)
        readContent(attachment, header: header(path), problems: problems, depth: depth &+ 1)
    }
}
