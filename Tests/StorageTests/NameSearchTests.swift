import Domain
import Foundation
import Testing
@testable import Storage

@Suite struct NameSearchTests {
    let database: Database
    let registry: SQLiteRegistryRepository

    init() throws {
        database = try TestSupport.database()
        registry = SQLiteRegistryRepository(database: database, browsingAs: TestSupport.admin)
        let people: [(String, String, String, String)] = [
            ("Məmmədov", "Əli", "Hüseyn oğlu", "1990-05-17"), ("Məmmədova", "Aysel", "Rəşad qızı", "1992-01-02"),
            ("Hüseynov", "Kamran", "Tofiq oğlu", "1989-03-03"), ("Əliyev", "Rüstəm", "Namiq oğlu", "1991-07-07"),
            ("İsmayılov", "Orxan", "Elçin oğlu", "1993-08-08"), ("Quliyev", "Samir", "Vaqif oğlu", "1990-05-17"),
            ("Məmmədov", "Zaur", "Əli oğlu", "1990-05-17"), ("Məlikov", "Fuad", "Cəlil oğlu", "1988-12-12"),
        ]
        for (index, person) in people.enumerated() {
            _ = try registry.add(TestSupport.record(surname: person.0, name: person.1, father: person.2,
                                                    pin: TestSupport.pinFor(index + 100), born: person.3),
                                 by: TestSupport.admin)
        }
    }

    func surnames(_ prefix: String, name: String? = nil, father: String? = nil, born: String? = nil) throws -> [String] {
        try registry.search(surnamePrefix: prefix, name: name, fatherName: father, born: born.map(TestSupport.date),
                            after: nil, limit: 50).map { $0.record.name.surname + " " + $0.record.name.name }
    }

    @Test func theSpellingsPeopleTypeFindTheRegistrySpelling() throws {
        for spelling in ["Mammadov", "MAMMADOV", "Mamedov", "Мамедов", "məmmədov"] {
            #expect(try surnames(spelling) == ["Məmmədov Əli", "Məmmədov Zaur", "Məmmədova Aysel"], "\(spelling)")
        }
        #expect(try surnames("məmməd").count == 3)
        for spelling in ["Huseynov", "Guseynov", "Гусейнов", "HÜSEYNOV"] {
            #expect(try surnames(spelling) == ["Hüseynov Kamran"], "\(spelling)")
        }
        #expect(try surnames("Aliyev") == ["Əliyev Rüstəm"])
        #expect(try surnames("Aliev") == ["Əliyev Rüstəm"])
        #expect(try surnames("Ismayilov") == ["İsmayılov Orxan"])
        #expect(try surnames("Guliyev") == ["Quliyev Samir"])
        #expect(try surnames("Mamedova") == ["Məmmədova Aysel"])
    }

    @Test func nameFatherAndBirthDateNarrowTheSearch() throws {
        #expect(try surnames("Mamedov", name: "Zaur") == ["Məmmədov Zaur"])
        #expect(try surnames("Mamedov", name: "A") == ["Məmmədov Əli", "Məmmədova Aysel"])
        #expect(try surnames("Mamedov", father: "Ali") == ["Məmmədov Zaur"])
        #expect(try surnames("M", born: "1990-05-17") == ["Məmmədov Əli", "Məmmədov Zaur"])
        #expect(try surnames("Mamedov", name: "Ali", born: "1990-05-17") == ["Məmmədov Əli"])
        #expect(try surnames("Mamedov", name: "Ali", born: "1990-05-18").isEmpty)
        #expect(try surnames("").isEmpty)
    }

    @Test func pagingVisitsEveryMatchOnceInOrder() throws {
        for limit in 1...3 {
            for born in [nil, "1990-05-17"] as [String?] {
                var seen: [Int64] = []
                var cursor: NameSearchCursor?
                while true {
                    let page = try registry.search(surnamePrefix: "M", name: nil, fatherName: nil,
                                                   born: born.map(TestSupport.date), after: cursor, limit: limit)
                    seen += page.map(\.record.id)
                    guard page.count == limit, let last = page.last else { break }
                    cursor = last.cursor
                }
                let all = try registry.search(surnamePrefix: "M", name: nil, fatherName: nil,
                                              born: born.map(TestSupport.date), after: nil, limit: 100).map(\.record.id)
                #expect(seen == all)
                #expect(Set(seen).count == seen.count)
                #expect(all.count == (born == nil ? 4 : 2))
            }
        }
    }

    /// The budget (5 ms for the first 50 of 5 000 000) needs the index, never a table scan.
    @Test func theSearchQueriesUseTheIndex() throws {
        let plans = [
            "SELECT id FROM student_record WHERE surname_key >= 'mam' AND surname_key < 'man' ORDER BY surname_key, name_key, birth_date, id LIMIT 50",
            "SELECT surname_key FROM student_record WHERE surname_key > 'mamadov' AND surname_key < 'man' ORDER BY surname_key LIMIT 1",
            "SELECT id FROM student_record WHERE surname_key = 'mamadov' AND name_key >= 'al' AND name_key < 'am' ORDER BY name_key, birth_date, id LIMIT 50",
            "SELECT id FROM student_record WHERE surname_key = 'mamadov' AND name_key = 'ali' AND birth_date = '1990-05-17' ORDER BY id LIMIT 50",
            "SELECT id FROM student_record WHERE pin = 'AB12CD3'",
        ]
        for sql in plans {
            let plan = try database.rows("EXPLAIN QUERY PLAN " + sql) { $0.text(3) }.joined(separator: "; ")
            #expect(plan.contains("USING INDEX") || plan.contains("USING COVERING INDEX"), "\(sql): \(plan)")
            #expect(!plan.contains("SCAN student_record") || plan.contains("USING"), "\(sql): \(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(sql): \(plan)")
        }
    }
}
