// swift-tools-version: 6.0
import Foundation
import PackageDescription

// The fuzz targets live in their own package so that `swift build` and `swift test` of caseintake
// never compile or link them: they only link with `-sanitize=fuzzer` (libFuzzer provides the
// driver), and they are built only by `make fuzz` / `make fuzz-smoke` into `.build-fuzz`.
//
// A path dependency is named by its folder, which differs between checkouts (main, a worktree, a
// CI clone): read it from where this manifest sits.
let mainPackage = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "caseintake-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        // One executable holds every target (chosen by its first argument) and the seed writer:
        // one sanitizer link instead of a dozen keeps `make fuzz-smoke` within CI's minutes.
        .executableTarget(
            name: "caseintake-fuzz",
            dependencies: [
                .product(name: "Formats", package: mainPackage),
                .product(name: "Intake", package: mainPackage),
                .product(name: "Assessment", package: mainPackage),
                .product(name: "CaseFixtures", package: mainPackage),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
