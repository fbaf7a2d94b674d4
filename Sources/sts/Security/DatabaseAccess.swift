import Domain
import Foundation
import Storage

/// Opens the database a command or session works on, and decides with whose rights.
///
/// With the program's group (a setgid `sts`) only the installation's shared database: a
/// file that already exists, is a regular file (not a link), belongs to the program's group,
/// sits in a directory of that group that others may not write, and starts as an SQLite
/// database that `sts init` made. Any other path — a personal database, `--demo`, a file of
/// the user's — is opened with the user's own rights, and a missing one is created mode 0600.
/// Either way the group is given up for good before this returns: later work (reading a CSV,
/// writing an export) never has it, and no second database can be opened with it.
enum DatabaseAccess {
    /// Why a path was not taken as the shared database (said when the user's own rights
    /// then cannot open it either).
    enum Refusal: Error, Equatable {
        case missing, unreachable, notRegularFile, otherGroup, openDirectory, notSQLite, sideFile
    }

    static func open(path: String, create: Bool) throws -> Database {
        defer { Privileges.relinquish() }
        var refusal: Refusal?
        if let group = Privileges.programGroup, Privileges.canRaise {
            switch Privileges.withProgramGroup({ inspect(path, group: group) }) {
            case .success(let identity):
                return try Privileges.withProgramGroup {
                    let database = try Store.open(path: path, options: [.noFollow, .keepWALFiles], initialisedOnly: true)
                    // The file SQLite opened must still be the one inspected (no swap between).
                    guard case .success(let again) = inspect(path, group: group), again == identity else {
                        throw FailureError(Phrases.cliChangedWhileOpening(path))
                    }
                    return database
                }
            case .failure(let why):
                refusal = why
            }
        }
        Privileges.relinquish()
        return try openOwn(path: path, create: create, refusal: refusal)
    }

    /// A database of the user's own: created (mode 0600, directory 0700) when missing and
    /// `create` is set.
    private static func openOwn(path: String, create: Bool, refusal: Refusal?) throws -> Database {
        let language = StoreCommandSupport.language
        var status = stat()
        if stat(path, &status) != 0 {
            let reason = String(cString: strerror(errno))
            guard errno == ENOENT else {
                throw FailureError(Phrases.databaseNotYours(path, reason: reason, refusal: refusal?.phraseKey).text(language))
            }
            guard create else { throw FailureError(Phrases.noDatabase(path).text(language)) }
            try DatabaseLocation.prepareDirectory(for: path)
            do {
                try PrivateFile.createEmpty(at: path)
            } catch {
                throw FailureError(error.phrase.text(language))
            }
        }
        do {
            return try Store.open(path: path)
        } catch let error as DatabaseError where error.isUnreachableFile {
            throw FailureError(Phrases.databaseNotYours(path, reason: error.message, refusal: refusal?.phraseKey).text(language))
        }
    }

    /// Who a file is, to see it is still the same after opening.
    struct Identity: Equatable {
        let device: UInt64
        let inode: UInt64
    }

    /// Checks `path` against the rules for the shared database; run with the program's group
    /// (the directory is the group's alone, so only then can it be looked into).
    static func inspect(_ path: String, group: gid_t) -> Result<Identity, Refusal> {
        let name = (path as NSString).lastPathComponent
        if name.hasSuffix("-wal") || name.hasSuffix("-shm") || name.hasSuffix("-journal") { return .failure(.sideFile) }
        var status = stat()
        guard lstat(path, &status) == 0 else { return .failure(errno == ENOENT ? .missing : .unreachable) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegularFile) }
        guard status.st_gid == group else { return .failure(.otherGroup) }
        var directory = stat()
        let parent = (path as NSString).deletingLastPathComponent
        guard stat(parent.isEmpty ? "." : parent, &directory) == 0, directory.st_gid == group,
              directory.st_mode & S_IWOTH == 0 else { return .failure(.openDirectory) }
        let descriptor = Foundation.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreachable) }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 16)
        var opened = stat()
        guard read(descriptor, &header, 16) == 16, header == Array("SQLite format 3\0".utf8),
              fstat(descriptor, &opened) == 0, opened.st_dev == status.st_dev, opened.st_ino == status.st_ino else {
            return .failure(.notSQLite)
        }
        return .success(Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)))
    }
}

extension DatabaseAccess.Refusal {
    var phraseKey: Phrase {
        switch self {
        case .missing: Phrases.refusalMissing
        case .unreachable: Phrases.refusalUnreachable
        case .notRegularFile: Phrases.refusalNotRegularFile
        case .otherGroup: Phrases.refusalOtherGroup
        case .openDirectory: Phrases.refusalOpenDirectory
        case .notSQLite: Phrases.refusalNotSQLite
        case .sideFile: Phrases.refusalSideFile
        }
    }
}
