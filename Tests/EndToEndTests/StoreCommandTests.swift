import Foundation
import Testing

@Suite(.enabled(if: StoreEndToEnd.hasBinary, StoreEndToEnd.missingBinary))
struct StoreCommandTests {
    @Test func initCreatesThenLeavesAnExistingDatabaseAlone() throws {
        let directory = try StoreEndToEnd.directory()
        let first = try StoreEndToEnd.run(["init", "--db", "data/sts.db"], in: directory)
        #expect(first.status == 0)
        #expect(first.stdout.contains("created data/sts.db"))
        let second = try StoreEndToEnd.run(["init", "--db", "data/sts.db"], in: directory)
        #expect(second.status == 0)
        #expect(second.stdout.contains("already at schema"))
        #expect(try StoreEndToEnd.run(["init", "--help"], in: directory).stdout.contains("usage: sts init"))
        #expect(try StoreEndToEnd.run(["init", "--db", "x.db", "--bogus"], in: directory).status == 2)
    }

    @Test func importReportsRejectedLinesAndASummary() throws {
        let directory = try StoreEndToEnd.directory()
        var text = StoreEndToEnd.studentCSV(0..<10, crlf: true)
        text += "\(StoreEndToEnd.pin(99)),Bad,Date,x,1990-02-30,2009,BDU,B,state,bachelor,4,050509,K,admitted,studying,,,,\r\n"
        try Data(("\u{FEFF}" + text).utf8).write(to: directory.appendingPathComponent("s.csv"))
        let result = try StoreEndToEnd.run(["import", "students", "s.csv", "--db", "s.db"], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout == """
            loaded 10 · already present 0 · refused 1
              1 row: birth_date is not a valid date (first on line 12)
            the refused rows are listed on standard error; to get them in a file to correct and load again: \
            sts import students s.csv --rejects FILE

            """)
        #expect(result.stderr == "line 12, column birth_date: \"1990-02-30\" is not a valid date\n")
        let again = try StoreEndToEnd.run(["import", "students", "s.csv", "--db", "s.db"], in: directory)
        #expect(again.stdout.hasPrefix("loaded 0 · already present 10 · refused 1\n"))
    }

    @Test func importRefusesAFileItCannotUse() throws {
        let directory = try StoreEndToEnd.directory()
        try Data("surname,name\nA,B\n".utf8).write(to: directory.appendingPathComponent("bad.csv"))
        let header = try StoreEndToEnd.run(["import", "students", "bad.csv", "--db", "s.db"], in: directory)
        #expect(header.status == 2)
        #expect(header.stderr.hasPrefix("sts: bad.csv:"))
        #expect(header.stderr.contains("birth_date"))
        let missing = try StoreEndToEnd.run(["import", "students", "nowhere.csv", "--db", "s.db"], in: directory)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere.csv"))
        #expect(try StoreEndToEnd.run(["import", "teachers", "bad.csv"], in: directory).status == 2)
    }

    @Test func searchFindsOtherSpellingsAndPrintsJSON() throws {
        let directory = try StoreEndToEnd.directory()
        try Data(StoreEndToEnd.studentCSV(0..<60).utf8).write(to: directory.appendingPathComponent("s.csv"))
        #expect(try StoreEndToEnd.run(["import", "students", "s.csv", "--db", "s.db"], in: directory).status == 0)
        let mamedov = try StoreEndToEnd.run(["search", "Mamedov", "--json", "--db", "s.db"], in: directory)
        #expect(mamedov.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(mamedov.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 10)
        let keys = Set(array.first?.keys.map { $0 } ?? [])
        #expect(keys == ["pin", "surname", "name", "father_name", "birth_date", "institution", "admission_year",
                         "major_name", "education_state"])
        #expect(array.allSatisfy { $0["surname"] as? String == "Məmmədov" })
        #expect(array.contains { $0["pin"] is NSNull })
        let guseynova = try StoreEndToEnd.run(["search", "Guseynova", "Ali1", "--json", "--db", "s.db"], in: directory)
        let found = try #require(try JSONSerialization.jsonObject(with: Data(guseynova.stdout.utf8)) as? [[String: Any]])
        #expect(!found.isEmpty && found.allSatisfy { $0["surname"] as? String == "Hüseynova" && $0["name"] as? String == "Əli1" })
        let born = try StoreEndToEnd.run(["search", "ISMAYILOV", "--born", "1983-04-13", "--db", "s.db"], in: directory)
        #expect(born.status == 0)
        #expect(born.stdout.split(separator: "\n").count == 1)
        let none = try StoreEndToEnd.run(["search", "Zzzz", "--json", "--db", "s.db"], in: directory)
        #expect(none.status == 1)
        #expect(none.stdout == "[]\n")
        #expect(try StoreEndToEnd.run(["search", "X", "--born", "1990-13-01", "--db", "s.db"], in: directory).status == 2)
    }

    @Test func theDemoIsTheSameForTheSameSeed() throws {
        let directory = try StoreEndToEnd.directory()
        for name in ["a.db", "b.db"] {
            let demo = try StoreEndToEnd.run(["demo", "--students", "3000", "--applicants", "50", "--seed", "9", "--db", name], in: directory)
            #expect(demo.status == 0)
            #expect(demo.stdout.contains("3000 people"))
        }
        let a = try StoreEndToEnd.run(["search", "Mamedov", "--json", "--db", "a.db"], in: directory)
        let b = try StoreEndToEnd.run(["search", "Mamedov", "--json", "--db", "b.db"], in: directory)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.count > 1000)
    }
}
