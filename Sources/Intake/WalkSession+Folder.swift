import Foundation

extension WalkSession {
    /// Walks a folder in name order. Names are read as bytes (`readdir`): a file unzipped on Linux
    /// from a Japanese Windows zip carries a CP932 name that is not valid UTF-8, and is still read
    /// and shown decoded. Links are listed and never followed; files are read as from an archive.
    /// Every name listed (folders, links and special files too) is an entry against the entry limit,
    /// as in an archive, and the walk ends at that limit or the time limit, whatever the depth.
    /// Returns the bytes of the regular files read, and whether the walk must end.
    func walkFolder(_ directory: SystemPath, casePath: CasePath, level: Int) -> (bytes: Int64, stopped: Bool) {
        guard level < 64 else {
            report(IntakeProblem(.nestedTooDeep, casePath, "folders nested over 64 deep were not read"))
            return (0, false)
        }
        // One name past what the entry limit admits is enough to know that it was reached.
        let room = max(0, budget.limits.entries - budget.entries) + 1
        // The folder the user named may be a link to one; inside it, links are never followed.
        guard let names = directory.entryNames(atMost: room, followingLink: level == 0) else {
            report(IntakeProblem(.inputUnreadable, casePath, "the folder could not be listed"))
            return (0, false)
        }
        var total: Int64 = 0
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let path = directory.appending(name)
            let decoded = EntryNameDecoder.decode(name)
            let entryPath = casePath.child(decoded.name)
            if budget.isOutOfTime {
                report(IntakeProblem(.outOfTime, entryPath, "this and the files after it were not read"))
                return (total, true)
            }
            guard budget.admitEntry() else {
                report(
                    IntakeProblem(
                        .tooManyEntries, casePath, "entries after the first \(budget.limits.entries) were not read"))
                return (total, true)
            }
            var status = stat()
            guard lstat(path.cString, &status) == 0 else {
                report(IntakeProblem(.inputUnreadable, entryPath, String(cString: strerror(errno))))
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                let (bytes, stopped) = walkFolder(path, casePath: entryPath, level: level + 1)
                total += bytes
                if stopped { return (total, true) }
            case S_IFREG:
                let problems =
                    decoded.escaped
                    ? [IntakeProblem(.undecodableName, entryPath, "the name is neither UTF-8 nor CP932")] : []
                problems.forEach(report)
                total += walkFile(path, casePath: entryPath, isInput: false, problems: problems).bytes
            case S_IFLNK:
                let target = path.linkTarget() ?? "?"
                let problem = IntakeProblem(.linkNotFollowed, entryPath, "link to \(target) listed, not followed")
                report(problem)
                closeEntry(header(entryPath), type: .symlink, content: nil, problems: [problem], linkTarget: target)
            default:
                let problem = IntakeProblem(.specialFile, entryPath, "not a regular file: listed, not read")
                report(problem)
                closeEntry(header(entryPath), type: .device, content: nil, problems: [problem])
            }
        }
        return (total, false)
    }
}

/// A file-system path as the bytes the system uses, which need not be UTF-8.
struct SystemPath {
    /// The path's bytes, NUL-terminated.
    let cString: [CChar]

    init(_ path: String) { cString = Array(path.utf8CString) }

    private init(bytes: [CChar]) { cString = bytes }

    /// The path of `name` inside this folder.
    func appending(_ name: [UInt8]) -> SystemPath {
        var bytes = Array(cString.dropLast())
        if bytes.last != 0x2F { bytes.append(0x2F) }  // "/"
        bytes += name.map { CChar(bitPattern: $0) }
        bytes.append(0)
        return SystemPath(bytes: bytes)
    }

    /// The names in this folder as bytes, without `.` and `..` (`opendir`/`readdir`), at most
    /// `limit` of them; nil when the folder cannot be opened. Unless `followingLink`, the folder is
    /// opened without following a link put in its place since it was looked at.
    func entryNames(atMost limit: Int, followingLink: Bool) -> [[UInt8]]? {
        let descriptor = open(cString, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (followingLink ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return nil }
        guard let folder = fdopendir(descriptor) else {
            close(descriptor)
            return nil
        }
        defer { closedir(folder) }
        var names: [[UInt8]] = []
        while names.count < limit, let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    /// Where a symbolic link points (`readlink`), never followed.
    func linkTarget() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(cString, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return EntryNameDecoder.decode(buffer.prefix(count).map { UInt8(bitPattern: $0) }).name
    }
}
