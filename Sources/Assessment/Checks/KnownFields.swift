import Foundation

/// The mail server's details the customer left open in the hearing sheet but the case's files
/// already tell (a telnet greeting, a capture's SMTP peer, a mail server's log): the mail offers
/// them for confirmation instead of asking again.
enum KnownFields {
    static func of(_ item: ChecklistItem, open fields: [HearingField], in context: CheckContext) -> [KnownField] {
        let server = context.correlation.mailServer
        let sheet = context.hearing?.source
        return fields.compactMap { field -> KnownField? in
            let clue: (value: String, source: String)?
            switch field.id {
            case "mail-server-application":
                clue = server.application.flatMap { name in
                    server.applicationSource.flatMap { $0 == sheet ? nil : (name, $0) }
                }
            case "mail-server-fqdn":
                clue = server.first(address: false, dotted: true, notFrom: sheet).map { ($0.value, $0.source) }
            case "mail-server-ip":
                clue = server.first(address: true, notFrom: sheet).map { ($0.value, $0.source) }
            default:
                clue = nil
            }
            guard let clue else { return nil }
            return KnownField(field: field, value: clue.value, source: PathName.fileName(clue.source))
        }
    }
}

/// File names of paths kept as text (`case.zip!/logs/telnet.txt` → `telnet.txt`): a hearing sheet's
/// source, a timeline entry's file, where a clue came from.
public enum PathName {
    public static func fileName(_ path: String) -> String {
        let last = path.components(separatedBy: "!/").last ?? path
        return last.split(separator: "/").last.map(String.init) ?? last
    }
}
