import Domain
import Storage

/// The demo database: filled on first use; the current login is an administrator who also
/// works at the desk of the demo institution that has the most applicants.
enum DemoSetup {
    static let applicants = 400

    static func prepare(_ database: Database, login: String, persons: Int) throws {
        let count = try database.scalarInt("SELECT count(*) FROM student_record")
        if count == 0 {
            try DemoGenerator(seed: 2012).populateRegistry(database, persons: persons)
        }
        if try database.scalarInt("SELECT count(*) FROM applicant") == 0 {
            let generator = DemoGenerator(seed: 2012)
            try generator.populateApplicants(database, count: applicants, login: login)
            try generator.populateHolidays(database, year: CivilDate.today().year)
            try generator.populateHolidays(database, year: CivilDate.today().year + 1)
            if let institution = try DemoGenerator.busiestInstitution(database) {
                try generator.populateYears(database, institution: institution, today: .today(), login: login)
            }
            try generator.populateInquiries(database, login: login)
        }
        try makeDemoAdministrator(database, login: login)
    }

    /// The login becomes an administrator who also works at the desk of the institution with
    /// the most applicants (so the desk is not empty). An institution already assigned by
    /// someone else is kept; one the demo assigned follows the data.
    static func makeDemoAdministrator(_ database: Database, login: String) throws {
        try database.write {
            let busiest = try database.first("""
                SELECT i.id FROM institution i JOIN applicant a ON a.institution_code = i.code
                GROUP BY i.id ORDER BY count(*) DESC, i.id LIMIT 1
                """) { $0.int64(0) }
            let institution = try busiest ?? database.first("SELECT id FROM institution ORDER BY id LIMIT 1") { $0.int64(0) }
            try database.run("""
                INSERT INTO app_user(login, role, institution_id, created_by) VALUES (?, 'admin', ?, 'demo')
                ON CONFLICT(login) DO UPDATE SET institution_id = excluded.institution_id
                WHERE app_user.created_by = 'demo' OR app_user.institution_id IS NULL
                """, [login, institution])
        }
    }
}
