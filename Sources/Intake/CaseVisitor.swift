/// Receives the case as Intake walks it. Intake streams every regular file's bytes exactly once:
/// first `open` with the head of the file (for recognition), then `write` on the returned sink
/// for every byte, head included, then `close`.
///
/// With `IntakeWalker.Threads.two` (the default) the visitor is called on a thread of the walk's
/// own, one call at a time, never after `walk` returns: what it gathers may be read once it has.
/// Entries are closed in walk order. A large member of a zip read beside the walk (`SideReader`)
/// may be opened while entries before it are still being read; its sink is then written and
/// finished on another thread, at the same time as the visitor and the other sinks are called,
/// and the entry is closed in its place, after its sink has finished. So a sink must not share
/// state with the visitor or other sinks without a lock.
public protocol CaseVisitor: AnyObject {
    /// A regular, non-archive file begins. `head` holds its first bytes (up to `IntakeWalker.headSize`;
    /// all of it for small files). Return a sink to receive the content, or nil to have it only hashed.
    func open(_ header: EntryHeader, head: UnsafeRawBufferPointer) -> (any EntrySink)?

    /// An entry is done: every entry of every input is closed exactly once, in walk order,
    /// including nested archives (after their members), folders' files, links and skipped
    /// entries; directories are not closed, and neither are the inputs themselves.
    func close(_ entry: ReceivedEntry)
}

/// Takes the bytes of one file, in order.
public protocol EntrySink: AnyObject {
    /// The next block of the file's content.
    func write(_ bytes: UnsafeRawBufferPointer)
    /// The content ended; `complete` is false when a limit, damage or a wrong password cut it short.
    func finish(complete: Bool)
}
