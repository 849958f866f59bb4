import CaseFixtures
import Formats
import Foundation

/// Writes a seed corpus per target: the project's own fixtures, then (when given) the shared
/// samples, read where they are and cut to units the target runs fast on. Nothing is copied into
/// the repository: the corpus goes to a build folder.
enum SeedCorpus {
    /// Writes `folder/<target>/<seed>` for every target; returns the process exit code.
    static func write(to folder: URL, samples: URL?) -> Int32 {
        var seeds: [String: [(name: String, bytes: [UInt8])]] = [:]
        do {
            for (target, name, bytes) in try FixtureSeeds.all() { seeds[target, default: []].append((name, bytes)) }
        } catch {
            FileHandle.standardError.write(Data("fixture seeds failed: \(error)\n".utf8))
            return 1
        }
        if let samples {
            for (target, name, bytes) in SampleSeeds.all(in: samples) {
                seeds[target, default: []].append((name, bytes))
            }
        }
        for target in FuzzTargets.all {
            let targetFolder = folder.appendingPathComponent(target.name, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: targetFolder, withIntermediateDirectories: true)
                for seed in seeds[target.name] ?? [] {
                    let bytes = seed.bytes.prefix(target.maxLength)
                    try Data(bytes).write(to: targetFolder.appendingPathComponent(seed.name))
                }
            } catch {
                FileHandle.standardError.write(Data("cannot write seeds to \(targetFolder.path): \(error)\n".utf8))
                return 1
            }
            print("\(target.name): \(seeds[target.name]?.count ?? 0) seeds")
        }
        return 0
    }
}

/// Seeds from the fixture writers in `CaseFixtures`: (target, seed name, bytes).
enum FixtureSeeds {
    static func all() throws -> [(String, String, [UInt8])] {
        var seeds: [(String, String, [UInt8])] = []
        for channel in ["Application", "System"] {
            let log = ExampleEvidence.eventLog(channel: channel)
            for (index, unit) in EventLogUnits.evtxFiles(log).enumerated() {
                seeds.append(("evtx", "fixture-\(channel)-\(index)", unit))
            }
            for (index, chunk) in EventLogUnits.evtxChunks(log).enumerated() {
                seeds.append(("evtx-chunk", "fixture-\(channel)-\(index)", chunk))
            }
        }
        seeds.append(("evt", "fixture-minimal", LegacyEvtSeed.log()))
        seeds.append(("evt-records", "fixture-minimal", LegacyEvtSeed.records()))
        seeds += captures()
        for variant in MailFixtureWriter.Variant.allCases {
            seeds.append(("mail", "fixture-\(variant.rawValue)-crlf", MailFixtureWriter.notification(variant)))
            seeds.append(
                ("mail", "fixture-\(variant.rawValue)-lf", MailFixtureWriter.notification(variant, crlf: false)))
        }
        for form in ReplyMailWriter.NameForm.allCases {
            let attachment = ReplyMailWriter.Attachment(
                name: "調査資料.zip", bytes: Array(0...255), nameForm: form,
                encoding: form == .rfc2047 ? .quotedPrintable : .base64)
            seeds.append(
                ("attachments", "fixture-reply-\(form.rawValue)", ReplyMailWriter.reply(attachments: [attachment])))
        }
        seeds.append(
            (
                "attachments", "fixture-forwarded",
                ReplyMailWriter.forwarding(
                    ReplyMailWriter.reply(attachments: [.init(name: "a.zip", bytes: [1, 2, 3])]))
            ))
        seeds.append(("attachments", "fixture-winmail", TnefWriter.winmail([("調査資料.zip", Array(0...255))])))
        seeds.append(
            (
                "msg", "fixture-reply",
                OutlookMessageWriter.message(
                    subject: "Re: 調査資料", body: "資料を添付します。", attachments: [("調査資料.zip", Array(0...255))])
            ))
        let notification = OutlookMessageWriter.Item(
            name: "ウイルス検出通知", subject: "ウイルス検出通知", body: "通知本文", attachments: [("SPNT.log", Array("log\r\n".utf8))],
            submitted: 134_080_000_000_000_000)
        seeds.append(
            (
                "msg", "fixture-attached-item",
                OutlookMessageWriter.message(subject: "Fw: 通知", body: "添付します。", attachments: [], items: [notification])
            ))
        seeds.append(
            (
                "mail", "fixture-html-only",
                ReplyMailWriter.htmlPasswordMail("<p>パスワード：<b>spnt-2026</b></p><style>p{}</style><!-- c -->&amp;&#x41;")
            ))
        seeds.append(("maillog", "fixture-postfix", MailServerLogFixtureWriter.postfixMaillog()))
        seeds.append(("maillog", "fixture-exchange", MailServerLogFixtureWriter.exchangeTrackingLog()))
        for language in MsInfoWriter.Language.allCases {
            seeds.append(("msinfo", "fixture-\(language.rawValue).txt", MsInfoWriter.textExport(language: language)))
            seeds.append(
                (
                    "msinfo", "fixture-\(language.rawValue)-utf8.txt",
                    MsInfoWriter.textExport(language: language, encoding: .utf8, byteOrderMark: false, lineBreak: "\n")
                ))
            seeds.append(("msinfo", "fixture-\(language.rawValue).nfo", MsInfoWriter.nfo(language: language)))
        }
        for outcome in SpntLogWriter.Outcome.allCases {
            for style in SpntLogWriter.TimestampStyle.allCases {
                seeds.append(
                    (
                        "spnt", "fixture-\(outcome.rawValue)-\(style.rawValue)",
                        SpntLogWriter.log(outcome: outcome, style: style)
                    ))
            }
        }
        for session in TelnetTranscriptWriter.Session.allCases {
            seeds.append(("telnet", "fixture-\(session.rawValue)", TelnetTranscriptWriter.bytes(session)))
            seeds.append(
                ("telnet", "fixture-\(session.rawValue)-cp932", TelnetTranscriptWriter.bytes(session, encoding: .cp932))
            )
        }
        seeds.append(("image", "fixture.png", ImageWriter.png(width: 200, height: 150)))
        seeds.append(("image", "fixture.bmp", ImageWriter.bmp(width: 20, height: 15)))
        seeds.append(("image", "fixture.gif", ImageWriter.gif(width: 20, height: 15)))
        seeds.append(("image", "fixture.jpg", minimalJPEG))
        seeds.append(("hearing", "fixture-filled", ExampleEvidence.hearingSheet()))
        seeds.append(
            ("hearing", "fixture-open", ExampleEvidence.hearingSheet(unanswered: [3, 4, 7], withFields: false)))
        seeds += try archives()
        return seeds
    }

