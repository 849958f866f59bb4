import Assessment
import Foundation

/// Writes every output of a case into its folder, each file atomically.
public enum ReportWriter {
    /// Writes the outputs and returns their URLs in writing order.
    @discardableResult
    public static func write(_ assessment: CaseAssessment, to folder: URL, options: ReportOptions) throws -> [URL] {
        try AtomicFile.prepareFolder(folder)
        var written: [URL] = []
        try AtomicFile.write(try SummaryDocument(assessment).encoded(), named: "summary.json", in: folder)
        written.append(folder.appendingPathComponent("summary.json"))
        return written
    }
}
