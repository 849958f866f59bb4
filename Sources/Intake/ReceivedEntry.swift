import Foundation

/// What an archive or folder says about one entry before its content is read.
public struct EntryHeader: Sendable {
    /// Where the entry sits in the case.
    public let path: CasePath
    /// The size the archive declares, if it declares one.
    public let declaredSize: Int64?
    /// The modification time the archive records, if any.
    public let modified: Date?
}

/// The type of an entry as its archive or the file system states it. Only regular files are
/// read; links, devices and the like are listed and never followed or opened.
public enum EntryType: String, Sendable, Codable {
    case file, directory, symlink, hardlink, device, fifo, socket
}

/// One entry of the case after Intake is done with it: listed, and read where it could be.
public struct ReceivedEntry: Sendable {
    public let header: EntryHeader
    public let type: EntryType
    /// The target of a symbolic or hard link, as written in the archive (never resolved).
    public let linkTarget: String?
    /// The archive format libarchive named when Intake opened the entry as an archive; for an
    /// archive that could not be opened (damaged, nested too deep), its signature and "(not read)".
    public let archiveFormat: String?
    /// Bytes of content read (decompressed).
    public let bytes: Int64
    /// The content was read to its end.
    public let isWhole: Bool
    /// SHA-256 of the content, hex; nil when the content was not read in full, or when the walk
    /// takes no digests (`IntakeWalker.takesDigests`).
    public let sha256: String?
    /// What went wrong with this entry, if anything.
    public let problems: [IntakeProblem]

    public var path: CasePath { header.path }
}
