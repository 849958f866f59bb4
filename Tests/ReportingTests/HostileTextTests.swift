import Assessment
import CaseFixtures
import Foundation
import Markdown
import Reporting
import Testing

/// Customer text that tries to become markup (file names, hearing answers, findings quoting
/// them, event log text) stays text: in the HTML report and in the Markdown page as a wiki
/// renders it.
@Suite struct HostileTextTests {
    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"
    static let link = "[x](javascript:alert(1))"

    /// A case whose names, answers and events carry the three attacks.
    static func hostileCase() throws -> ReportCase {
        var answers = SheetFiller.completeJapaneseAnswers
        answers[0] = "通知: " + script + " " + image + " " + link
        answers[3] = link
        answers[12] = image  // mail server application
        answers[16] = "220 " + script + "\n" + link  // telnet result, multiline
        let sheet = try ReportCases.filledSheet(answers, tick: .notSent)
        let event = EventRow(
            time: "2026-11-20 10:05:02 (+09:00)", level: image, levelClass: "error", provider: script,
            eventID: "1", channel: link, summary: image + link, file: CaseText("hostile/" + script))
        return try ReportCases.run(
            "hostile",
            files: [
                ("hearing.md", Array(sheet.utf8)),
                (script + "/SPNT.log", SpntLogWriter.log(outcome: .connectFailed)),
                (image + ".evtx", Array("not an event log".utf8)),
                (link + ".txt", EventLogTextExportWriter.text(japanese: true)),
            ], events: [event])
    }

    @Test("the attacks reach the model as text")
    func attacksAreInTheCase() throws {
        let hostile = try Self.hostileCase()
        let paths = hostile.assessment.examination.files.map(\.path.description).joined(separator: "\n")
        #expect(paths.contains(Self.script))
        #expect(paths.contains(Self.image))
        #expect(paths.contains(Self.link))
        #expect(hostile.assessment.hearing?.answers["what"]?.contains(Self.script) == true)
    }

    @Test("the HTML reports stay inert", arguments: ["report.ja.html", "report.en.html"])
    func htmlIsInert(_ name: String) throws {
        let html = try output(name)
        Self.expectInert(html)
        // The text is shown, escaped, not dropped.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("Content-Security-Policy"))
    }

    @Test("the Markdown pages stay inert when rendered", arguments: ["report.ja.md", "report.en.md"])
    func markdownIsInert(_ name: String) throws {
        let markdown = try output(name)
        let html = MarkdownDocument.html(markdown)
        Self.expectInert(html)
        #expect(!html.contains("raw HTML omitted"), "customer text reached cmark as raw HTML")
        // What the wiki shows is the customer's text.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("[x](javascript:alert(1))"))
        let blocks = MarkdownDocument.parse(markdown)
        #expect(!blocks.contains { if case .html = $0 { return true } else { return false } })
    }

    static func expectInert(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lowered = html.lowercased()
        #expect(!lowered.contains("<script"), sourceLocation: sourceLocation)
        #expect(!lowered.contains("<img"), sourceLocation: sourceLocation)
        #expect(
            lowered.range(of: #"<[^<>]*\bonerror\s*="#, options: .regularExpression) == nil,
            sourceLocation: sourceLocation)
        #expect(
            lowered.range(of: #"href\s*=\s*["']?\s*javascript:"#, options: .regularExpression) == nil,
            sourceLocation: sourceLocation)
    }

    private func output(_ name: String) throws -> String {
        let outputs = try Self.hostileCase().outputs()
        let output = try #require(outputs.first { $0.name == name })
        return String(decoding: output.data, as: UTF8.self)
    }
}
