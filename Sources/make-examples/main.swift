import CaseFixtures
import Foundation

// Writes the example cases of Examples/ (same bytes on every run).
// Usage: swift run make-examples [FOLDER]   (default: Examples)
let folder = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? "Examples")
do {
    for url in try ExampleCases.write(to: folder) { print(url.path) }
} catch {
    FileHandle.standardError.write(Data("make-examples: \(error)\n".utf8))
    exit(1)
}
