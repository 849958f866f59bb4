import Foundation

extension WalkSession {
    /// Walks a folder in name order. Names are read as bytes (`readdir`): a file unzipped on Linux
    /// from a Japanese Windows zip carries a CP932 name that is not valid UTF-8, and is still read
    /// and shown decoded. Links are listed and never followed; files are read as from an archive.
    /// Returns the bytes of the regular files read.
    func walkFolder(_ directory: SystemPath, casePath: CasePath, level: Int) -> Int64 {
        guard level < 64 else {
            report(IntakeProblem(.nestedTooDeep, casePath, "folders nested over 64 deep were not read"))
            return 0
        }
        guard let names = directory.entryNames() else {
            report(IntakeProblem(.inputUnreadable, casePath, "the folder could not be listed"))
            return 0
        }
        var total: Int64 = 0
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let path = directory.appending(name)
            let decoded = EntryNameDecoder.decode(name)
            let entryPath = casePath.child(decoded.name)
            var status = stat()
            guard lstat(path.cString, &status) == 0 else {
                report(IntakeProblem(.inputUnreadable, entryPath, String(cString: strerror(errno))))
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                total += walkFolder(path, casePath: entryPath, level: level + 1)
            case S_IFREG:
                guard budget.admitEntry() else {
                    report(
                        IntakeProblem(
                            .tooManyEntries, casePath, "files after the first \(budget.limits.entries) were not read"))
                    return total
                }
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
        return total
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

    /// The names in this folder as bytes, without `.` and `..` (`opendir`/`readdir`); nil when
    /// the folder cannot be opened.
    func entryNames() -> [[UInt8]]? {
        guard let folder = opendir(cString) else { return nil }
        defer { closedir(folder) }
        var names: [[UInt8]] = []
        while let entry = readdir(folder) {
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
