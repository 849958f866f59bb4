import Formats
import Foundation
import Testing

/// Inputs the fuzz targets in Fuzz/ found (make fuzz): each made a parser's result depend on how
/// its bytes were cut into blocks, or differ between two readers of the same bytes.
@Suite struct FuzzFindingsTests {
    /// The maillog target's input (1424 bytes): its lines name qmail and Exchange message tracking equally often.
    static let tiedApplications: [UInt8] = Array(
        Data(
            base64Encoded: [
                "cGF0dGVyGQAAAAAAAABTVEZJWF9CT1VOQ0V9JApkYXQsICJtYXRjaCI6IHRydWUgLCAiaG9zdCIAOiAiMTk4LjUxLjEwMC43",
                "NyIgfQpTZXAgIDYgMDc6MzM6MzMgc2Q2IHFtYWlsOiAxMTU3NTIwODEzLjQ4NTA3NyByYmxzbXRwZDogMTk4LjUxLjEwMC43",
                "NyBwaWQgMSBBREQyRjgwNTIKICAgIHBvc3RmaXhfYm91bmNlAAAyMDI0LTAxLTI1VDE1OjE2OjA5Ljg0M1osLCwsZXhjaGFu",
                "Z2UtbWFpbCxObyBzdWl0YWJsZSBzaGFkb3cgc2VydmVycywsU01UUCxIQVJFRElSRUNURkFJTCw3MDk3MTIzNDU2NjQ1Niw8",
                "MjAyNDAxMjQyMjIxMTIuQjRBRTEyMzRFRkBob3N0MDEubXkuZG9tYWluLmNvbT4sMmZkMzdkY2EtMTIzNC01AFRpcGllbnQ6",
                "IHNlbmRlcgogICAgcG9zdGZpeF9ib3VuY2VfcmVhc29uOiBub24tZGVsYmZiLTE3NWQtMDhkYzFkYjg4ZjUyLG1haWx1c2Vy",
                "QG15LmRvbWFpbi5jb20sLDE1MDQ0LDEsLCxVbmRlbGl2ZXJlZCBNYWlsIFJldHVybmVkIHRvIFNlbmRlcixNQUlMRVItREFF",
                "TU9OQGhvc3QwMS5teS5kb21haW4uY29tLHJvb3RAaG9zdDAxLm15LmRvbWFpbi5jb20sLEluY29taW5nLCwsLFM6RGVsaXZl",
                "cnlQcmlvcml0eT1Ob3JtYWw7UzpPcmlnaW5hbEZyb21BZGRyZXNzPXJvb3RAaG9zdDAxLm15LmRvbWFpbi5jb207UzpBY2Nv",
                "dW50Rm9yZXN0PW15LmRvbWFpbi5jb20sRW1haWwsZGM2OWRmMjUtMTIzNC01NjRjLTQxYzQtMDhkYzFkYjg4ZjdmLDE1LjAy",
                "LjAzMzAuMDA1CjIwMjQtMDEtMjVUMTU6MTY6MDkuOTQ5WiwxMC4xMS4xMi4xNCxleGNoYW5nZS1tYWlsLm15LmRvbWFpbi5j",
                "b20sMTAuMTEuMTIuMTQsZXhjaGFuZ2UtbWFpbCwwOERDMURCMTJDMzQ1QkU1OzIwMjQtMDEtMjVUMTU6MTY6MDkuNTQ0Wjsw",
                "LGV4Y2hhbmdlLW1haWxcRGVmYXVsdCBleGNoYW5nZS1tYWlsLFNNVFAsUkVDRUlWRSw3MDkxMjM0NTU2NjQwMyw8MjAyNDAx",
                "MjMyMDAwMTQuMTIzRjQyNUUyOEBob3N0MDEubXkuZG9tYWluLmNvbT4sMWU2ZWIxOTctYzZiNGl2ZXJ5LTEyMzQtMWI2OS01",
                "NmRjMWRiODhmNTAsbWFpbHVzZXJAbXkuZG9tYWluLmNvbSwsNzIyOSwxLCwsdnpkdW1wIGJhY2t1cCBzdGF0dXMgKGhvc3Qw",
                "MS5teS5kb21haW4uY29tKTogYmFja3VwIHN1Y2Nlc3NmdWwscm9vdEBob3N0MDEubXkuZG9tYWluLmNvbSxyb290QGhvc3Qw",
                "MS5teS5kb21haW4uY29tLDBjQTogLEluY29taW5nLCwxMC4xMS4xMi4xMywxCjAuMTEuMTIuMTQsUzpQcm94eUhvcDE9ZXhj",
                "aGFuZ2UtbWFpbC5teS5kb21haW4uY29tKDEwLjExLjEyLjE0KTtTOk1lc3NhZ2VWYWx1ZT1NZWRpdW1IaWdoO1M6UmVwbGlj",
                "YXRpb249RmFpbGVkO1M6Rmlyc3RGb3Jlc3RIb3A9ZXhjaGFuZ2UtbWFpbC5teS5kb21haW4uY29tO1M6RnJvbUVudGl0eT1J",
                "bnRlcm5ldDtTOlByb3hpZWRDbGllbnRJUEFkZHJlc3M9MTAuMTEuMTIuMTM7UzpQcm94aWVkQ2w=",
            ].joined())!)

