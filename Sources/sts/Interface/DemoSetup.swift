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
        let institution = try DemoGenerator.busiestInstitution(database) ?? DemoGenerator.firstInstitution(database)
        guard let institution else { return }
        try SQLiteUserRepository(database: database).makeDemoAdministrator(login: login, institutionCode: institution)
    }
}
