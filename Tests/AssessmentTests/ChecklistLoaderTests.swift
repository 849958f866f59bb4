import Foundation
import Testing

@testable import Assessment

@Suite struct ChecklistLoaderTests {
    static let bundled = TemplateFolder.locate()!.appendingPathComponent(TemplateFolder.defaultChecklist)

    @Test("the bundled checklist holds the seed's twelve items, in order, each asking in both languages")
    func bundledChecklist() throws {
        let checklist = try ChecklistLoader.load(contentsOf: Self.bundled)
        #expect(checklist.items.map(\.number) == Array(1...12))
        for item in checklist.items {
            let ask = try #require(item.ask, "item \(item.number)")
            #expect(!ask.ja.isEmpty && !ask.en.isEmpty, "item \(item.number)")
            #expect(item.askAgain != nil, "item \(item.number)")
            #expect(!item.title.ja.isEmpty && !item.title.en.isEmpty, "item \(item.number)")
        }
        #expect(checklist.items[0].questions.count == 9)
    }

    @Test("item 5 applies only to garbled mail, item 7 only when nothing is sent; unknown symptoms leave both open")
    func conditionalItems() throws {
        let checklist = try ChecklistLoader.load(contentsOf: Self.bundled)
        let item5 = checklist.items[4].applicability
        let item7 = checklist.items[6].applicability
        #expect(item5.applies(to: .garbled) == true)
        #expect(item5.applies(to: .notSent) == false)
        #expect(item7.applies(to: .notSent) == true)
        #expect(item7.applies(to: .garbled) == false)
        #expect(item5.applies(to: .unknown) == nil)
        #expect(item7.applies(to: .unknown) == nil)
    }

    @Test("a YAML syntax error names its line")
    func syntaxErrorLine() {
        let yaml = "id: x\ntitle:\n  ja: a\n  en: b\nitems: [\n  - bad\n"
        #expect {
            try ChecklistLoader.load(yaml: yaml, file: "broken.yaml")
        } throws: { error in
            guard let error = error as? ChecklistError else { return false }
            return error.line != nil && error.description.hasPrefix("broken.yaml:")
        }
    }

    @Test("an unknown check names the line of the item that uses it")
    func unknownCheckLine() throws {
        var text = try String(contentsOf: Self.bundled, encoding: .utf8)
        text = text.replacingOccurrences(of: "check: debug-log", with: "check: debug-logs")
        let expectedLine = text.components(separatedBy: "\n").firstIndex { $0.contains("check: debug-logs") }! + 1
        #expect {
            try ChecklistLoader.load(yaml: text, file: "edited.yaml")
        } throws: { error in
            (error as? ChecklistError)?.line == expectedLine
                && (error as? ChecklistError)?.reason.contains("debug-logs") == true
        }
    }
}