    @Test("a log whose lines name two applications equally often names the same one in every reader")
    func tiedApplication() {
        // Readers alive at once hold dictionaries with different seeds, so their orders differ.
        var readers = (0..<40).map { _ in MailServerLogReader(year: 2026) }
        for index in readers.indices { readers[index].consume(Self.tiedApplications) }
        let applications = Set(readers.indices.map { readers[$0].finish().application })
        #expect(applications == [.exchangeTracking])
    }

    /// The maillog target's second input (fail2ban's sendmail test log with Postfix lines mutated in):
    /// its head names Postfix and sendmail equally often.
    @Test(
        "a head whose lines name two applications equally often is named by the alphabetically first",
        arguments: [
            (
                "Feb 25 03:01:10 mx postfix/smtpd[1]: connect", "Feb 25 03:01:11 mx sendmail[2]: s1P819mk: from=<a@b>",
                MailServerLogSignature.Application.postfix
            ),
            (
                "Feb 25 03:01:10 mx qmail: 1157520813.4 new msg 1", "2024-01-07 10:05:30 1rMq2x-0001Xy-AB <= a@b H=x",
                .exim
            ),
            (
                "Feb 25 03:01:10 mx sendmail[2]: s1P819mk: to=<a@b>",
                "Feb 25 03:01:11 mx qmail: 1157520813.4 new msg 2", .qmail
            ),
        ])
    func tiedHead(first: String, second: String, expected: MailServerLogSignature.Application) {
        for text in [[first, second, first, second], [second, first, second, first]] {
            // Other dictionaries alive at the same time give the signature's own a different seed each round.
            var held: [[MailServerLogSignature.Application: Int]] = []
            for round in 0..<20 {
                held.append(Dictionary(uniqueKeysWithValues: [(.postfix, round), (.qmail, round)]))
                let head = text.joined(separator: "\n")
                #expect(MailServerLogSignature.application(decodedHead: head) == expected, "round \(round)")
            }
            withExtendedLifetime(held) {}
        }
    }

    /// The msinfo target's input, shortened: an .nfo whose first 512 bytes are UTF-16 without a
    /// byte-order mark and whose next bytes are not.
    @Test("an .nfo's encoding is decided on the same head however its blocks are cut", arguments: [7, 512, 600, 65536])
    func nfoHead(blockSize: Int) {
        var bytes: [UInt8] = []
        for unit in String(repeating: "<MsInfo>\r\n", count: 26).utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        bytes += Array(String(repeating: "<Data><Item>Name</Item><Value>SPSV01</Value></Data>\r\n", count: 80).utf8)
        #expect(bytes.count > TextDecoding.detectionWindow)
        let whole = SharedSamples.parse(MsInfoNfoReader(), bytes, blockSize: bytes.count)
        let blocks = SharedSamples.parse(MsInfoNfoReader(), bytes, blockSize: blockSize)
        #expect(blocks == whole)
        #expect(whole.encoding == TextDecoding.detect(head: bytes).encoding)
    }
}
