import Formats
import Testing

/// The password mail (PPAP) in the phrasings customers use.
@Suite struct MailPasswordFinderTests {
    @Test(
        "each phrasing yields the password",
        arguments: [
            ("パスワード：spnt-2026", "spnt-2026"),
            ("パスワード: spnt-2026", "spnt-2026"),
            ("PW: spnt-2026", "spnt-2026"),
            ("pw=spnt-2026", "spnt-2026"),
            ("Password: spnt-2026", "spnt-2026"),
            ("解凍パスワード：spnt-2026", "spnt-2026"),
            ("解凍パスワード\nspnt-2026", "spnt-2026"),
            ("添付ファイルのパスワードは下記の通りです。\n\nspnt-2026\n\nよろしくお願いいたします。", "spnt-2026"),
            ("パスワードは以下です\n  spnt-2026", "spnt-2026"),
            ("パスワード：\nspnt-2026", "spnt-2026"),
            ("パスワード：ｓｐｎｔ－２０２６", "spnt-2026"),
            ("ＰＷ：ｓｐｎｔ－２０２６", "spnt-2026"),
            ("パスワード：「spnt-2026」", "spnt-2026"),
            ("パスワード：spnt-2026。", "spnt-2026"),
            ("パスワードは「spnt-2026」です。", "spnt-2026"),
            ("パスワード：\"spnt-2026\"", "spnt-2026"),
            ("パスワード（解凍用）：spnt-2026", "spnt-2026"),
            ("> パスワード：spnt-2026", "spnt-2026"),
        ])
    func phrasing(body: String, expected: String) {
        #expect(MailPasswordFinder.candidates(in: "お世話になっております。\n" + body) == [expected])
    }

    @Test(
        "sentences about a password are not passwords",
        arguments: [
            "パスワードは別途お送りします。",
            "パスワードを別途お送りします。",
            "パスワード：別途ご連絡します",
            "The spwd file and passphrase settings were checked.",
            "bypass: yes",
        ])
    func notPasswords(body: String) {
        #expect(MailPasswordFinder.candidates(in: body).isEmpty)
    }

    @Test("several candidates keep their order, without repeats")
    func several() {
        let body = "PW: first-1\nパスワード：second-2\nPassword: first-1"
        #expect(MailPasswordFinder.candidates(in: body) == ["first-1", "second-2"])
    }
}
