import Domain
import Foundation

/// Files `sts` writes for a person — exports, contracts, reports, certificates, backups,
/// personal databases: created with the person's own rights, mode 0600, and never in place
/// of a file that is already there unless they said so (`--force`). No umask change is
/// needed: the mode is given to `open(2)` and set again with `fchmod` on the open file.
public enum PrivateFile {
    /// Why a file could not be written, in words a user can act on.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let exists: Bool
        public let reason: String
        public init(path: String, exists: Bool, reason: String) {
            self.path = path
            self.exists = exists
            self.reason = reason
        }
        public var phrase: Phrase {
            exists ? Phrases.fileExists(path) : Phrases.fileNotWritten(path, reason: reason)
        }
        public var description: String { phrase.en }
    }

    /// Writes `data` to a new file at `path` (mode 0600). An existing file is refused unless
    /// `replace`; then the new content is written beside it and renamed over it, so a reader
    /// never sees half a file and a failed write leaves the old one.
    public static func write(_ data: Data, to path: String, replace: Bool = false) throws(Failure) {
        if !replace {
            let descriptor = try create(path)
            try fill(descriptor, with: data, path: path)
            return
        }
        let temporary = path + ".sts-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = try create(temporary)
        do {
            try fill(descriptor, with: data, path: temporary)
        } catch {
            unlink(temporary)
            throw Failure(path: path, exists: false, reason: error.reason)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, exists: false, reason: reason)
        }
    }

    /// Creates an empty file at `path`, mode 0600, failing if anything (a file, a link) is
    /// already there. Used for a personal database before SQLite opens it, so the database
    /// and its -wal and -shm (which SQLite gives the database's mode) are the owner's alone.
    public static func createEmpty(at path: String) throws(Failure) {
        close(try create(path))
    }

    /// Moves a finished file (written under a temporary name) to `path` without replacing
    /// anything there: `link` fails when the name exists, which is what O_EXCL gives a new
    /// file. With `replace`, renames over it.
    public static func publish(_ temporary: String, as path: String, replace: Bool) throws(Failure) {
        if replace {
            guard rename(temporary, path) == 0 else {
                throw Failure(path: path, exists: false, reason: String(cString: strerror(errno)))
            }
            return
        }
        guard link(temporary, path) == 0 else {
            let exists = errno == EEXIST
            throw Failure(path: path, exists: exists, reason: String(cString: strerror(errno)))
        }
        unlink(temporary)
    }

    private static func create(_ path: String) throws(Failure) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Failure(path: path, exists: errno == EEXIST, reason: String(cString: strerror(errno)))
        }
        fchmod(descriptor, 0o600)
        return descriptor
    }

    private static func fill(_ descriptor: Int32, with data: Data, path: String) throws(Failure) {
        defer { close(descriptor) }
        var failure: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if let failure { throw Failure(path: path, exists: false, reason: failure) }
    }
}
