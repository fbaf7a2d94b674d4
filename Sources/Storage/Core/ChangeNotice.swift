/// Tells a live screen, cheaply, that another connection (another clerk's session, an
/// import) has committed since it last asked: `PRAGMA data_version`, which reads a counter
/// in shared memory and touches no table. Ask at most once a second from an idle loop.
/// This connection's own commits do not count — the screen that wrote knows already.
public final class ChangeNotice {
    private let database: Database
    private var seen: Int

    public init(database: Database) throws {
        self.database = database
        self.seen = try database.dataVersion()
    }

    /// True once for each batch of other connections' commits since the last call.
    public func hasChanged() throws -> Bool {
        let now = try database.dataVersion()
        defer { seen = now }
        return now != seen
    }
}
