import Assessment
import CaseFixtures
import Foundation
import Intake

/// A whole case from bytes: the input is written to a file (Intake reads paths), walked over
/// libarchive with nested archives, and every entry recognised and inspected by `CaseExaminer`.
enum ArchiveWalkTarget {
    /// Limits small enough that one input cannot take the machine, large enough for a real case
    /// of this size; the walk's own time limit is left to libFuzzer's `-timeout`.
    static let limits = IntakeLimits(
        totalBytes: 256 << 20, entryBytes: 64 << 20, entries: 10_000, nestingDepth: 8, spoolBytes: 64 << 20,
        compressionRatio: 500, seconds: 600)

    /// One folder per process, so parallel runs do not share it; removed when the process exits.
    static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "caseintake-fuzz-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ArchiveWalkTarget.folder) }
        return folder
    }()
    static let casePath = folder.appendingPathComponent("case").path

    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard FileManager.default.createFile(atPath: casePath, contents: Data(bytes)) else {
            fatalError("cannot write \(casePath)")
        }
        let examiner = CaseExaminer()
        let walker = IntakeWalker(limits: limits, passwords: [ExampleCases.password])
        _ = walker.walk([casePath], visitor: examiner)
    }
}
