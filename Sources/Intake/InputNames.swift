import Foundation

/// The names the case gives its inputs: each input's own file or folder name, never the folders
/// it was read from (`/srv/received/case.zip` is `case.zip`), since reports go to a wiki. Two
/// inputs with the same name stay apart: `case.zip`, `case.zip (2)`.
enum InputNames {
    /// One name per input, in order.
    static func names(for inputs: [String]) -> [String] {
        var taken = Set<String>()
        return inputs.map { input in
            let base = ownName(input)
            var name = base
            var number = 2
            while !taken.insert(name).inserted {
                name = "\(base) (\(number))"
                number += 1
            }
            return name
        }
    }

    /// The last component of `input` once `.`, `..` and trailing slashes are resolved
    /// (`received/` → `received`, `.` → the current folder's name).
    static func ownName(_ input: String) -> String {
        let trimmed = input.split(separator: "/").last.map(String.init)
        if let trimmed, trimmed != ".", trimmed != ".." { return trimmed }
        let resolved = URL(fileURLWithPath: input).standardizedFileURL.lastPathComponent
        return resolved.isEmpty || resolved == "/" ? "input" : resolved
    }
}
