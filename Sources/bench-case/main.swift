import Foundation

// bench-case: writes the case benchmark's inputs with the fixture writers (once, into
// .build/bench-case), then times `bsdtar -xOf` (the floor: decompress every byte), `caseintake
// check` and `caseintake report` on each in one run, with wall time, CPU time, peak RSS and
// each ratio to bsdtar.
//   make bench-case (caseintake and bench-case built with `swift build -c release --static-swift-stdlib`,
//   as `make install` builds caseintake; then .build/release/bench-case)
//   options: --folder DIR  --evtx-mb N (200)  --capture-mb N (300)  --sessions N (2500)  --files N (20000)
//            --caseintake PATH (default: beside this program)  --only big|small|capture

var arguments = Array(CommandLine.arguments.dropFirst())
var given: [String: String] = [:]
while arguments.count >= 2, arguments[0].hasPrefix("--") {
    given[String(arguments[0].dropFirst(2))] = arguments[1]
    arguments.removeFirst(2)
}
let options = given
guard arguments.isEmpty else {
    print("usage: bench-case [--folder DIR] [--evtx-mb N] [--capture-mb N] [--sessions N] [--files N]")
    print("                  [--caseintake PATH] [--only big|small|capture]")
    exit(64)
}
let number = { (name: String, fallback: Int) in options[name].flatMap { Int($0) } ?? fallback }

let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let caseintake = options["caseintake"] ?? here.appendingPathComponent("caseintake").path
guard FileManager.default.isExecutableFile(atPath: caseintake) else {
    print(
        "no caseintake at \(caseintake): run `make bench-case`, or `swift build -c release --static-swift-stdlib --product caseintake` first"
    )
    exit(2)
}
let inputs = BenchInputs(folder: options["folder"] ?? ".build/bench-case")
try inputs.prepare(
    eventLogMB: number("evtx-mb", 200), captureMB: number("capture-mb", 300), sessions: number("sessions", 2_500),
    files: number("files", 20_000))

let output = inputs.folder + "/out"
var table = ResultTable()
var reportSizes: [(String, String)] = []
let cases = [
    ("big case", inputs.bigCase, true), ("small files", inputs.smallFiles, true),
    ("capture alone", inputs.capture, false),
]
for (name, path, isArchive) in cases where options["only"].map({ name.hasPrefix($0) }) ?? true {
    try? FileManager.default.removeItem(atPath: output)
    let runs = [
        isArchive ? ChildRun.run("bsdtar -xOf", ["bsdtar", "-xOf", path]) : nil,
        ChildRun.run("caseintake check", [caseintake, "check", path]),
        ChildRun.run("caseintake report", [caseintake, "report", path, "-o", output, "--case-id", "bench"]),
    ]
    table.add(input: name, path: path, runs: runs.compactMap { $0 })
    reportSizes.append((name, ReportSizes.measure(folder: output + "/bench")))
}
table.print()
// Reports sized for people (issue 9 and 11): the HTML under 1 MB, summary.json under 2 MB.
print("\nreport sizes (bytes): input, report.ja.html, report.en.md, summary.json")
for (name, sizes) in reportSizes {
    print("  \(name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(sizes)")
}
