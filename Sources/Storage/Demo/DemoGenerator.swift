import CSQLite
import Domain

/// A small, fast, seedable generator (SplitMix64): the same seed gives the same data.
public struct SeededRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    public mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    /// Index into a list ordered from most to least common (roughly Zipf-shaped).
    public mutating func skewed(_ n: Int) -> Int {
        let u = Double(next() >> 11) / Double(1 << 53)
        return min(n - 1, Int(Double(n) * u * u))
    }
}

/// Fills a database with realistic synthetic registry data.
public struct DemoGenerator {
    public var seed: UInt64

    public init(seed: UInt64 = 2012) { self.seed = seed }

    static let pinAlphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)

    /// The i-th PIN of a bijective, random-looking sequence over the 34-symbol FİN alphabet,
    /// so PINs never repeat and need no uniqueness check while generating.
    public static func pin(number: UInt64, seed: UInt64) -> PIN {
        var bytes = [UInt8](repeating: 0, count: 7)
        pinBytes(number: number, seed: seed, into: &bytes)
        return PIN(unchecked: String(decoding: bytes, as: UTF8.self))
    }

    static func pinBytes(number: UInt64, seed: UInt64, into out: inout [UInt8]) {
        let space: UInt64 = 52_523_350_144 // 34^7
        // 6 364 136 223 is prime to 34^7, so the map is a bijection on [0, 34^7).
        var x = (number % space &* 6_364_136_223 % space &+ seed % space &* 7_919 &+ 104_729) % space
        for i in 0..<7 {
            out[6 - i] = pinAlphabet[Int(x % 34)]
            x /= 34
        }
    }

    /// Adds institutions, majors and `persons` people (some with two records: a bachelor who
    /// went on to a master's), in batches of one transaction each. Returns the records added.
    @discardableResult
    public func populateRegistry(_ database: Database, persons: Int, thisYear: Int = CivilDate.today().year,
                                 progress: ((Int) -> Void)? = nil) throws -> Int {
        try database.withLargeCache(megabytes: 512) {
            var loader = try RegistryDemoLoader(database: database, seed: seed, thisYear: thisYear)
            return try database.withoutRowChecks { try loader.run(persons: persons, progress: progress) }
        }
    }
}

extension DemoGenerator {
    /// Zero-padded to seven digits, like diploma registration numbers.
    static func registrationNumber(_ value: Int64) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }
}

/// A name with its folded keys, as bytes ready to bind.
struct DemoName {
    let text: [UInt8]
    let search: [UInt8]
    let sort: [UInt8]

    init(_ text: String) {
        self.text = Array(text.utf8)
        search = Array(AzerbaijaniText.searchKey(text).utf8)
        sort = Array(AzerbaijaniText.sortKey(text).utf8)
    }
}

/// The registry part of the demo: every value is precomputed or built in reused byte
/// buffers and bound straight to one prepared statement, so a million people take seconds.
struct RegistryDemoLoader {
    let database: Database
    let seed: UInt64
    let thisYear: Int
    var random: SeededRandom
    let maleSurnames: [DemoName]
    let femaleSurnames: [DemoName]
    let maleNames: [DemoName]
    let femaleNames: [DemoName]
    let sons: [DemoName]
    let daughters: [DemoName]
    var institutionIDs: [Int64] = []
    var majorIDs: [Int64] = []
    var pin = [UInt8](repeating: 0, count: 7)
    var birth = [UInt8](repeating: 0, count: 10)
    var issue = [UInt8](repeating: 0, count: 10)
    var number = [UInt8](repeating: 0, count: 7)
    var sortKey: [UInt8] = []
    var timestamp: [UInt8] = []

    init(database: Database, seed: UInt64, thisYear: Int) throws {
        self.database = database
        self.seed = seed
        self.thisYear = thisYear
        random = SeededRandom(seed: seed)
        maleSurnames = DemoNames.surnames.map(DemoName.init)
        femaleSurnames = DemoNames.surnames.map { DemoName($0 + "a") }
        maleNames = DemoNames.maleNames.map(DemoName.init)
        femaleNames = DemoNames.femaleNames.map(DemoName.init)
        sons = DemoNames.maleNames.map { DemoName($0 + " oğlu") }
        daughters = DemoNames.maleNames.map { DemoName($0 + " qızı") }
        try database.write {
            // A made-up address and rector (synthetic, like every person here) and the English
            // name, so the demo's contracts have what the appendix asks (issue 15).
            for (index, institution) in DemoNames.institutions.enumerated() {
                let rector = DemoNames.surnames[(index * 7) % DemoNames.surnames.count] + " "
                    + DemoNames.maleNames[(index * 5) % DemoNames.maleNames.count]
                try database.run("""
                    INSERT OR IGNORE INTO institution(code, name, city, address, rector, name_en) VALUES (?, ?, ?, ?, ?, ?)
                    """, [institution.code, institution.name, institution.city,
                          "\(institution.city), Universitet küçəsi \(10 + index)", rector, DemoNames.englishName(institution.code)])
            }
            for major in DemoNames.majors {
                try database.run("INSERT OR IGNORE INTO major(code, name) VALUES (?, ?)", [major.code, major.name])
            }
        }
        for institution in DemoNames.institutions {
            institutionIDs.append(try database.first("SELECT id FROM institution WHERE code = ?", [institution.code]) {
                $0.int64(0)
            } ?? 0)
        }
        for major in DemoNames.majors {
            majorIDs.append(try database.first("SELECT id FROM major WHERE code = ?", [major.code]) { $0.int64(0) } ?? 0)
        }
    }

