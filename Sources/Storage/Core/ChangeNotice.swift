/// Tells a live screen, cheaply, that the data it shows may have changed since it last
/// asked: another connection (another clerk's session, an import) committed — `PRAGMA
/// data_version`, which reads a counter in shared memory and touches no table — and, when
/// asked for, this connection wrote (`sqlite3_total_changes64`, a counter in memory). Ask at
/// most once a second from an idle loop, and when a screen is shown again.
///
/// A list in one area counts its own session's writes too (issue 15): a dismissal saved in
/// Students must show its 4.12 notices in Deadlines at once, and the screen that wrote is not
/// the one that shows them.
public final class ChangeNotice {
    private let database: Database
    private let countsOwnWrites: Bool
    private var seen: Int
    private var seenOwn: Int64

    public init(database: Database, countsOwnWrites: Bool = false) throws {
        self.database = database
        self.countsOwnWrites = countsOwnWrites
        self.seen = try database.dataVersion()
        self.seenOwn = database.totalChanges
    }

    /// True once for each batch of commits since the last call: other connections' always,
    /// this connection's own when the notice counts them.
    public func hasChanged() throws -> Bool {
        let now = try database.dataVersion()
        let own = database.totalChanges
        defer { seen = now; seenOwn = own }
        return now != seen || (countsOwnWrites && own != seenOwn)
    }
}
