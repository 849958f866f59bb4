import Foundation

// SwiftPM on Linux links an executable's entry point as `<module>_main`; with `-sanitize=fuzzer`
// libFuzzer must not supply `main` itself, so this entry point hands the process to libFuzzer
// through `LLVMFuzzerRunDriver` once it has chosen the target (or wrote seeds, or listed targets).

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Names the target for the processes libFuzzer starts itself.
private let targetVariable = "CASEINTAKE_FUZZ_TARGET"

/// The target libFuzzer drives; set once, before the driver starts.
nonisolated(unsafe) private var chosenTarget: FuzzTarget?

private let usage = """
    usage: caseintake-fuzz TARGET [libFuzzer flags] [CORPUS…]
           caseintake-fuzz seeds FOLDER [SAMPLES]   write a seed corpus per target into FOLDER/TARGET/
           caseintake-fuzz list                     the targets, with the -max_len each is run with
    """

@_cdecl("caseintake_fuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    let arguments = (0..<Int(argc)).map { argv[$0].map { String(cString: $0) } ?? "" }
    guard arguments.count >= 2 else {
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        return 2
    }
    switch arguments[1] {
    case "list":
        for target in FuzzTargets.all { print("\(target.name)\t\(target.maxLength)\t\(target.summary)") }
        return 0
    case "seeds":
        guard arguments.count >= 3 else {
            FileHandle.standardError.write(Data((usage + "\n").utf8))
            return 2
        }
        let samples = arguments.count >= 4 ? URL(fileURLWithPath: arguments[3]) : nil
        return SeedCorpus.write(to: URL(fileURLWithPath: arguments[2]), samples: samples)
    default:
        var count = argc
        var libFuzzerArguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        if let target = FuzzTargets.named(arguments[1]) {
            chosenTarget = target
            // libFuzzer sees the program name followed by its own flags: the target name is dropped.
            argv[1] = argv[0]
            count -= 1
            libFuzzerArguments = argv + 1
            // libFuzzer starts itself again without the target name (-minimize_crash, -fork, -merge).
            setenv(targetVariable, target.name, 1)
        } else if let name = ProcessInfo.processInfo.environment[targetVariable] {
            chosenTarget = FuzzTargets.named(name)
        }
        guard chosenTarget != nil else {
            let names = FuzzTargets.all.map(\.name).joined(separator: ", ")
            FileHandle.standardError.write(Data("unknown target \(arguments[1]); targets: \(names)\n".utf8))
            return 2
        }
        return runFuzzerDriver(&count, &libFuzzerArguments) { data, size in
            let bytes = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size)
            chosenTarget?.run(bytes)
            return 0
        }
    }
}
