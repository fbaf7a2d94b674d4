import Domain
import Foundation
import Testing
@testable import Storage

@Suite struct RegistryRepositoryTests {
    let database: Database
    let registry: SQLiteRegistryRepository

    init() throws {
        database = try TestSupport.database()
        registry = SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin)
    }

    @Test func addedRecordsComeBackByPINAndID() throws {
        let diploma = Diploma(series: "BA", registrationNumber: "0000042", issueDate: TestSupport.date("2012-06-20"), level: .honours)
        let stored = try registry.add(TestSupport.record(state: .graduated, diploma: diploma), by: TestSupport.admin)
        #expect(stored.id > 0)
        #expect(stored.institutionName == "Bakı Dövlət Universiteti")
        #expect(stored.version == 1)
        #expect(try registry.records(pin: PIN.init("ab12cd3")) == [stored])
        #expect(try registry.record(id: stored.id)?.diploma == diploma)
        #expect(try registry.records(diplomaSeries: "ba", number: " 0000042 ").map(\.id) == [stored.id])
        #expect(try registry.count() == 1)
    }

    @Test func theSamePersonTwiceAtOnePlaceAndYearIsRefused() throws {
        _ = try registry.add(TestSupport.record(), by: TestSupport.admin)
        #expect(throws: ValidationError.self) { try registry.add(TestSupport.record(), by: TestSupport.admin) }
        _ = try registry.add(TestSupport.record(year: 2012), by: TestSupport.admin)
        _ = try registry.add(TestSupport.record(pin: nil), by: TestSupport.admin)
        #expect(throws: ValidationError.self) { try registry.add(TestSupport.record(pin: nil), by: TestSupport.admin) }
        #expect(try registry.count() == 3)
    }

    @Test func anUnknownInstitutionIsNamedInTheError() throws {
        let error = try #require(TestSupport.error {
            _ = try registry.add(TestSupport.record(institution: "NOPE"), by: TestSupport.admin)
        } as? ValidationError)
        #expect(error.field == "institution_code")
    }

    @Test func pagesFollowTheListOrderInBothDirections() throws {
        for (index, surname) in ["Zeynalov", "Əliyev", "Abbasov", "Çələbiyev", "Babayev"].enumerated() {
            _ = try registry.add(TestSupport.record(surname: surname, pin: TestSupport.pinFor(index + 1)), by: TestSupport.admin)
        }
        let first = try registry.rows(after: nil, limit: 2)
        #expect(first.map(\.record.name.surname) == ["Abbasov", "Babayev"])
        let next = try registry.rows(after: first.last?.cursor, limit: 10)
        #expect(next.map(\.record.name.surname) == ["Çələbiyev", "Əliyev", "Zeynalov"])
        let back = try registry.rows(before: next.first?.cursor, limit: 10)
        #expect(back.map(\.record.name.surname) == ["Abbasov", "Babayev"])
        #expect(try registry.rows(before: nil, limit: 1).map(\.record.name.surname) == ["Zeynalov"])
    }

    @Test func anUpdateBumpsTheVersionAndRecordsWho() throws {
        var record = try registry.add(TestSupport.record(), by: TestSupport.admin)
        record.funding = .paid
        record.name.name = "Əlisa"
        let saved = try registry.update(record, by: TestSupport.ssac)
        #expect(saved.version == 2)
        #expect(saved.funding == .paid)
        #expect(try database.scalarText("SELECT updated_by FROM student_record WHERE id = ?", [record.id]) == "ssac1")
        #expect(try registry.search(surnamePrefix: "Mamedov", name: "Alisa", fatherName: nil, born: nil, after: nil,
                                    limit: 5).count == 1)
    }

    @Test func aStateChangeIsKeptInTheHistory() throws {
        let record = try registry.add(TestSupport.record(), by: TestSupport.admin)
        let changed = try registry.changeState(recordID: record.id, to: .academicLeave, on: TestSupport.date("2010-02-01"),
                                               reason: "health", orderNumber: "12/a", expectedVersion: 1, by: TestSupport.clerkBDU)
        #expect(changed.educationState == .academicLeave)
        let history = try registry.statusHistory(recordID: record.id)
        #expect(history.count == 1)
        #expect(history.first?.from == .studying)
        #expect(history.first?.to == .academicLeave)
        #expect(history.first?.recordedBy == "clerk1")
        #expect(throws: ConflictError.self) {
            try registry.changeState(recordID: record.id, to: .studying, on: TestSupport.date("2010-09-01"), reason: "",
                                     orderNumber: "", expectedVersion: 1, by: TestSupport.admin)
        }
        #expect(try registry.statusHistory(recordID: record.id).count == 1)
    }

    @Test func institutionsAndMajorsAreEditedByAdministratorsOnly() throws {
        var bdu = try #require(try registry.institution(code: "BDU"))
        bdu.city = "Bakı şəhəri"
        bdu.rector = "Elçin Babayev"
        let saved = try registry.save(bdu, by: TestSupport.admin)
        #expect(saved.version == 2)
        #expect(saved.rector == "Elçin Babayev")
        #expect(throws: PermissionError.self) { try registry.save(saved, by: TestSupport.ssac) }
        #expect(throws: ConflictError.self) { try registry.save(bdu, by: TestSupport.admin) }
        let added = try registry.save(Major(code: "060101", name: "Fəlsəfə"), by: TestSupport.admin)
        #expect(try registry.majors().contains(added))
        #expect(try registry.institutions().count == 2)
    }
}
