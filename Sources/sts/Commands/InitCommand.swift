import Domain
import Foundation
import Storage

/// `sts init`: creates an empty database at the latest schema, or upgrades an existing one
/// (never overwrites it), and makes the login that runs it the first administrator.
enum InitCommand {
    static let help = """
        usage: sts init [--db PATH] [--group NAME]

        Creates an empty database at the latest schema and says where it is. An existing
        database is upgraded in place, never overwritten. The login that runs this becomes
        the first administrator.

          --db PATH      the database file (default: $STS_DB, else ~/.local/share/sts/sts.db)
          --group NAME   give the database's directory and files to this group, mode 0660,
                         so that its members (the clerks) can all use it
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--group"], flagOptions: ["--help"])
        if args.has("--help") { print(help); return 0 }
        _ = try args.requirePositionals([])
        let path = DatabaseLocation.resolve(flag: args.value("--db"))
        let existed = FileManager.default.fileExists(atPath: path)
        var groupID: gid_t?
        if let group = args.value("--group") {
            guard let entry = getgrnam(group) else { throw UsageError("--group: there is no group \"\(group)\"") }
            groupID = entry.pointee.gr_gid
        }
        do {
            try DatabaseLocation.prepareDirectory(for: path)
        } catch {
            throw FailureError("cannot create the directory of \(path): \(error.localizedDescription)")
        }
        let database: Database
        let before: Int
        do {
            database = try Database(path: path)
            before = try Migrator.version(database)
            try Migrator.migrate(database)
        } catch let error as DatabaseError {
            throw FailureError("\(path): \(error.message)")
        }
        let az = StoreCommandSupport.language == .az
        let latest = Store.latestSchemaVersion
        if !existed {
            print(az ? "yaradıldı: \(path) (sxem \(latest))" : "created \(path) (schema \(latest))")
        } else if before < latest {
            print(az ? "yeniləndi: \(path), sxem \(before) → \(latest)" : "upgraded \(path) from schema \(before) to \(latest)")
        } else {
            print(az ? "\(path) artıq son sxemdədir (\(latest)); heç nə dəyişmədi"
                     : "\(path) is already at schema \(latest); nothing changed")
        }
        let login = StoreCommandSupport.login()
        if try SQLiteUserRepository(database: database).bootstrapAdministrator(login: login, institutionCode: nil) {
            print(az ? "\(login) inzibatçı edildi" : "made \(login) an administrator")
        }
        if let groupID, let group = args.value("--group") {
            try share(path: path, group: groupID)
            print(az ? "\(path) \(group) qrupuna verildi (0660)" : "gave \(path) to group \(group), mode 0660")
        }
        return 0
    }

    private static func share(path: String, group: gid_t) throws {
        let directory = (path as NSString).deletingLastPathComponent
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            guard chown(file, uid_t.max, group) == 0, chmod(file, 0o660) == 0 else {
                throw FailureError("cannot give \(file) to the group: \(String(cString: strerror(errno)))")
            }
        }
        if !directory.isEmpty {
            guard chown(directory, uid_t.max, group) == 0, chmod(directory, 0o2770) == 0 else {
                throw FailureError("cannot give \(directory) to the group: \(String(cString: strerror(errno)))")
            }
        }
    }
}
