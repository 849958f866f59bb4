import Foundation

extension WalkSession {
    /// Walks a folder in name order. Links are listed and never followed; files are read as
    /// from an archive. Returns the bytes of the regular files read.
    func walkFolder(_ directory: String, casePath: CasePath, level: Int) -> Int64 {
        guard level < 64 else {
            report(IntakeProblem(.nestedTooDeep, casePath, "folders nested over 64 deep were not read"))
            return 0
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            report(IntakeProblem(.inputUnreadable, casePath, "the folder could not be listed"))
            return 0
        }
        var total: Int64 = 0
        for name in names.sorted() {
            let path = directory + "/" + name
            let entryPath = casePath.child(name)
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
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
                total += walkFile(path, casePath: entryPath, isInput: false).bytes
            case S_IFLNK:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
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
