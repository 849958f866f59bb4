/// Bounds that keep a hostile archive from exhausting time, memory or disk.
///
/// Every limit is per case (all inputs together) unless its name says otherwise. Hitting a
/// limit never stops the run: the entry or archive concerned is reported as a finding.
public struct IntakeLimits: Sendable, Equatable {
    /// Decompressed bytes read from all entries together.
    public var totalBytes: Int64
    /// Decompressed bytes read from one entry; the rest of it is skipped.
    public var entryBytes: Int64
    /// Entries listed across all archives; later entries are not read.
    public var entries: Int
    /// Archives inside archives: the input itself is depth 0.
    public var nestingDepth: Int
    /// Bytes the temporary copies of nested archives that need seeking (7z) may hold at once,
    /// across the case: a 7z inside a 7z keeps both copies while the inner one is read.
    public var spoolBytes: Int64
    /// Decompressed bytes per compressed byte above which an entry is taken for a bomb, once it
    /// has produced 64 MiB. Real logs and captures compress 5–50:1; zeros compress 1000:1.
    public var compressionRatio: Int64
    /// Wall-clock seconds for the whole intake; the entry being read is cut and the rest of its
    /// archive is not read, each with a finding.
    public var seconds: Double

    /// Limits generous enough for real cases (captures of several GB) and tight enough for bombs.
    public static let standard = IntakeLimits(
        totalBytes: 64 << 30,
        entryBytes: 16 << 30,
        entries: 100_000,
        nestingDepth: 8,
        spoolBytes: 4 << 30,
        compressionRatio: 500,
        seconds: 1800
    )

    public init(
        totalBytes: Int64, entryBytes: Int64, entries: Int, nestingDepth: Int, spoolBytes: Int64,
        compressionRatio: Int64, seconds: Double
    ) {
        self.compressionRatio = compressionRatio
        self.totalBytes = totalBytes
        self.entryBytes = entryBytes
        self.entries = entries
        self.nestingDepth = nestingDepth
        self.spoolBytes = spoolBytes
        self.seconds = seconds
    }
}
