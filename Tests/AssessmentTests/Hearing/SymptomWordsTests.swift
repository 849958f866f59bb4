import Testing

@testable import Assessment

/// The words that name a symptom in the answer to 1-1 are the checklist's (`words:` under each
/// symptom), so a support lead adds the ways customers say it without a build.
@Suite struct SymptomWordsTests {
    static let words = CaseFolder.checklist.symptomWords

    @Test("the bundled checklist names words for not-sent and garbled")
    func bundledWords() {
        #expect(Self.words[.notSent]?.contains("届かない") == true)
        #expect(Self.words[.garbled]?.contains("文字化け") == true)
    }

    @Test(
        "an answer is read by the checklist's words, spaces, case and width aside",
        arguments: [
            ("通知メールが届かない", Symptom.notSent), ("The alert mail is NOT DELIVERED", .notSent),
            ("件名が文字化けしている", .garbled), ("ｇａｒｂｌｅｄ subject", .garbled),
        ])
    func inferred(answer: String, symptom: Symptom) {
        #expect(SymptomChoice.inferred(from: answer, words: Self.words) == symptom)
    }

    @Test("words of two symptoms, or of none, infer nothing")
    func ambiguous() {
        #expect(SymptomChoice.inferred(from: "文字化けして届かない", words: Self.words) == nil)
        #expect(SymptomChoice.inferred(from: "サービスが停止した", words: Self.words) == nil)
    }

    @Test("a word a lead adds to the checklist is read from then on")
    func addedWord() throws {
        let yaml = """
            id: edited
            title: {ja: t, en: t}
            product: {ja: p, en: p}
            problem: {ja: q, en: q}
            symptoms:
              not-sent: {ja: 送信されない, en: not sent, words: [メールが来ない]}
            items:
              - {number: 1, id: hearing, title: {ja: a, en: a}, applies: always, check: hearing-answers}
            """
        let checklist = try ChecklistLoader.load(yaml: yaml, file: "edited.yaml")
        #expect(SymptomChoice.inferred(from: "警告メールが来ない", words: checklist.symptomWords) == .notSent)
        #expect(SymptomChoice.inferred(from: "警告メールが来ない", words: Self.words) == nil)
    }
}
