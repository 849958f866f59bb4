import Foundation

extension ExternalArchiver {
    static func installed(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The first of `names` installed; the entries' names are checked first, so an unsafe name is
    /// refused on every machine, not only where the tool is installed.
    static func firstInstalled(_ names: [String], for entries: [Entry]) throws -> String {
        try entries.forEach(checkName)
        for name in names {
            if let path = installed(name) { return path }
        }
        throw Unavailable(tool: names.joined(separator: " or "))
    }

    /// Throws ``UnsafeName`` for a name that is empty, absolute, or has `..` or empty components.
    static func checkName(_ entry: Entry) throws {
        let parts = entry.name.split(separator: "/", omittingEmptySubsequences: false)
        guard !entry.name.isEmpty, !entry.name.hasPrefix("/"), !parts.contains(where: { $0 == ".." || $0.isEmpty })
        else { throw UnsafeName(name: entry.name) }
    }

    /// Lays the entries out under a fresh temporary folder, runs `command(archivePath)`
    /// followed by the entry names inside it, and returns the archive's bytes.
    static func build(_ entries: [Entry], ext: String, command: (String) -> [String]) throws -> [UInt8] {
        let fileManager = FileManager.default
        let root = fileManager.temporaryDirectory.appendingPathComponent("external-archiver-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: root) }
        let input = root.appendingPathComponent("input")
        try fileManager.createDirectory(at: input, withIntermediateDirectories: true)
        var stamped: [URL] = []
        for entry in entries {
            try checkName(entry)
            let file = input.appendingPathComponent(entry.name)
            var folder = file.deletingLastPathComponent()
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            while folder.path.count > input.path.count {
                stamped.append(folder)
                folder = folder.deletingLastPathComponent()
            }
            try Data(entry.contents).write(to: file)
            try fileManager.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
            stamped.append(file)
        }
        for url in stamped {
            let isFolder = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            try fileManager.setAttributes(
                [.modificationDate: FixtureClock.incident, .posixPermissions: isFolder ? 0o755 : 0o644],
                ofItemAtPath: url.path)
        }
        let archive = root.appendingPathComponent("archive.\(ext)")
        try run(command(archive.path) + entries.map(\.name), in: input)
        return Array(try Data(contentsOf: archive))
    }

    private static func run(_ arguments: [String], in folder: URL) throws {
        guard let executable = arguments.first else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(arguments.dropFirst())
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "UTC"  // cab and lzh store local time
        environment["LC_ALL"] = "C.UTF-8"
        process.environment = environment
        // One pipe for both streams, read to its end before waiting: a chatty tool cannot block.
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolFailed(
                tool: executable, status: process.terminationStatus,
                message: String(decoding: message.suffix(2_000), as: UTF8.self))
        }
    }
}