    static let levels: [StaticString] = ["secondary-specialised", "bachelor", "master"]
    // Indexes into StudentImporter.states.
    static let studying = 0, academicLeave = 1, graduated = 2, dismissed = 3, transferred = 4
    static let series: [StaticString] = ["OT", "BA", "MA"]

    /// Indexes of `student_record` that a load into an empty table builds once at the end
    /// (sorting is much faster than a million random inserts). The no-PIN natural key stays,
    /// since people drawn without a PIN may collide and must be told apart while loading.
    static let deferredIndexes = ["student_record_order", "student_record_search", "student_record_pin_natural"]

    mutating func run(persons: Int, progress: ((Int) -> Void)?) throws -> Int {
        let firstPerson = UInt64(try database.scalarInt("SELECT coalesce(max(id), 0) FROM student_record"))
        var added = 0
        var person = 0
        let empty = firstPerson == 0
        if empty && persons >= 10_000 {
            // One transaction: killed half-way, the database is left as it was, indexes and all.
            try database.write {
                let names = Self.deferredIndexes.map { "'\($0)'" }.joined(separator: ", ")
                let indexes = try database.rows(
                    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'student_record' AND name IN (\(names))"
                ) { ($0.text(0), $0.text(1)) }
                for (name, _) in indexes { try database.execute("DROP INDEX \(name)") }
                while person < persons {
                    let end = min(persons, person + 50_000)
                    added += try addPersons(from: &person, to: end, firstPerson: firstPerson)
                    progress?(person)
                }
                for (_, sql) in indexes { try database.execute(sql) }
            }
            return added
        }
        while person < persons {
            let end = min(persons, person + 50_000)
            try database.write {
                added += try addPersons(from: &person, to: end, firstPerson: firstPerson)
            }
            progress?(person)
        }
        return added
    }

    private mutating func addPersons(from person: inout Int, to end: Int, firstPerson: UInt64) throws -> Int {
        timestamp = Array(try database.now().utf8)
        let insert = try database.statement(RegistrySQL.insertRecord)
        let diploma = try database.statement(RegistrySQL.insertDiploma)
        let history = try database.statement("""
            INSERT INTO status_change(student_record_id, changed_on, from_state, to_state, reason, recorded_by)
            VALUES (?, ?, 'studying', ?, 'demo', 'demo')
            """)
        var added = 0
        while person < end {
            added += try addPerson(personNumber: firstPerson + UInt64(person), insert, diploma, history)
            person += 1
        }
        return added
    }

