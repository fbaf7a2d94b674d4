import Domain
import Foundation
import Storage

/// `sts init`: creates an empty database at the latest schema, or upgrades an existing one
/// (never overwrites it), and makes its first administrator. With `--group` it sets up the
/// shared server's database the way DESIGN "Data" describes: a directory of the group, mode
/// 2770, that it creates itself (or takes over only when empty), and the file, mode 0660.
enum InitCommand {
    static let help = Phrases.helpInit

    static func run(_ arguments: [String]) throws -> Int32 {
        // init never uses the program's group: whoever runs it acts with their own rights, so
        // nobody can give a file to the group through it (only root, or a member, can).
        Privileges.relinquish()
        let args = try Arguments(arguments, valueOptions: ["--db", "--group", "--admin"], flagOptions: ["--help"])
        if args.has("--help") { print(help.shown); return 0 }
        _ = try args.requirePositionals([])
        let language = StoreCommandSupport.language
        let say = { (phrase: Phrase) in print(phrase.text(language)) }
        let path = DatabaseLocation.resolve(flag: args.value("--db"))
        var administrator = StoreCommandSupport.login()
        if let login = args.value("--admin") {
            guard getpwnam(login) != nil else { throw UsageError(Phrases.initNoLogin(login).text(language)) }
            administrator = login
        }
        let existed = FileManager.default.fileExists(atPath: path)
        var shared: (name: String, id: gid_t)?
        if let group = args.value("--group") {
            guard let entry = getgrnam(group) else { throw UsageError(Phrases.initNoGroup(group).text(language)) }
            shared = (group, entry.pointee.gr_gid)
            for line in try SharedDirectory.prepare(databasePath: path, group: group, id: entry.pointee.gr_gid) {
                say(line)
            }
        } else if !existed {
            try DatabaseLocation.prepareDirectory(for: path)
            do { try PrivateFile.createEmpty(at: path) } catch { throw FailureError(error.phrase) }
        }
        let database: Database
        let before: Int
        do {
            database = try Database(path: path, options: shared == nil ? [] : [.keepWALFiles])
            before = try Migrator.version(database)
            try Migrator.migrate(database)
        } catch let error as DatabaseError {
            throw FailureError("\(path): " + StoreCommandSupport.describe(error))
        }
        let latest = Store.latestSchemaVersion
        if !existed {
            say(Phrases.initCreated(path, schema: latest))
        } else if before < latest {
            say(Phrases.initUpgraded(path, from: before, to: latest))
        } else {
            say(Phrases.initUnchanged(path, schema: latest))
        }
        let users = SQLiteUserRepository(database: database)
        if try users.bootstrapAdministrator(login: administrator, institutionCode: nil) {
            say(Phrases.initAdministrator(administrator))
        } else if args.value("--admin") != nil || !existed {
            say(Phrases.initHasUsers(administrator))
        }
        if let shared {
            try SharedDirectory.shareFiles(of: path, group: shared.id)
            say(Phrases.initFileShared(path, group: shared.name))
        }
        return 0
    }
}

/// The directory and files of the shared database, as `init --group` leaves them.
enum SharedDirectory {
    /// Makes (or takes over, when empty) the directory of `databasePath` for the group, mode
    /// 2770 — set-group-id, so the -wal and -shm files SQLite creates there belong to the group
    /// too — and creates the database file itself, mode 0660. A directory that already holds
    /// other files is refused unless it is already the group's (an upgrade): today's
    /// `--db /root/x.db` must not hand /root to the group. Returns what it did.
    static func prepare(databasePath path: String, group: String, id: gid_t) throws -> [Phrase] {
        let language = StoreCommandSupport.language
        guard getuid() == 0 || isMember(of: id) else {
            throw FailureError(Phrases.initNotPermittedGroup(group).text(language))
        }
        let directory = absoluteDirectory(of: path)
        let parent = (directory as NSString).deletingLastPathComponent
        var done: [Phrase] = []
        var status = stat()
        if lstat(directory, &status) != 0 {
            guard FileManager.default.fileExists(atPath: parent) else {
                throw FailureError(Phrases.initNoParent(parent).text(language))
            }
            // Made closed first, then opened to the group: nobody can slip in between.
            try system(mkdir(directory, 0o700), directory)
            try system(chown(directory, getuid(), id), directory)
            try system(chmod(directory, 0o2770), directory)
            done.append(Phrases.initDirectoryMade(directory, group: group))
        } else {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw FailureError(Phrases.initNotADirectory(directory).text(language))
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            let alreadyShared = status.st_gid == id && status.st_mode & 0o7777 == 0o2770
            if !entries.isEmpty && !alreadyShared {
                let example = entries.sorted().prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
                throw FailureError(Phrases.initDirectoryNotEmpty(directory, group: group, example: example).text(language))
            }
            if !alreadyShared {
                try system(chown(directory, status.st_uid, id), directory)
                try system(chmod(directory, 0o2770), directory)
                done.append(Phrases.initDirectoryTaken(directory, group: group))
            }
        }
        if !FileManager.default.fileExists(atPath: path) {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            try system(descriptor >= 0 ? 0 : -1, path)
            defer { close(descriptor) }
            try system(fchown(descriptor, getuid(), id), path)
            try system(fchmod(descriptor, 0o660), path)
        }
        return done
    }

    /// Gives the database and its -wal and -shm (kept from now on) to the group, mode 0660.
    static func shareFiles(of path: String, group id: gid_t) throws {
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            var status = stat()
            guard lstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            try system(chown(file, status.st_uid, id), file)
            try system(chmod(file, 0o660), file)
        }
    }

    private static func absoluteDirectory(of path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return ((absolute as NSString).standardizingPath as NSString).deletingLastPathComponent
    }

    private static func isMember(of group: gid_t) -> Bool {
        if getgid() == group { return true }
        let count = getgroups(0, nil)
        guard count > 0 else { return false }
        var groups = [gid_t](repeating: 0, count: Int(count))
        return getgroups(count, &groups) > 0 && groups.contains(group)
    }

    private static func system(_ result: Int32, _ path: String) throws {
        guard result == 0 else {
            throw FailureError(Phrases.cannotSetUp(path, reason: String(cString: strerror(errno)))
                .text(StoreCommandSupport.language))
        }
    }
}
