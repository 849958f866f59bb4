// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "caseintake",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "caseintake", targets: ["caseintake"]),
        .executable(name: "make-examples", targets: ["make-examples"]),
        .executable(name: "bench-evtx", targets: ["bench-evtx"]),
        .executable(name: "bench-capture", targets: ["bench-capture"]),
        .executable(name: "bench-case", targets: ["bench-case"]),
        // For the fuzz targets in Fuzz/, a separate package that depends on this one by path.
        .library(name: "Formats", targets: ["Formats"]),
        .library(name: "Intake", targets: ["Intake"]),
        .library(name: "Assessment", targets: ["Assessment"]),
        .library(name: "CaseFixtures", targets: ["CaseFixtures"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The two C libraries, each reached through exactly one Swift module.
        .systemLibrary(
            name: "CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),

        // CommonMark through cmark: the only importer of CMark; Reporting renders with it.
        .target(name: "Markdown", dependencies: ["CMark"]),

        // Pure parsers over byte streams: no checklist knowledge, no C.
        .target(name: "Formats"),

        // Our own C: SHA-256 on the processor's SHA extensions, two messages at once. Reached only
        // through Intake's SHA256Stream, which falls back to swift-crypto without them.
        .target(name: "CSHA256"),

        // Archive walking over libarchive: the only importer of CArchive. Formats reads the mails
        // whose attachments are entries of the case (Formats stays pure; the arrow is one-way).
        .target(
            name: "Intake",
            dependencies: ["CArchive", "CSHA256", "Formats", .product(name: "Crypto", package: "swift-crypto")]
        ),

        // Recognition, the checklist as data, the hearing sheet, correlation, verdicts.
        .target(
            name: "Assessment",
            dependencies: ["Formats", "Intake", .product(name: "Yams", package: "Yams")]
        ),

        // Report model, templates and writers.
        .target(
            name: "Reporting",
            dependencies: ["Assessment", "Markdown", .product(name: "Mustache", package: "swift-mustache")]
        ),

        .executableTarget(
            name: "caseintake",
            dependencies: [
                "Intake", "Assessment", "Reporting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Deterministic writers of the project's own fixtures and examples.
        .target(name: "CaseFixtures", dependencies: ["Formats"]),
        .executableTarget(name: "make-examples", dependencies: ["CaseFixtures"]),

        // Benchmarks: print our throughput next to a reference tool's, measured in one run.
        .executableTarget(name: "bench-evtx", dependencies: ["Formats"]),
        .executableTarget(name: "bench-capture", dependencies: ["Formats", "CaseFixtures"]),
        .executableTarget(name: "bench-case", dependencies: ["Formats", "CaseFixtures"]),

        .testTarget(name: "FormatsTests", dependencies: ["Formats", "CaseFixtures"]),
        .testTarget(
            name: "IntakeTests",
            dependencies: ["Intake", "CaseFixtures", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "AssessmentTests", dependencies: ["Assessment", "CaseFixtures", "Formats", "Intake"]),
        .testTarget(
            name: "ReportingTests", dependencies: ["Reporting", "Markdown", "CaseFixtures"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["CaseFixtures", "caseintake"]),
    ],
    swiftLanguageModes: [.v6]
)
