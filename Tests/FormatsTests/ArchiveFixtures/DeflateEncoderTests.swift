import CaseFixtures
import Foundation
import Testing

/// Inputs with the shapes fixtures have: text logs, long runs of zeros, incompressible bytes.
enum DeflateSamples {
    static func logText(lines: Int) -> [UInt8] {
        var text = ""
        for index in 0..<lines {
            text += "2026-11-20 10:05:\(String(format: "%02d", index % 60)) SpntSvc notify: "
            text += "SMTP 192.0.2.\(index % 250) reply 250 queued as \(index * 7919 % 100_000)\r\n"
        }
        return Array(text.utf8)
    }

    static func random(_ count: Int) -> [UInt8] {
        var generator = FixtureRandom(seed: 42)
        return generator.bytes(count)
    }

    static let all: [(String, [UInt8])] = [
        ("empty", []),
        ("one byte", [0x41]),
        ("log text", logText(lines: 3_000)),
        ("zeros", [UInt8](repeating: 0, count: 1 << 20)),
        ("random", random(200_000)),
        ("text then random then zeros", logText(lines: 300) + random(70_000) + [UInt8](repeating: 0, count: 100_000)),
    ]

    static var names: [String] { all.map(\.0) }
    static func named(_ name: String) -> [UInt8] { all.first { $0.0 == name }?.1 ?? [] }
}

/// python3's zlib inflates a raw-deflate file and reports length and SHA-256 of the result.
let inflateProgram = """
    import hashlib, sys, zlib
    d = zlib.decompressobj(-15)
    out = d.decompress(open(sys.argv[1], 'rb').read())
    assert d.eof and not d.unused_data, 'stream not cleanly ended'
    print(len(out), hashlib.sha256(out).hexdigest())
    """

func sha256Line(_ bytes: [UInt8]) throws -> String {
    let scratch = try Scratch()
    let path = try scratch.write(bytes, as: "plain")
    return try ReferenceTools.python(
        "import hashlib,sys; b=open(sys.argv[1],'rb').read(); print(len(b), hashlib.sha256(b).hexdigest())", [path])
}

@Suite(.enabled(if: ReferenceTools.hasPython, "python3 is not installed: no reference inflater to check against"))
struct DeflateEncoderTests {
    @Test("zlib inflates the output back to the input", arguments: DeflateSamples.names)
    func roundTrip(name: String) throws {
        let input = DeflateSamples.named(name)
        let scratch = try Scratch()
        let path = try scratch.write(DeflateEncoder.deflate(input), as: "deflated")
        #expect(try ReferenceTools.python(inflateProgram, [path]) == sha256Line(input))
    }

    @Test("log text shrinks to under a fifth, zeros about 1000:1, random bytes barely grow")
    func ratios() {
        let text = DeflateSamples.logText(lines: 3_000)
        #expect(DeflateEncoder.deflate(text).count * 5 < text.count)
        let zeros = [UInt8](repeating: 0, count: 1 << 20)
        #expect(DeflateEncoder.deflate(zeros).count * 900 < zeros.count)
        let random = DeflateSamples.random(200_000)
        #expect(DeflateEncoder.deflate(random).count < random.count + random.count / 1000 + 64)
    }

    @Test("the output does not depend on how the input is cut into pieces", arguments: [1, 7, 4096, 100_000])
    func pieceSizes(pieceSize: Int) {
        let input = DeflateSamples.named("text then random then zeros")
        var encoder = DeflateEncoder()
        var output: [UInt8] = []
        var start = 0
        while start < input.count {
            let end = min(start + pieceSize, input.count)
            encoder.compress(Array(input[start..<end]), into: &output)
            start = end
        }
        encoder.finish(into: &output)
        #expect(output == DeflateEncoder.deflate(input))
    }
}
