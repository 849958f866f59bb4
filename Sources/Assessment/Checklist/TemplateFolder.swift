import Foundation

/// Finds the `Templates/` folder (checklists, hearing sheet, report templates, CSS) that a
/// support lead edits: `--templates DIR` first, then `CASEINTAKE_TEMPLATES`, then beside the
/// executable (`<bin>/Templates`, `<bin>/../share/caseintake/Templates`), then the source tree
/// the binary was built from, so a freshly built binary finds its templates from any folder.
public enum TemplateFolder {
    /// The folder to use, or nil when none holds a `checklists/` subfolder.
    public static func locate(override: String? = nil) -> URL? {
        candidates(override: override).first { folder in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("checklists").path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    /// Where templates are looked for, in order.
    public static func candidates(override: String?) -> [URL] {
        var folders: [URL] = []
        if let override { return [URL(fileURLWithPath: override)] }
        if let variable = ProcessInfo.processInfo.environment["CASEINTAKE_TEMPLATES"], !variable.isEmpty {
            folders.append(URL(fileURLWithPath: variable))
        }
        if let binFolder = executableFolder {
            folders.append(binFolder.appendingPathComponent("Templates"))
            folders.append(binFolder.deletingLastPathComponent().appendingPathComponent("share/caseintake/Templates"))
        }
        // Sources/Assessment/Checklist/TemplateFolder.swift → the package root.
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        folders.append(packageRoot.appendingPathComponent("Templates"))
        return folders
    }

    /// The folder of the running executable, links resolved: `/proc/self/exe` on Linux, since
    /// `argv[0]` is only `caseintake` when the binary was found on PATH.
    static var executableFolder: URL? {
        #if os(Linux)
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                return URL(fileURLWithPath: target).deletingLastPathComponent()
            }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// The default checklist inside a templates folder.
    public static let defaultChecklist = "checklists/serverprotect-mail-notification.yaml"
}
