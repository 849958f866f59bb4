import Foundation

extension WalkSession {
    /// Reads an archive that arrives as a stream (the input file or an outer archive's entry).
    /// Returns libarchive's name for the format, or nil when it could not be opened at all.
    /// - Parameter side: reads large members beside the walk; finished before this returns.
    func walkArchive(
        stream content: ContentStream, head: [UInt8], signature: ArchiveSignature, path: CasePath, depth: Int,
        side: SideReader? = nil
    ) -> String? {
        let reader = ArchiveReader(passwords: passwords, rawSingleFile: signature == .compressed)
        let source = ArchiveStreamSource(content: content, head: head)
        let opened = reader.open(stream: source)
        let format = withExtendedLifetime(source) {
            walkMembers(of: reader, opened: opened, path: path, depth: depth, side: side)
        }
        // Members the reader took that the walk never came to (it stopped early) are closed last.
        for claim in side?.finish() ?? [] { closeClaim(claim, problems: []) }
        return format
    }

    /// Reads an archive libarchive must seek in (7z, ISO 9660) from a file descriptor.
    func walkArchive(seekable fd: Int32, signature: ArchiveSignature, path: CasePath, depth: Int) -> String? {
        let reader = ArchiveReader(passwords: passwords, rawSingleFile: false)
        let budget = self.budget
        let source = SeekableFileSource(fd: fd) { budget.isOutOfTime }
        return walkMembers(of: reader, opened: reader.open(seekable: source), path: path, depth: depth)
    }

    private func walkMembers(
        of reader: ArchiveReader, opened: ArchiveStatus, path: CasePath, depth: Int, side: SideReader? = nil
    ) -> String? {
        // A damaged archive inside the input is a damaged entry of it; only the input itself being
        // unreadable makes the command exit 2.
        let damage: IntakeProblem.Code = depth == 0 ? .archiveCorrupt : .entryDamaged
        if case .fatal(let message) = opened {
            report(IntakeProblem(damage, path, message))
            return nil
        }
        var failuresInARow = 0
        var index = -1
        while true {
            if budget.isOutOfTime {
                report(IntakeProblem(.outOfTime, path, "entries after this point were not read"))
                break
            }
            switch reader.nextHeader() {
            case .end:
                return reader.formatName
            case .failure(let status):
                // A seekable file's read stops at the time limit inside libarchive: not damage.
                if budget.isOutOfTime {
                    report(IntakeProblem(.outOfTime, path, "entries after this point were not read"))
                    return reader.formatName
                }
                var code = status.problemCode(passwordsGiven: !passwords.isEmpty)
                if code == .archiveCorrupt { code = damage }
                let problem = IntakeProblem(code, path, status.message)
                report(problem)
                failuresInARow += 1
                // A fatal status ends the archive; repeated failed headers mean the rest is unreadable.
                if status.isFatal || failuresInARow >= 16 { return reader.formatName }
            case .entry(let info, let warning):
                failuresInARow = 0
                index += 1
                guard budget.admitEntry() else {
                    report(
                        IntakeProblem(
                            .tooManyEntries, path, "entries after the first \(budget.limits.entries) were not read"))
                    return reader.formatName
                }
                // A member the side reader took has its data skipped (read for the archive's own
                // digest) while the reader still decompresses it: after, it was the case's last tenth.
                if let taken = side?.reach(index), taken.isSame(as: info) { reader.skipData() }
                let claim = side?.arrive(at: index)
                readMember(info, warning: warning, of: reader, archivePath: path, depth: depth, claim: claim)
            }
        }
        return reader.formatName
    }