    /// One person: one record, or two (bachelor then master) for about a sixth of them.
    private mutating func addPerson(personNumber: UInt64, _ insert: Statement, _ diploma: Statement,
                                    _ history: Statement) throws -> Int {
        let female = random.chance(0.52)
        let surnameIndex = random.skewed(maleSurnames.count)
        let surname = female ? femaleSurnames[surnameIndex] : maleSurnames[surnameIndex]
        let name = female ? femaleNames[random.skewed(femaleNames.count)] : maleNames[random.skewed(maleNames.count)]
        let fatherIndex = random.skewed(sons.count)
        let father = female ? daughters[fatherIndex] : sons[fatherIndex]
        let admission = 1992 + random.below(thisYear - 1992 + 1)
        var birthYear = admission - 17 - random.below(3)
        var birthMonth = 1 + random.below(12)
        var birthDay = 1 + random.below(28)
        let hasPIN = !(admission < 2008 && random.chance(0.1))
        if hasPIN { DemoGenerator.pinBytes(number: personNumber, seed: seed, into: &pin) }
        let institutionIndex = random.skewed(DemoNames.institutions.count)
        let institution = DemoNames.institutions[institutionIndex]
        let secondary = institution.levels == ["secondary-specialised"]
        let firstYears = secondary ? 3 : (institution.code == "ATU" ? 6 : 4)
        // A master's follows only a finished bachelor's.
        let stages = secondary || admission + firstYears >= thisYear || !random.chance(0.18) ? 1 : 2
        var year = admission
        var added = 0
        AzerbaijaniText.joinSortKeys(surname.sort, name.sort, father.sort, into: &sortKey)
        for stage in 0..<stages {
            let level = secondary ? 0 : (stage == 0 ? 1 : 2)
            let years = secondary ? 3 : (stage == 0 ? (institution.code == "ATU" ? 6 : 4) : 2)
            let finished = year + years <= thisYear
            let state: Int
            if stage == 0 && stages == 2 {
                state = Self.graduated
            } else if finished {
                let roll = random.below(100)
                state = roll < 86 ? Self.graduated : roll < 95 ? Self.dismissed : Self.transferred
            } else {
                let roll = random.below(100)
                state = roll < 90 ? Self.studying : roll < 95 ? Self.academicLeave : Self.dismissed
            }
            let enrollment: StaticString = random.chance(0.93) ? "admitted" : (random.chance(0.6) ? "transferred-in" : "reinstated")
            let funding: StaticString = random.chance(0.45) ? "state" : "paid"
            let majorID = majorIDs[random.skewed(majorIDs.count)]
            var code: Int32 = SQLITE_OK
            if hasPIN { pin.withUnsafeBufferPointer { code |= insert.bindText(1, $0) } } else { code |= insert.bindNull(1) }
            surname.text.withUnsafeBufferPointer { code |= insert.bindText(2, $0) }
            name.text.withUnsafeBufferPointer { code |= insert.bindText(3, $0) }
            father.text.withUnsafeBufferPointer { code |= insert.bindText(4, $0) }
            surname.search.withUnsafeBufferPointer { code |= insert.bindText(5, $0) }
            name.search.withUnsafeBufferPointer { code |= insert.bindText(6, $0) }
            sortKey.withUnsafeBufferPointer { code |= insert.bindText(7, $0) }
            code |= insert.bindInt(9, Int64(year))
            code |= insert.bindInt(10, institutionIDs[institutionIndex])
            code |= StudentImporter.bindStatic(insert, 11, funding)
            code |= StudentImporter.bindStatic(insert, 12, Self.levels[level])
            code |= insert.bindInt(13, Int64(years))
            code |= insert.bindInt(14, majorID)
            code |= StudentImporter.bindStatic(insert, 15, enrollment)
            code |= StudentImporter.bindStatic(insert, 16, StudentImporter.states[state])
            code |= StudentImporter.bindStatic(insert, 17, "demo")
            timestamp.withUnsafeBufferPointer { code |= insert.bindText(18, $0) }
            // Without a PIN, two people may draw the same name, birth date and place; such a
            // person is born another day instead (the natural key must stay unique).
            var stored = false
            for _ in 0..<8 {
                Self.writeDate(&birth, birthYear, birthMonth, birthDay)
                birth.withUnsafeBufferPointer { code |= insert.bindText(8, $0) }
                guard code == SQLITE_OK else { throw DatabaseError.from(database.handle, code: code, sql: insert.sql) }
                try insert.execute()
                if database.changes == 1 { stored = true; break }
                birthDay = 1 + random.below(28)
                birthMonth = 1 + random.below(12)
                if !hasPIN { continue }
                birthYear -= 1
            }
            guard stored else { break }
            added += 1
            let recordID = database.lastInsertRowID
            if state == Self.graduated {
                Self.writeDate(&issue, year + years, 6 + random.below(2), 1 + random.below(28))
                if year + years == thisYear && Self.isAfterToday(issue) { Self.writeDate(&issue, thisYear, 1, 15) }
                Self.writeNumber(&number, recordID + 100_000)
                code = diploma.bindInt(1, recordID)
                code |= StudentImporter.bindStatic(diploma, 2, Self.series[level])
                number.withUnsafeBufferPointer { code |= diploma.bindText(3, $0) }
                issue.withUnsafeBufferPointer { code |= diploma.bindText(4, $0) }
                code |= StudentImporter.bindStatic(diploma, 5, random.chance(0.12) ? "honours" : "ordinary")
                guard code == SQLITE_OK else { throw DatabaseError.from(database.handle, code: code, sql: diploma.sql) }
                try diploma.execute()
            } else if state != Self.studying {
                let changed = min(thisYear, year + 1 + random.below(max(1, years - 1)))
                Self.writeDate(&issue, changed, 1 + random.below(12), 1 + random.below(28))
                code = history.bindInt(1, recordID)
                issue.withUnsafeBufferPointer { code |= history.bindText(2, $0) }
                code |= StudentImporter.bindStatic(history, 3, StudentImporter.states[state])
                guard code == SQLITE_OK else { throw DatabaseError.from(database.handle, code: code, sql: history.sql) }
                try history.execute()
            }
            year += years
            if year > thisYear { break }
        }
        return added
    }

    static func writeDate(_ out: inout [UInt8], _ year: Int, _ month: Int, _ day: Int) {
        out[0] = UInt8(0x30 + year / 1000 % 10)
        out[1] = UInt8(0x30 + year / 100 % 10)
        out[2] = UInt8(0x30 + year / 10 % 10)
        out[3] = UInt8(0x30 + year % 10)
        out[4] = 0x2D
        out[5] = UInt8(0x30 + month / 10)
        out[6] = UInt8(0x30 + month % 10)
        out[7] = 0x2D
        out[8] = UInt8(0x30 + day / 10)
        out[9] = UInt8(0x30 + day % 10)
    }

    static func isAfterToday(_ date: [UInt8]) -> Bool {
        String(decoding: date, as: UTF8.self) > CivilDate.today().description
    }

    static func writeNumber(_ out: inout [UInt8], _ value: Int64) {
        var v = value
        for i in (0..<7).reversed() {
            out[i] = UInt8(0x30 + v % 10)
            v /= 10
        }
    }
}
