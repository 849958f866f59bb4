import Foundation

/// The state of one walk: the shared budget, the problems so far and the route to the visitor.
final class WalkSession {
    let budget: IntakeBudget
    let passwords: [PasswordCandidate]
    let route: DeliveryRoute
    private(set) var problems: [IntakeProblem] = []
    /// The mail whose password opened an encrypted archive, by the archive's path.
    var passwordMails: [CasePath: String] = [:]

    /// Members of a zip file this large or larger are read beside the walk (`SideReader`).
    let sideEntryBytes: Int64
    /// The members that were, in walk order.
    var membersReadBeside: [String] = []

    init(
        budget: IntakeBudget, passwords: [PasswordCandidate], route: DeliveryRoute,
        sideEntryBytes: Int64 = IntakeWalker.sideEntryBytes
    ) {
        self.budget = budget
        self.passwords = passwords
        self.route = route
        self.sideEntryBytes = sideEntryBytes
    }

    func report(_ problem: IntakeProblem) {
        problems.append(problem)
    }

    /// Walks one command-line input, read from `path` and named `name` in the case. Its SHA-256 is computed on the inspection side: `stream`
    /// names it for the walker to fill in once the route has ended.
    func walkInput(_ path: String, name: String) -> (input: ReceivedInput, stream: Int?) {
        let casePath = CasePath(input: name)
        var status = stat()
        // The user named this path: follow it if it is a link (inside folders links are never followed).
        guard stat(path, &status) == 0 else {
            report(IntakeProblem(.inputNotFound, casePath, String(cString: strerror(errno))))
            return (ReceivedInput(path: name, shape: .missing, bytes: 0, sha256: nil, archiveFormat: nil), nil)
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            let (bytes, _) = walkFolder(SystemPath(path), casePath: casePath, level: 0)
            return (ReceivedInput(path: name, shape: .folder, bytes: bytes, sha256: nil, archiveFormat: nil), nil)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            report(IntakeProblem(.inputUnreadable, casePath, "not a regular file or folder"))
            return (ReceivedInput(path: name, shape: .missing, bytes: 0, sha256: nil, archiveFormat: nil), nil)
        }
        let walked = walkFile(SystemPath(path), casePath: casePath, isInput: true)
        return (walked.input, walked.stream)
    }