    /// - Parameter claim: the side reader's reading of this member, if it took it.
    private func readMember(
        _ info: ArchiveEntryInfo, warning: String?, of reader: ArchiveReader, archivePath: CasePath, depth: Int,
        claim: SideReader.Claim? = nil
    ) {
        let decoded = EntryNameDecoder.decode(info.nameBytes)
        var name = decoded.name
        if reader.formatName == "raw" {
            name = Self.uncompressedName(of: archivePath.fileName)
        }
        let path = archivePath.entry(name.isEmpty ? "(unnamed entry \(budget.entries))" : name)
        var problems = Self.nameProblems(name, path: path)
        if decoded.escaped {
            problems.append(IntakeProblem(.undecodableName, path, "the name is neither UTF-8 nor CP932"))
        }
        if info.nameCut {
            problems.append(
                IntakeProblem(
                    .archiveWarning, path, "the name or link target is over \(ArchiveEntryInfo.maxNameBytes) bytes: cut"
                ))
        }
        if let warning { problems.append(IntakeProblem(.archiveWarning, path, warning)) }
        let header = header(path, size: info.size, modified: info.modified)
        if let claim {
            if claim.isSame(as: info) {
                // Read beside the walk already (`SideReader`): its data is skipped here.
                problems.forEach(report)
                closeClaim(claim, problems: problems)
                return
            }
            let mismatch = IntakeProblem(
                .archiveWarning, claim.header.path,
                "the zip's central directory lists this member where its local headers list another: "
                    + "read from the central directory")
            report(mismatch)
            closeClaim(claim, problems: [mismatch])
        }
        switch info.type {
        case .directory:
            problems.forEach(report)
            return
        case .symlink, .hardlink:
            problems.append(
                IntakeProblem(.linkNotFollowed, path, "link to \(info.linkTarget ?? "?") listed, not followed"))
        case .device, .fifo, .socket:
            problems.append(IntakeProblem(.specialFile, path, "a \(info.type.rawValue) entry: listed, not read"))
        case .file:
            // libarchive decrypts zip entries only; its RAR reader would hand back the ciphertext
            // of a stored entry as if it were the content (FORMATS.md §4, "Encryption").
            if info.isEncrypted && !reader.formatName.hasPrefix("ZIP") {
                problems.append(
                    IntakeProblem(
                        .unsupportedEncryption, path, "\(reader.formatName) encryption cannot be decrypted here"))
                break
            }
            if info.isEncrypted && passwords.isEmpty {
                problems.append(
                    IntakeProblem(.encryptedNoPassword, path, "the entry is encrypted and no password was given"))
                break
            }
            problems.forEach(report)
            if info.isEncrypted { reader.passwords.startEntry() }
            let pull = ArchiveEntryPull(reader: reader, passwordsGiven: !passwords.isEmpty)
            let content = ContentStream(
                path: path, budget: budget, route: route, compressedBytes: { reader.compressedBytes }, pull: pull.pull)
            readContent(content, header: header, problems: problems, depth: depth + 1)
            if info.isEncrypted, content.problem == nil, passwordMails[archivePath] == nil,
                case .mail(let mail) = reader.passwords.entryOpened()
            {
                passwordMails[archivePath] = mail
            }
            return
        }
        problems.forEach(report)
        closeEntry(header, type: info.type, content: nil, problems: problems, linkTarget: info.linkTarget)
    }

    /// Closes a member the side reader read, as `readPlainFile` closes one read here. Every claim
    /// handed over is read: `arrive` and `finish` return them only then.
    func closeClaim(_ claim: SideReader.Claim, problems: [IntakeProblem]) {
        guard let read = claim.read else { preconditionFailure("a claim is closed once read") }
        membersReadBeside.append(claim.header.path.description)
        var all = problems
        if let problem = read.problem {
            report(problem)
            all.append(problem)
        }
        route.send(
            .close(
                ReceivedEntry(
                    header: claim.header, type: .file, linkTarget: nil, archiveFormat: nil, bytes: read.bytes,
                    isWhole: false, sha256: read.digest, problems: all),
                stream: read.stream, whole: read.whole, input: false))
    }