    static func captures() -> [(String, String, [UInt8])] {
        var seeds: [(String, String, [UInt8])] = [
            ("capture", "fixture-smtp.pcapng", ExampleEvidence.capture()),
            ("capture", "fixture-nosmtp.pcapng", ExampleEvidence.capture(.noSmtp)),
            ("capture", "fixture-relay-denied.pcapng", ExampleEvidence.capture(.relayDenied)),
        ]
        let client = FixtureEndpoint("192.0.2.10", 49152)
        let server = FixtureEndpoint("198.51.100.25", 25)
        let formats: [(String, FixtureCaptureFormat, FixtureLink)] = [
            ("pcap-ethernet", .pcap(), .ethernet()),
            ("pcap-ns-bigendian-vlan", .pcap(nanoseconds: true, bigEndian: true), .ethernet(vlanTags: [10])),
            ("pcap-sll2", .pcap(), .linuxSLL2),
            ("pcap-null", .pcap(), .null),
            ("pcapng-raw-ns", .pcapng(links: [.raw, .linuxSLL], resolution: 9), .raw),
        ]
        for (name, format, link) in formats {
            let writer = PcapWriter(format: format, link: link)
            for packet in SmtpConversation.delivery(client: client, server: server).packets(
                start: FixtureClock.incident)
            {
                writer.write(ip: packet.ip, at: packet.time)
            }
            seeds.append(("capture", "fixture-\(name)", writer.finish()))
        }
        return seeds
    }

    static func archives() throws -> [(String, String, [UInt8])] {
        var seeds: [(String, String, [UInt8])] = [
            ("archive", "fixture-incomplete.tar.gz", try ExampleCases.incompleteCase()),
            ("archive", "fixture-complete.zip", try ExampleCases.completeCase()),
        ]
        // Small cases with one file of each text kind, so mutations reach every inspection quickly.
        let files: [(String, [UInt8])] = [
            ("case/hearing.md", ExampleEvidence.hearingSheet(withFields: false)),
            ("case/SPNT.log", SpntLogWriter.log(outcome: .sent)),
            ("case/telnet.txt", TelnetTranscriptWriter.bytes(.connected)),
            ("case/maillog", MailServerLogFixtureWriter.postfixMaillog()),
            ("case/notice.eml", MailFixtureWriter.notification(.iso2022jp)),
            ("case/msinfo32.nfo", MsInfoWriter.nfo(language: .english)),
            ("case/shot.gif", ImageWriter.gif(width: 4, height: 3)),
        ]
        var tar = TarWriter()
        var zip = ZipWriter(seed: 7)
        var storedZip = ZipWriter(seed: 8, dataDescriptors: true)
        for (name, bytes) in files {
            try tar.addFile(name: name, contents: bytes)
            try zip.addFile(name: .utf8(name), contents: bytes)
            try storedZip.addFile(name: .utf8(name), contents: bytes, method: .stored)
        }
        let tarBytes = try tar.finish()
        seeds.append(("archive", "fixture-small.tar", tarBytes))
        seeds.append(("archive", "fixture-small.tar.gz", GzipWriter.compress(tarBytes)))
        seeds.append(("archive", "fixture-small.zip", try zip.finish()))
        seeds.append(("archive", "fixture-small-stored.zip", try storedZip.finish()))
        seeds.append(("archive", "fixture-7z.7z", ExampleCases.sevenZipCase()))
        seeds.append(("archive", "fixture-contradiction.zip", try ExampleCases.contradictionCase()))
        return seeds
    }

    /// SOI, JFIF APP0, a baseline SOF0 of 32×24, EOI: the markers the reader walks.
    static let minimalJPEG: [UInt8] = [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
        0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x18, 0x00, 0x20, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01,
        0x03, 0x11, 0x01, 0xFF, 0xD9,
    ]
}
