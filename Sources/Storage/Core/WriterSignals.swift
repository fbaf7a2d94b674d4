import Foundation

/// What the writers of one database tell each other across processes (issue 16), as shared
/// open-file-description locks (Linux `F_OFD_SETLK`) on two bytes of the database file:
///
/// - *waiting*: a connection whose write is refused as busy holds it until its statement is
///   done; the importer asks (`F_OFD_GETLK`, one system call, no file written) between rows
///   and, when someone waits, commits what it has and lets them in (the audit rows of 32
///   clerks' PIN searches and their saves queued behind the import's write slices);
/// - *bulk load*: held by an import for as long as it runs; other connections then leave the
///   write-ahead log's checkpoint to the import (see `Database`'s WAL hook) instead of copying
///   the import's pages into the database at their own commits.
///
/// Nothing new is created: the bytes lie in the page at 1 GiB that SQLite never stores data
/// in, away from the bytes SQLite itself locks there (its pending, reserved and shared bytes
/// are the first 512), and the locks are advisory, so they change nothing for SQLite, the
/// sqlite3 shell or a backup; a killed holder's locks go with its process. A
/// session of the setgid install needs nothing beyond the database it already opened: the
/// descriptor is opened with the connection, while the group is still held, and a read lock
/// needs only read access. An open-file-description lock, unlike a classic POSIX one, is not
/// dropped when another descriptor of the same file in the process closes (SQLite's own
/// locks on the file are classic ones, and closing this descriptor leaves them alone).
final class WriterSignals {
    /// In SQLite's lock page (byte 0x40000000 of the file onward), after its 512 lock bytes.
    static let waitingByte: off_t = 0x4000_0000 + 2_048
    static let bulkLoadByte: off_t = 0x4000_0000 + 2_049
    private static let getLock: Int32 = 36 // F_OFD_GETLK
    private static let setLock: Int32 = 37 // F_OFD_SETLK

    private let descriptor: Int32
    private(set) var raised = false
    private(set) var holdsBulkLoad = false

    /// Nil for a database with no file (`:memory:`) or one that cannot be opened for reading.
    init?(path: String, noFollow: Bool) {
        guard !path.isEmpty, path != ":memory:" else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (noFollow ? O_NOFOLLOW : 0))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// This connection waits for the write lock (called by the busy handler).
    func raise() {
        guard !raised else { return }
        raised = lock(Self.waitingByte, type: Int16(F_RDLCK))
    }

    /// The wait is over (the statement got the lock, or gave up).
    func lower() {
        guard raised else { return }
        raised = false
        _ = lock(Self.waitingByte, type: Int16(F_UNLCK))
    }

    /// This connection starts (true) or ends (false) a bulk load.
    func bulkLoad(_ running: Bool) {
        guard running != holdsBulkLoad else { return }
        let done = lock(Self.bulkLoadByte, type: Int16(running ? F_RDLCK : F_UNLCK))
        holdsBulkLoad = running && done
    }

    /// True while a connection of another open of the file (another process, or another
    /// connection of this one) waits for the write lock.
    func othersWaiting() -> Bool { heldByOthers(Self.waitingByte) }

    /// True while another connection runs a bulk load.
    func othersLoading() -> Bool { heldByOthers(Self.bulkLoadByte) }

    private func heldByOthers(_ byte: off_t) -> Bool {
        var request = flock()
        request.l_type = Int16(F_WRLCK)
        request.l_whence = Int16(SEEK_SET)
        request.l_start = byte
        request.l_len = 1
        guard fcntl(descriptor, Self.getLock, &request) == 0 else { return false }
        return request.l_type != Int16(F_UNLCK)
    }

    private func lock(_ byte: off_t, type: Int16) -> Bool {
        var request = flock()
        request.l_type = type
        request.l_whence = Int16(SEEK_SET)
        request.l_start = byte
        request.l_len = 1
        return fcntl(descriptor, Self.setLock, &request) == 0
    }
}
