import Formats
import Foundation
import Intake

/// Who is who: the Normal Server and the mail server, from every file that names them.
enum IdentityResolver {
    /// The Normal Server: the engineer's `--server` first, then msinfo32 (system name, adapter
    /// addresses), then the computer most event logs were written on, then the one host that
    /// opened SMTP sessions in the captures.
    /// - Parameter source: where `given` came from (`--server`, or an earlier round's summary.json).
    static func normalServer(files: [ReceivedFile], given: [String], source: String = "--server") -> ServerIdentity {
        var identity = ServerIdentity()
        for value in given { identity.add(value, from: source) }
        for file in files where file.isReadable {
            guard let summary = file.facts.systemInformation else { continue }
            // The first export (or --server) says who the Normal Server is; an export of another
            // machine is not one more of its names but `identity.other-computer`.
            let cannotTell = identity.names.isEmpty && summary.ipAddresses.isEmpty
            let belongs =
                identity.isUnknown || cannotTell || summary.systemName.map(identity.matches) == true
                || summary.ipAddresses.contains(where: identity.addresses.contains)
            guard belongs else { continue }
            if let name = summary.systemName { identity.add(name, from: file.path.description) }
            for address in summary.ipAddresses where usable(address) {
                identity.add(address, from: file.path.description)
            }
        }
        let logs = files.filter { file in
            guard file.isReadable, let channel = file.facts.eventLog?.channel?.lowercased() else { return false }
            return channel == "application" || channel == "system"
        }
        if identity.names.isEmpty, let name = mostCommonComputer(logs) {
            identity.add(HostName.shortName(name), from: "event logs")
        }
        for log in logs {
            if let computer = mainComputer(log), identity.matches(computer) {
                identity.add(computer, from: log.path.description)
            }
        }
        if identity.addresses.isEmpty {
            var clients: [String: CasePath] = [:]
            for file in files {
                for session in file.facts.capture?.smtpSessions ?? [] where session.server.hasSuffix(":25") {
                    clients[Endpoint.address(of: session.client)] = file.path
                }
            }
            if clients.count == 1, let (address, path) = clients.first {
                identity.add(address, from: path.description)
            }
        }
        return identity
    }

    /// The mail server: the hearing sheet's answers, the telnet target and greeting, the SMTP
    /// peer of the Normal Server's sessions and its greeting, the mail server's log.
    /// - Parameters:
    ///   - earlier: the names and addresses earlier rounds of the case established, from `source`.
    static func mailServer(
        files: [ReceivedFile], hearing: HearingAnswers?, normalServer: ServerIdentity, earlier: [String] = [],
        source: String = ""
    ) -> ServerIdentity {
        var identity = ServerIdentity()
        for value in earlier { identity.add(value, from: source) }
        if let hearing {
            for field in ["mail-server-fqdn", "mail-server-ip", "mail-server-name"] {
                if let value = hearing.stated(field) { identity.add(value, from: hearing.source) }
            }
            identity.application = hearing.stated("mail-server-application")
        }
        var applications: [(name: String, source: String)] = []
        for file in files where file.isReadable {
            if let transcript = file.facts.telnet, transcript.port25 {
                if let host = transcript.host { identity.add(host, from: file.path.description) }
                if let name = transcript.server?.name { identity.add(name, from: file.path.description) }
                if let application = transcript.server?.application {
                    applications.append((application, file.path.description))
                }
            }
            if let summary = file.facts.capture {
                let servers = summary.smtpSessions.filter { session in
                    normalServer.addresses.isEmpty
                        || normalServer.addresses.contains(Endpoint.address(of: session.client))
                }
                let peers = Set(servers.map { Endpoint.address(of: $0.server) })
                guard peers.count <= 3 else { continue }  // many peers: a relay's own capture, not one server
                // Thousands of sessions greet alike: each server and banner is looked at once.
                var seen: Set<[String?]> = []
                for session in servers where seen.insert([session.server, session.banner]).inserted {
                    identity.add(Endpoint.address(of: session.server), from: file.path.description)
                    if let banner = session.banner, let greeting = MailServerIdentity.parseBanner("220 " + banner) {
                        if let name = greeting.name { identity.add(name, from: file.path.description) }
                        if let application = greeting.application {
                            applications.append((application, file.path.description))
                        }
                    }
                }
            }
            if let application = file.facts.mailServerLog?.application {
                applications.append((application.displayName, file.path.description))
            }
        }
        if identity.application == nil, let first = applications.first {
            identity.application = first.name
            identity.applicationSource = first.source
        } else if identity.application != nil {
            identity.applicationSource = hearing?.source
        }
        return identity
    }

    /// The computer most records of a log name.
    static func mainComputer(_ file: ReceivedFile) -> String? {
        file.facts.eventLog.flatMap { $0.mainComputer ?? $0.computers.first }
    }

    private static func mostCommonComputer(_ logs: [ReceivedFile]) -> String? {
        var counts: [String: Int] = [:]
        var first: [String] = []
        for log in logs {
            guard let name = mainComputer(log) else { continue }
            let key = HostName.shortName(name).uppercased()
            if counts[key] == nil { first.append(name) }
            counts[key, default: 0] += 1
        }
        return first.max { counts[HostName.shortName($0).uppercased()]! < counts[HostName.shortName($1).uppercased()]! }
    }

    /// Addresses that say which machine it is: not loopback, not IPv6 link-local.
    private static func usable(_ address: String) -> Bool {
        !HostName.isLoopback(address) && !address.lowercased().hasPrefix("fe80:") && address != "0.0.0.0"
    }
}

extension MailServerLogSignature.Application {
    /// The product's own name.
    var displayName: String {
        switch self {
        case .postfix: return "Postfix"
        case .sendmail: return "Sendmail"
        case .qmail: return "qmail"
        case .exim: return "Exim"
        case .exchangeTracking, .exchangeProtocol: return "Microsoft Exchange"
        case .domino: return "HCL Domino"
        }
    }
}
