import Domain
import Foundation
import Testing
@testable import Storage

/// The one error seam (issue 14): every error a person can meet becomes words through
/// `UserFacing.message(for:log:)`; a database failure is told without its SQL, which goes to
/// the administrators' error log, read by administrators only.
@Suite struct UserFacingErrorTests {
    @Test func aDatabaseFailureIsToldWithoutItsSQLAndLoggedWithIt() throws {
        let database = try TestSupport.database()
        let log = ErrorLog(database: database, login: "leyla")
        let failure = TestSupport.error { try database.run("SELECT surname FROM no_such_table WHERE pin = ?", ["AZ12345"]) }
        let message = UserFacing.message(for: try #require(failure), log: log)
        #expect(message.severity == .error)
        #expect(message.phrase.en == "The database could not do this. The details are in the error log (entry 1); "
                + "the administrator reads it with sts errors.")
        #expect(!message.phrase.az.contains("no_such_table") && !message.phrase.en.contains("SELECT"))
        let entries = try AdminService(database: database, caller: TestSupport.admin).errorLog(before: nil, limit: 10)
        #expect(entries.count == 1)
        #expect(entries[0].id == 1 && entries[0].login == "leyla" && entries[0].kind == "SQLITE_ERROR")
        #expect(entries[0].detail.contains("no such table: no_such_table")
                && entries[0].detail.contains("in: SELECT surname FROM no_such_table"))
    }

    /// A screen reads again at every key: the same failure is one entry, not one per key.
    @Test func theSameFailureAgainIsTheSameEntry() throws {
        let database = try TestSupport.database()
        let log = ErrorLog(database: database, login: "leyla")
        for _ in 0..<5 {
            let failure = try #require(TestSupport.error { try database.run("SELECT * FROM gone") })
            #expect(UserFacing.message(for: failure, log: log).phrase.en.contains("(entry 1)"))
        }
        let other = try #require(TestSupport.error { try database.run("SELECT * FROM also_gone") })
        #expect(UserFacing.message(for: other, log: log).phrase.en.contains("(entry 2)"))
        #expect(try database.scalarInt("SELECT count(*) FROM error_log") == 2)
    }

    @Test func onlyAnAdministratorReadsTheErrorLog() throws {
        let database = try TestSupport.database()
        let clerk = Caller(login: "leyla", role: .clerk, institutionCode: "BDU")
        let refused = TestSupport.error { _ = try AdminService(database: database, caller: clerk).errorLog(before: nil, limit: 5) }
        #expect((refused as? PermissionError)?.phrase.en == "leyla is not permitted to read the error log")
        let ssac = TestSupport.error {
            _ = try ErrorLog(database: database, login: "x").entries(before: nil, limit: 5, by: Caller(login: "x", role: .ssac))
        }
        #expect(ssac is PermissionError, "the log's own read checks the role too")
    }

    @Test func aBusyDatabaseSaysTryAgainAndWritesNothing() throws {
        let database = try TestSupport.database()
        let busy = DatabaseError(code: ResultCode.busy.rawValue, extendedCode: 5, message: "database is locked", sql: "BEGIN IMMEDIATE")
        let message = UserFacing.message(for: busy, log: ErrorLog(database: database, login: "leyla"))
        #expect(message.phrase.en == "The database stayed busy with other users' work; try again in a moment.")
        #expect(try database.scalarInt("SELECT count(*) FROM error_log") == 0)
    }

    @Test func withNoLogSQLitesOneLineStandsInButNeverTheStatement() {
        let failure = DatabaseError(code: ResultCode.cantOpen.rawValue, extendedCode: 14, message: "unable to open database file",
                                    sql: "PRAGMA journal_mode=WAL")
        let message = UserFacing.message(for: failure)
        #expect(message.phrase.en == "This session cannot write to the database. (unable to open database file) Tell the administrator.")
        #expect(!message.phrase.en.contains("PRAGMA"))
    }

    /// One severity for each kind, the same on every screen and on the command line: a
    /// conflicting save is a warning (nothing the user did was wrong: reload and redo), a
    /// refusal an error.
    @Test func eachKindOfRefusalHasOneMessageAndSeverity() {
        let conflict = ConflictError(table: "applicant", id: "7", changedBy: "rauf", changedAt: nil)
        #expect(UserFacing.message(for: conflict) == UserMessage(conflict.phrase, .warning))
        let permission = PermissionError(login: "leyla", action: Actions.changeSettings)
        #expect(UserFacing.message(for: permission) == UserMessage(permission.phrase, .error))
        // The refusal reads whole in each language: no English action inside the Azerbaijani.
        #expect(permission.phrase.az == "leyla istifadəçisinin parametrləri dəyişmək üçün icazəsi yoxdur")
        #expect(permission.phrase.en == "leyla is not permitted to change settings")
        let other = PermissionError(login: "leyla", action: Actions.of(Actions.changeApplicants, institution: "ADNSU"))
        #expect(other.phrase.az == "leyla istifadəçisinin ADNSU müəssisəsi üzrə namizədlərin məlumatlarını dəyişmək üçün icazəsi yoxdur")
        #expect(other.phrase.en == "leyla is not permitted to change applicants of ADNSU")
        let validation = ValidationError(field: "number", reason: Phrase(az: "lazımdır", en: "is required"))
        #expect(UserFacing.message(for: validation).phrase == Phrase(az: "number: lazımdır", en: "number: is required"))
        let refusal = AdmissionRefusal(reasons: [Phrase(az: "3.5: qərar yoxdur", en: "3.5: no decision")])
        #expect(UserFacing.message(for: refusal).phrase.en == "Cannot admit: 3.5: no decision")
        let pin = PIN.Invalid.empty
        #expect(UserFacing.message(for: pin) == UserMessage(pin.phrase, .error))
    }

    @Test func anUnforeseenErrorIsLoggedWithItsTypeAndToldAsUnexpected() throws {
        struct Strange: Error { let detail = "half a page" }
        let database = try TestSupport.database()
        let message = UserFacing.message(for: Strange(), log: ErrorLog(database: database, login: "rauf"))
        #expect(message.phrase.en.hasPrefix("Something unexpected failed. The details are in the error log (entry 1)"))
        #expect(try database.first("SELECT kind FROM error_log") { $0.text(0) }?.contains("Strange") == true)
    }

    @Test func resultCodesHaveNames() {
        #expect(ResultCode(rawValue: 5) == .busy && ResultCode.busy.name == "SQLITE_BUSY")
        #expect(ResultCode(rawValue: 26) == .notADatabase)
        let readOnly = DatabaseError(code: 8, extendedCode: 8, message: "attempt to write a readonly database", sql: nil)
        #expect(readOnly.result == .readOnly && readOnly.isUnreachableFile)
        #expect(!DatabaseError(code: 19, extendedCode: 2067, message: "", sql: nil).isUnreachableFile)
    }
}
