/// The client whose mail is followed through a log, and the queue / message ids it handed over,
/// kept within a bound (oldest forgotten first: Postfix reuses queue ids).
struct ClientTrail {
    private let addresses: [String]
    private let names: [String]
    private let capacity: Int
    private var followed = Set<String>()
    private var order: [String] = []
    private var orderStart = 0
    private(set) var followedCount = 0

    init(addresses: [String], names: [String], capacity: Int) {
        self.addresses = addresses.map { $0.trimmingASCIISpaces() }.filter { !$0.isEmpty }
        self.names = names.map { $0.trimmingASCIISpaces().lowercased() }.filter { !$0.isEmpty }
        self.capacity = max(1, capacity)
    }

    /// No client was given.
    var isEmpty: Bool { addresses.isEmpty && names.isEmpty }

    /// A syslog line naming the client: `name[IP]` (Postfix, sendmail), `[IP]`, ` IP ` (qmail, rblsmtpd).
    func mentionsClient(_ line: Substring) -> Bool {
        for address in addresses
        where line.contains("[\(address)]") || line.contains(" \(address) ")
            || line.contains("=\(address)") || line.contains("(\(address))")
        {
            return true
        }
        guard !names.isEmpty else { return false }
        let lowered = line.lowercased()
        return names.contains { name in
            lowered.contains("\(name)[") || lowered.contains("=\(name)") || lowered.contains(" \(name) ")
        }
    }

    /// A CSV column that is the client's address or name (Exchange `client-ip` may carry a port).
    func isClient(_ value: String) -> Bool {
        let lowered = value.lowercased()
        return addresses.contains { value == $0 || value.hasPrefix($0 + ":") } || names.contains { lowered == $0 }
    }

    func isFollowed(_ id: String) -> Bool { followed.contains(id) }

    mutating func follow(_ id: String) {
        guard followed.insert(id).inserted else { return }
        followedCount &+= 1
        order.append(id)
        if followed.count > capacity, orderStart < order.count {
            followed.remove(order[orderStart])
            orderStart &+= 1
            if orderStart > capacity {
                order.removeFirst(orderStart)
                orderStart = 0
            }
        }
    }
}
