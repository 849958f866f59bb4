import Foundation

/// Writes `index.html` and `index.md` over the case folders under a folder, each atomically.
public enum CaseIndexWriter {
    /// What the page template sees: the index and the style sheet.
    struct Page {
        let index: CaseIndex
        let css: String
    }

    /// Scans `folder` and writes the index into `output` (the scanned folder when nil).
    @discardableResult
    public static func write(
        over folder: URL, to output: URL? = nil, language: ReportLanguage, templates folderOfTemplates: URL,
        date: Date = Date(), zone: TimeZone = TimeZone(identifier: "Asia/Tokyo")!
    ) throws -> (urls: [URL], index: CaseIndex) {
        let templates = try ReportTemplates(folder: folderOfTemplates)
        let labels = try ReportLabels.load(language, templates: folderOfTemplates)
        let index = CaseIndex(
            CaseFolderScan.scan(folder), language: language, labels: labels, generatedAt: date, zone: zone)
        // The report's style, then the index's own rules (which the reports need not carry).
        let css = try templates.file("css/report.css") + templates.file("css/index.css")
        let page = Page(index: index, css: css)
        let outputs = [
            ("index.html", try templates.render(page, template: "report/index.html")),
            ("index.md", try templates.render(page, template: "report/index.md")),
        ]
        let target = output ?? folder
        try AtomicFile.prepareFolder(target)
        var urls: [URL] = []
        for (name, text) in outputs {
            try AtomicFile.write(Data(text.utf8), named: name, in: target)
            urls.append(target.appendingPathComponent(name))
        }
        return (urls, index)
    }
}