    /// Reads one regular file from disk: opened as an archive when its head says so, otherwise
    /// streamed to the visitor.
    /// - Parameter problems: what is already known to be wrong with the file (its name).
    /// - Returns: the input (its digest still to come from `stream`) and the bytes read.
    func walkFile(_ path: SystemPath, casePath: CasePath, isInput: Bool, problems: [IntakeProblem] = [])
        -> (input: ReceivedInput, bytes: Int64, stream: Int?)
    {
        // A file was a regular file when looked at; opening it must not block on a FIFO swapped
        // in since (nor, inside a folder, follow a link), and it must still be one once open.
        // O_NONBLOCK changes nothing for reading a regular file.
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (isInput ? 0 : O_NOFOLLOW)
        let fd = open(path.cString, flags)
        var status = stat()
        guard fd >= 0, fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            let reason = fd >= 0 ? "not a regular file when opened" : String(cString: strerror(errno))
            if fd >= 0 { close(fd) }
            let problem = IntakeProblem(.inputUnreadable, casePath, reason)
            report(problem)
            if !isInput { closeEntry(header(casePath), type: .file, content: nil, problems: problems + [problem]) }
            return (
                ReceivedInput(path: casePath.layers[0], shape: .missing, bytes: 0, sha256: nil, archiveFormat: nil), 0,
                nil
            )
        }
        defer { close(fd) }
        let pull = FileDescriptorPull(fd: fd)
        let content = ContentStream(
            path: casePath, budget: budget, route: route, bounded: false, pull: pull.pull, skip: pull.skip)
        let head = content.readHead(IntakeWalker.headSize)
        let signature = head.withUnsafeBytes { ArchiveSignature.detect($0) }
        if let signature {
            let large = Int64(status.st_size) >= sideEntryBytes
            // A zip on disk can be read a second time, from its central directory: its large
            // members decompress beside the walk. A small zip is over before that pays.
            let side =
                signature == .zip && large
                ? SideReader.start(
                    beside: fd, archivePath: casePath, budget: budget, route: route, minimumBytes: sideEntryBytes)
                : nil
            // The walk comes to the bytes of such a zip's large members only after the members
            // before them, and reads a 7z by seeking once it has read it whole: a large archive of
            // either kind is hashed from the file beside the walk (`FileDigest`), and its bytes
            // here are only counted (or skipped). Other archives hash in stream, beside their members.
            let digest =
                large && (side != nil || signature.needsSeeking)
                ? route.lane.flatMap { FileDigest.start(fd, budget: budget, lane: $0) } : nil
            if digest != nil || !route.takesDigests { content.deliversNothing() }
            let format: String?
            if signature.needsSeeking {
                content.drain()  // Hashed (or counted) first; 7z is then read by seeking.
                format =
                    lseek(fd, 0, SEEK_SET) == 0
                    ? walkArchive(seekable: fd, signature: signature, path: casePath, depth: 0) : nil
            } else {
                format = walkArchive(
                    stream: content, head: head, signature: signature, path: casePath, depth: 0, side: side)
            }
            content.drain()
            if let problem = content.problem { report(problem) }
            var problems = problems + passwordNote(casePath)
            // A digest taken beside counts if it saw the file the walk did; else no digest does.
            var sha256: String?
            var whole = content.isWhole
            switch digest?.finish(walkedFile: fd, read: content.bytes, whole: content.isWhole) {
            case .taken(let value)?:
                sha256 = value
            case .failed(let reason)?:
                whole = false
                let problem = IntakeProblem(.inputUnreadable, casePath, "no SHA-256: \(reason)")
                report(problem)
                problems.append(problem)
            case nil:
                break  // The walk did not read it whole: no digest either way.
            }
            if isInput {
                route.send(.endInput(stream: content.stream, whole: whole, digest: sha256))
            } else {
                closeEntry(
                    header(casePath), type: .file, content: content, problems: problems,
                    archiveFormat: format ?? "\(signature) (not read)", whole: whole, sha256: sha256)
            }
            return (
                ReceivedInput(
                    path: casePath.layers[0], shape: .archive, bytes: content.bytes, sha256: nil, archiveFormat: format),
                content.bytes, content.stream
            )
        }
        // An input that is a single file is also an entry of the case: closed like one, its digest
        // kept for the input as well.
        readFile(content, head: head, header: header(casePath), problems: problems, depth: 0, isInput: isInput)
        return (
            ReceivedInput(
                path: casePath.layers[0], shape: .file, bytes: content.bytes, sha256: nil, archiveFormat: nil),
            content.bytes, content.stream
        )
    }

    /// Streams a non-archive file to the visitor, head first, and closes it.
    func readPlainFile(
        _ content: ContentStream, head: [UInt8], header: EntryHeader, problems: [IntakeProblem], isInput: Bool = false
    ) {
        if !(head.isEmpty && content.problem != nil) {
            route.send(.open(stream: content.stream, header: header, head: head))
            content.drain()
            route.send(.finish(stream: content.stream, complete: content.problem == nil))
        }
        if let problem = content.problem { report(problem) }
        closeEntry(header, type: .file, content: content, problems: problems, isInput: isInput)
    }

    /// - Parameters:
    ///   - isInput: the entry is also an input: its digest is kept for the result too.
    ///   - whole, sha256: the content was read whole, and its digest, when taken from the file
    ///     beside the walk (`FileDigest`); otherwise the content tells, and its stream is hashed.
    func closeEntry(
        _ header: EntryHeader, type: EntryType, content: ContentStream?, problems: [IntakeProblem],
        linkTarget: String? = nil, archiveFormat: String? = nil, isInput: Bool = false, whole: Bool? = nil,
        sha256: String? = nil
    ) {
        var all = problems
        if let problem = content?.problem { all.append(problem) }
        route.send(
            .close(
                ReceivedEntry(
                    header: header, type: type, linkTarget: linkTarget, archiveFormat: archiveFormat,
                    bytes: content?.bytes ?? 0, isWhole: false, sha256: sha256, problems: all),
                stream: content?.stream, whole: whole ?? content?.isWhole ?? false, input: isInput))
    }

    /// The note that a mail's password opened the archive at `path`, reported once; the
    /// password itself is never written anywhere.
    func passwordNote(_ path: CasePath) -> [IntakeProblem] {
        guard let mail = passwordMails[path] else { return [] }
        let note = IntakeProblem(.passwordFromMail, path, mail)
        report(note)
        return [note]
    }

    func header(_ path: CasePath, size: Int64? = nil, modified: Date? = nil) -> EntryHeader {
        EntryHeader(path: path, declaredSize: size, modified: modified)
    }
}

/// Reads a file descriptor forward in 64 KiB blocks: small enough to stay in the core's cache
/// between the copy out of the kernel and the decompressor that reads it (1 MiB blocks made
/// decompressing a 140 MB zip a tenth slower, most of it in the copy).
final class FileDescriptorPull {
    private let fd: Int32
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 16)

    init(fd: Int32) { self.fd = fd }
    deinit { buffer.deallocate() }

    func pull() -> ContentStream.Pull {
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count > 0 { return .data(UnsafeRawBufferPointer(rebasing: buffer[..<count])) }
            if count == 0 { return .end }
            if errno == EINTR { continue }
            return .failure(.inputUnreadable, String(cString: strerror(errno)))
        }
    }

    /// Moves up to `count` bytes forward, never past the end of the file; the bytes passed over,
    /// or nil on an error.
    func skip(_ count: Int64) -> Int64? {
        var status = stat()
        let position = lseek(fd, 0, SEEK_CUR)
        guard count > 0, position >= 0, fstat(fd, &status) == 0 else { return count > 0 ? nil : 0 }
        let skipped = min(count, max(0, Int64(status.st_size) - Int64(position)))
        return lseek(fd, off_t(skipped), SEEK_CUR) < 0 ? nil : skipped
    }
}
