import Formats
import Testing

/// SMTP greetings read into a server identity (greeting forms from the shared samples'
/// MANIFEST.md banner facts and the vendors' documented forms).
struct MailServerIdentityTests {
    @Test(
        "greetings give name, application and version",
        arguments: [
            (
                "220 mail.example.co.jp ESMTP Postfix (Ubuntu)",
                MailServerIdentity(name: "mail.example.co.jp", application: "Postfix")
            ),
            (
                "220 mx.google.com ESMTP a6si11272839ybo.18",
                MailServerIdentity(name: "mx.google.com", application: "Google")
            ),
            (
                "220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready at Fri, 5 Aug 2016 16:24:41 -0700",
                MailServerIdentity(name: "mail1.fabrikam.com", application: "Microsoft Exchange")
            ),
            (
                "220 tux319.loginserver.ch ESMTP Sendmail 8.14.9/8.12.11; Mon, 29 Jul 2019 19:01:46 +0200",
                MailServerIdentity(name: "tux319.loginserver.ch", application: "Sendmail", version: "8.14.9")
            ),
            (
                "220 mx01.ingw.orange.tn ESMTP CommuniGate Pro 6.1.16",
                MailServerIdentity(name: "mx01.ingw.orange.tn", application: "CommuniGate Pro", version: "6.1.16")
            ),
            (
                "220-mail.example.org ESMTP Exim 4.94.2 Tue, 01 Jun 2021",
                MailServerIdentity(name: "mail.example.org", application: "Exim", version: "4.94.2")
            ),
            ("220 192.0.2.25 ESMTP", MailServerIdentity(name: "192.0.2.25", ip: "192.0.2.25")),
        ])
    func banners(line: String, expected: MailServerIdentity) {
        #expect(MailServerIdentity.parseBanner(line) == expected)
    }

    @Test("other lines are no greeting", arguments: ["250 ok", "", "2201 x", "hello 220 x"])
    func notBanners(line: String) {
        #expect(MailServerIdentity.parseBanner(line) == nil)
    }
}
