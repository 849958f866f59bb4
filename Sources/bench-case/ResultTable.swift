import Foundation

/// The benchmark's printout: one block per input, each run beside the floor (bsdtar) of its input,
/// then the issue's goals with the figures that meet or miss them.
struct ResultTable {
    private var blocks: [(input: String, bytes: Int, runs: [ChildRun])] = []

    mutating func add(input: String, path: String, runs: [ChildRun]) {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        blocks.append((input, bytes, runs))
    }

    func print() {
        Swift.print(
            "\n" + pad("input", 28) + pad("command", 20) + right("wall s", 8) + right("CPU s", 8)
                + right("peak RSS", 10) + right("wall ×", 8) + right("CPU ×", 8) + "  exit")
        for block in blocks {
            let floor = block.runs.first { $0.label.hasPrefix("bsdtar") }
            for (index, run) in block.runs.enumerated() {
                let input = index == 0 ? "\(block.input) (\(String(format: "%.1f", Double(block.bytes) / 1e6)) MB)" : ""
                Swift.print(
                    pad(input, 28) + pad(run.label, 20) + right(String(format: "%.2f", run.wallSeconds), 8)
                        + right(String(format: "%.2f", run.cpuSeconds), 8)
                        + right(String(format: "%.0f MB", Double(run.peakKilobytes) / 1024), 10)
                        + right(floor.map { String(format: "%.2f", run.wallSeconds / $0.wallSeconds) } ?? "—", 8)
                        + right(floor.map { String(format: "%.2f", run.cpuSeconds / $0.cpuSeconds) } ?? "—", 8)
                        + "  \(run.exitStatus)")
            }
        }
        Swift.print(
            "\ngoals (issue 11): big case check ≤ 1.15× bsdtar, report ≤ 1.25×; small files check and report ≤ 5×;")
        Swift.print("peak RSS ≤ 64 MB everywhere. Exit 0 or 1 is a verdict; 2 means an input could not be read.")
        for block in blocks {
            for run in block.runs where run.peakKilobytes > 64 << 10 {
                Swift.print("  \(block.input), \(run.label): peak RSS \(run.peakKilobytes >> 10) MB over 64 MB")
            }
            guard let floor = block.runs.first(where: { $0.label.hasPrefix("bsdtar") }) else { continue }
            let limits =
                block.input == "big case" ? [("check", 1.15), ("report", 1.25)] : [("check", 5.0), ("report", 5.0)]
            for (command, limit) in limits {
                guard let run = block.runs.first(where: { $0.label.hasSuffix(command) }) else { continue }
                let ratio = run.wallSeconds / floor.wallSeconds
                Swift.print(
                    "  \(block.input), \(command): \(String(format: "%.2f", ratio))× (goal ≤ \(limit)×) "
                        + (ratio <= limit ? "met" : "MISSED"))
            }
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private func right(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}
