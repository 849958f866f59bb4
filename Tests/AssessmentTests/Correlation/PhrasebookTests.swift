import Foundation
import Testing

@testable import Assessment

/// The words of the observations are data; every code has them, and values are put in safely.
@Suite struct PhrasebookTests {
    static let file = TemplateFolder.locate()?.appendingPathComponent(Phrasebook.fileName)

    @Test("every code the rules emit has a Japanese and an English sentence", arguments: Observation.codes)
    func everyCodeWorded(code: String) throws {
        let book = try Phrasebook.load(contentsOf: try #require(Self.file))
        for key in Observation.phrases(of: code) {
            let phrase = try #require(book.phrases[key], "\(key) has no entry in \(Phrasebook.fileName)")
            #expect(!phrase.text.ja.isEmpty && !phrase.text.en.isEmpty)
            #expect(phrase.text.ja != phrase.text.en, "\(key): the Japanese sentence is the English one")
        }
    }

    @Test("the phrasebook words no code the rules do not know (a renamed code leaves no orphan)")
    func noOrphans() throws {
        let book = try Phrasebook.load(contentsOf: try #require(Self.file))
        let known = Set(Observation.codes.flatMap(Observation.phrases(of:)) + Observation.notes)
        #expect(Set(book.phrases.keys).subtracting(known).isEmpty)
    }

    @Test("Phrasebook.standard is the templates folder's phrasebook")
    func standard() {
        #expect(Phrasebook.standard.phrases["smtp.rejected"]?.severity == .problem)
    }

    @Test("values are put in once: a value holding {file} is not expanded again")
    func fillOnce() {
        let filled = Phrasebook.fill(
            "{file} at {time}; {unknown} stays", ["file": "evil{time}.log", "time": "10:05", "x": "{file}"])
        #expect(filled == "evil{time}.log at 10:05; {unknown} stays")
        #expect(Phrasebook.fill("open { brace", ["brace": "x"]) == "open { brace")
        #expect(Phrasebook.fill("a lone { before {file}", ["file": "SPNT.log"]) == "a lone { before SPNT.log")
    }

    @Test("an unknown code reads as the code and its values, never silently dropped")
    func unknownCode() {
        let text = Phrasebook().text("no.such-code", ["file": "a.log", "time": "10:05"])
        #expect(text.en == "no.such-code (file=a.log, time=10:05)")
        #expect(text.ja == text.en)
        #expect(Phrasebook().severity("no.such-code", otherwise: .warning) == .warning)
    }

    @Test("a phrasebook without ja or en for a code is refused with the code named")
    func brokenEntry() {
        #expect(throws: ChecklistError.self) {
            try Phrasebook.load(yaml: "observations:\n  smtp.rejected:\n    en: \"only English\"\n")
        }
    }

    @Test("event messages are rendered from their format with the inserts")
    func eventMessage() {
        let message = Phrasebook.standard.eventMessage(
            provider: "Service Control Manager", eventID: 7036, inserts: ["ServerProtect", "running"])
        #expect(message == "The ServerProtect service entered the running state.")
    }
}