    /// Reads one member's content: a nested archive is opened in turn, anything else streamed
    /// to the visitor.
    func readContent(_ content: ContentStream, header: EntryHeader, problems: [IntakeProblem], depth: Int) {
        let head = content.readHead(IntakeWalker.headSize)
        guard let signature = head.withUnsafeBytes({ ArchiveSignature.detect($0) }) else {
            readFile(content, head: head, header: header, problems: problems, depth: depth)
            return
        }
        var problems = problems
        var format: String?
        if depth > budget.limits.nestingDepth {
            problems.append(
                IntakeProblem(
                    .nestedTooDeep, header.path,
                    "an archive \(depth) levels deep was not opened (limit \(budget.limits.nestingDepth))"))
            problems.last.map(report)
        } else if signature.needsSeeking {
            format = spoolAndWalk(content, head: head, signature: signature, path: header.path, depth: depth)
        } else {
            format = walkArchive(stream: content, head: head, signature: signature, path: header.path, depth: depth)
        }
        content.drain()
        if let problem = content.problem { report(problem) }
        problems += passwordNote(header.path)
        // An archive that could not be opened is still an archive, not text or unknown.
        closeEntry(
            header, type: .file, content: content, problems: problems,
            archiveFormat: format ?? "\(signature) (not read)")
    }

    /// Copies a nested 7z to an unlinked temporary file (bounded by the spool limit) and reads it
    /// from there: libarchive's 7z reader seeks.
    private func spoolAndWalk(
        _ content: ContentStream, head: [UInt8], signature: ArchiveSignature, path: CasePath, depth: Int
    ) -> String? {
        guard let spool = Spool() else {
            report(IntakeProblem(.inputUnreadable, path, "no temporary file for a nested archive that needs seeking"))
            return nil
        }
        // The spool limit is the case's: copies open at once (a 7z in a 7z in a 7z) add up.
        var written: Int64 = 0
        defer { budget.unspool(written) }
        var withinLimit = budget.spool(Int64(head.count))
        if withinLimit { written = Int64(head.count) }
        var stored = withinLimit && spool.write(head)
        while withinLimit && stored, let block = content.next() {
            withinLimit = budget.spool(Int64(block.count))
            if withinLimit { written += Int64(block.count) }
            stored = withinLimit && spool.write(UnsafeRawBufferPointer(block))
        }
        guard withinLimit else {
            report(
                IntakeProblem(
                    .spoolTooLarge, path,
                    "a nested archive was not opened: its temporary copy, with those open around it, "
                        + "would pass \(budget.limits.spoolBytes) bytes"))
            return nil
        }
        guard stored else {
            report(IntakeProblem(.inputUnreadable, path, "the temporary copy could not be written (disk full?)"))
            return nil
        }
        guard content.problem == nil, spool.rewind() else { return nil }
        return walkArchive(seekable: spool.fd, signature: signature, path: path, depth: depth)
    }

    static func nameProblems(_ name: String, path: CasePath) -> [IntakeProblem] {
        var problems: [IntakeProblem] = []
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if parts.contains("..") {
            problems.append(IntakeProblem(.parentReference, path, "the name climbs out of its folder with `..`"))
        }
        if name.hasPrefix("/") || name.hasPrefix("\\") || name.dropFirst().hasPrefix(":") {
            problems.append(IntakeProblem(.absoluteName, path, "the name is an absolute path"))
        }
        return problems
    }

    /// `System.evtx.gz` holds `System.evtx`: libarchive's raw reader calls every such member "data".
    static func uncompressedName(of archiveName: String) -> String {
        let suffixes = [".gz", ".tgz", ".bz2", ".xz", ".zst", ".lz4", ".lz", ".Z"]
        for suffix in suffixes where archiveName.lowercased().hasSuffix(suffix.lowercased()) {
            return String(archiveName.dropLast(suffix.count))
        }
        return archiveName + ".uncompressed"
    }
}

/// An unlinked temporary file: gone from the file system as soon as it is created.
final class Spool {
    let fd: Int32

    init?() {
        var template = Array((NSTemporaryDirectory() + "/caseintake-spool-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.fd = fd
    }

    deinit { close(fd) }

    func write(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { write(UnsafeRawBufferPointer($0)) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    func rewind() -> Bool { lseek(fd, 0, SEEK_SET) == 0 }
}
