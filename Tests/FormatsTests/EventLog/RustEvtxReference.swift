import Foundation

/// Record counts and TimeCreated ranges computed by the Rust `evtx` parser (PyPI package `evtx`,
/// `PyEvtxParser.records_json()`), run through python3: the independent reference for evtx tests.
enum RustEvtxReference {
    struct Facts: Equatable {
        var records: Int
        /// Microseconds since 1970 of the earliest and latest System/TimeCreated@SystemTime,
        /// exactly the digits the parser prints.
        var first: Int64?
        var last: Int64?
    }

    static let available: Bool = run(["-c", "import evtx"]) != nil

    private static let script = """
        import sys, json, calendar
        from evtx import PyEvtxParser
        def seconds(text):
            # "2019-04-27T21:04:25.733401Z": integer microseconds, exact to the digit, no datetime rounding
            body = text.rstrip('Z')
            whole, _, fraction = body.partition('.')
            base = calendar.timegm(tuple(int(x) for x in whole.replace('T', '-').replace(':', '-').split('-')))
            return base * 1000000 + int((fraction + '000000')[:6])
        out = {}
        for path in sys.argv[1:]:
            it = PyEvtxParser(path).records_json()
            n, times, errors = 0, [], 0
            while True:
                try:
                    record = next(it)
                except StopIteration:
                    break
                except Exception:
                    errors += 1
                    if errors > 10000: break
                    continue
                n += 1
                try:
                    system = json.loads(record['data'])['Event']['System']
                    times.append(seconds(system['TimeCreated']['#attributes']['SystemTime']))
                except (KeyError, TypeError, ValueError):
                    pass
            out[path] = [n, min(times) if times else None, max(times) if times else None]
        print(json.dumps(out))
        """

    /// The reference facts for each file, by path.
    static func facts(for paths: [String]) -> [String: Facts]? {
        guard let output = run(["-c", script] + paths),
            let json = try? JSONSerialization.jsonObject(with: output) as? [String: [Any]]
        else { return nil }
        return json.mapValues { values in
            Facts(
                records: values[0] as? Int ?? -1, first: (values[1] as? NSNumber)?.int64Value,
                last: (values[2] as? NSNumber)?.int64Value)
        }
    }

    private static func run(_ arguments: [String]) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }
}
