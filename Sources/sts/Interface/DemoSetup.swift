import Domain
import Storage

/// The demo database: filled on first use; the current login is an administrator.
enum DemoSetup {
    static func prepare(_ database: Database, login: String, persons: Int) throws {
        let count = try database.scalarInt("SELECT count(*) FROM student_record")
        if count == 0 {
            try DemoGenerator(seed: 2012).populateRegistry(database, persons: persons)
        }
        try database.write {
            let institution = try database.first("SELECT id FROM institution ORDER BY id LIMIT 1") { $0.int64(0) }
            try database.run("""
                INSERT INTO app_user(login, role, institution_id, created_by) VALUES (?, 'admin', ?, 'demo')
                ON CONFLICT(login) DO NOTHING
                """, [login, institution])
        }
    }
}
