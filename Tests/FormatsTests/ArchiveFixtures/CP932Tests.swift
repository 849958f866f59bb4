import CaseFixtures
import Testing

@Suite struct CP932Tests {
    @Test(
        "Japanese names encode to the bytes python's cp932 codec gives",
        .enabled(if: ReferenceTools.hasPython, "python3 is not installed: no reference codec"),
        arguments: ["イベントログ/システム.evtx", "調査資料.zip", "①㈱～.txt", "ascii.txt"])
    func matchesPython(name: String) throws {
        let expected = try ReferenceTools.python("import sys; print(sys.argv[1].encode('cp932').hex())", [name]).trimmed
        #expect(CP932.encode(name)?.hex == expected)
    }

    @Test("text CP932 cannot express has no encoding", arguments: ["😀", "Ω̃", "한국어"])
    func unencodable(text: String) {
        #expect(CP932.encode(text) == nil)
    }
}
