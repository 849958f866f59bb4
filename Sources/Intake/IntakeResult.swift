/// One input as given on the command line: an archive, a folder or a single file.
public struct ReceivedInput: Sendable {
    public enum Shape: String, Sendable, Codable { case archive, folder, file, missing }

    /// The name as the case knows it: the file or folder name without the folders it was read
    /// from, `case.zip (2)` for a second input of the same name. Paths of its files start here.
    public let path: String
    public let shape: Shape
    /// Size on disk; for a folder, the sum of its regular files.
    public let bytes: Int64
    /// SHA-256 of the file as received, hex; nil for folders and unreadable inputs.
    public let sha256: String?
    /// The archive format libarchive named, for archives.
    public let archiveFormat: String?

    /// The same input with its digest, known once the inspection side has hashed all of it.
    func withSHA256(_ digest: String?) -> ReceivedInput {
        ReceivedInput(path: path, shape: shape, bytes: bytes, sha256: digest, archiveFormat: archiveFormat)
    }
}

/// What one walk over a case's inputs found.
public struct IntakeResult: Sendable {
    public let inputs: [ReceivedInput]
    /// Every problem of every input and entry, in walk order.
    public let problems: [IntakeProblem]
    /// Entries listed across all archives and folders.
    public let entryCount: Int
    /// The members read beside the walk (`SideReader`), in walk order.
    var membersReadBeside: [String] = []
}
