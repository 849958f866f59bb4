import Foundation

/// Builds archives in formats libarchive reads but the project does not write itself, by
/// running the usual tool on files laid out in a temporary folder. Every file and folder
/// gets mode 0644/0755 and the ``FixtureClock`` mtime, and tools run with `TZ=UTC`, so the
/// output depends only on the entries and the tool's version, except where noted.
///
/// | format | tool | same bytes every run |
/// |---|---|---|
/// | 7z | 7z / 7za, else bsdtar `--format 7zip` | yes with 7z; bsdtar also stores ctime and atime |
/// | 7z with password | 7z / 7za `-p -mhe=off` | no: AES salt and IV are random |
/// | zip with WinZip AES-256 | 7z / 7za `-mem=AES256`, else bsdtar | no: AES salt is random |
/// | lzh | lha (jlha on Debian) | yes |
/// | cab | gcab `-c` (MSZIP with `compressed`) | yes |
/// | rar | rar (rarely installed) | unverified |
///
/// Each function throws ``UnsafeName`` for a name that would leave the work folder, whatever is
/// installed, and ``Unavailable`` when no tool for it is installed, so tests can skip.
public enum ExternalArchiver {
    /// No tool that writes this format is installed.
    public struct Unavailable: Error, Sendable, CustomStringConvertible {
        /// The tool, or alternatives, that was looked for.
        public let tool: String
        public var description: String { "\(tool) is not installed" }
    }

    /// The tool ran but failed.
    public struct ToolFailed: Error, Sendable, CustomStringConvertible {
        public let tool: String
        public let status: Int32
        public let message: String
        public var description: String { "\(tool) exited with \(status): \(message)" }
    }

    /// An entry name that would leave the temporary folder (absolute, `..`, empty).
    public struct UnsafeName: Error, Sendable {
        public let name: String
    }

    /// A file to put in the archive: a relative path with "/" separators, and its bytes.
    public typealias Entry = (name: String, contents: [UInt8])

    /// A 7-Zip archive: plain through 7z (or bsdtar); with a password through 7z/7za,
    /// names left readable (`-mhe=off`) so libarchive can list before it refuses the data.
    public static func sevenZip(_ entries: [Entry], password: String? = nil) throws -> [UInt8] {
        if let password {
            let tool = try firstInstalled(["7z", "7za"], for: entries)
            return try build(entries, ext: "7z") { [tool, "a", "-t7z", "-bd", "-p\(password)", "-mhe=off", $0] }
        }
        if let tool = installed("7z") ?? installed("7za") {
            // Only the mtime: creation and access times would differ run to run.
            return try build(entries, ext: "7z") { [tool, "a", "-t7z", "-bd", "-mtm=on", "-mtc=off", "-mta=off", $0] }
        }
        let bsdtar = try firstInstalled(["7z", "7za", "bsdtar"], for: entries)
        return try build(entries, ext: "7z") { [bsdtar, "-cf", $0, "--format", "7zip"] }
    }

    /// A zip whose entries use WinZip AES-256 encryption (method 99).
    public static func winZipAES(_ entries: [Entry], password: String) throws -> [UInt8] {
        if let tool = installed("7z") ?? installed("7za") {
            return try build(entries, ext: "zip") { [tool, "a", "-tzip", "-bd", "-mem=AES256", "-p\(password)", $0] }
        }
        let bsdtar = try firstInstalled(["bsdtar"], for: entries)
        return try build(entries, ext: "zip") {
            [bsdtar, "-cf", $0, "--format", "zip", "--options", "zip:encryption=aes256", "--passphrase", password]
        }
    }

    /// An LHA archive (.lzh), common in older Japanese distributions.
    public static func lzh(_ entries: [Entry]) throws -> [UInt8] {
        let tool = try firstInstalled(["lha", "jlha"], for: entries)
        return try build(entries, ext: "lzh") { [tool, "a", $0] }
    }

    /// A Microsoft cabinet; `compressed` selects MSZIP instead of stored data.
    public static func cab(_ entries: [Entry], compressed: Bool = true) throws -> [UInt8] {
        let tool = try firstInstalled(["gcab"], for: entries)
        return try build(entries, ext: "cab") { [tool, compressed ? "-cz" : "-c", $0] }
    }

    /// A RAR archive, through the proprietary `rar`.
    public static func rar(_ entries: [Entry]) throws -> [UInt8] {
        let tool = try firstInstalled(["rar"], for: entries)
        return try build(entries, ext: "rar") { [tool, "a", "-idq", $0] }
    }
}
