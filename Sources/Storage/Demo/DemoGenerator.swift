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

    /// The i-th PIN of a bijective, random-looking sequence over the 34-symbol FİN alphabet,
    /// so PINs never repeat and need no uniqueness check while generating.
    public static func pin(number: UInt64, seed: UInt64) -> PIN {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        let space: UInt64 = 52_523_350_144 // 34^7
        var x = (number &* 6_364_136_223 &+ seed &* 7_919 &+ 104_729) % space
        var out = [Character](repeating: "0", count: 7)
        for i in 0..<7 {
            out[6 - i] = alphabet[Int(x % 34)]
            x /= 34
        }
        return PIN(unchecked: String(out))
    }

    /// Adds institutions, majors and `persons` people (some with two records: a bachelor who
    /// went on to a master's), in batches of one transaction each. Returns the records added.
    @discardableResult
    public func populateRegistry(_ database: Database, persons: Int, thisYear: Int = CivilDate.today().year,
                                 progress: ((Int) -> Void)? = nil) throws -> Int {
        var random = SeededRandom(seed: seed)
        try database.write {
            for institution in DemoNames.institutions {
                try database.run("INSERT OR IGNORE INTO institution(code, name, city) VALUES (?, ?, ?)",
                                 [institution.code, institution.name, institution.city])
            }
            for major in DemoNames.majors {
                try database.run("INSERT OR IGNORE INTO major(code, name) VALUES (?, ?)", [major.code, major.name])
            }
        }
        let institutionIDs = try database.rows("SELECT id, code FROM institution ORDER BY id") { ($0.int64(0), $0.text(1)) }
        let institutionID = Dictionary(uniqueKeysWithValues: institutionIDs.map { ($1, $0) })
        let majorIDs = try database.rows("SELECT id FROM major ORDER BY id") { $0.int64(0) }
        let firstPerson = UInt64(try database.scalarInt("SELECT count(*) FROM student_record"))

        let insertRecord = """
            INSERT INTO student_record(pin, surname, name, father_name, surname_key, name_key, sort_key,
                birth_date, admission_year, institution_id, funding, level, years_of_study, major_id,
                enrollment_status, education_state)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        let insertDiploma = """
            INSERT INTO diploma(student_record_id, series, registration_number, issue_date, level)
            VALUES (?, ?, ?, ?, ?)
            """
        var added = 0
        var person = 0
        let batch = 20_000
        while person < persons {
            let end = min(persons, person + batch)
            try database.write {
                while person < end {
                    let number = firstPerson + UInt64(person)
                    let female = random.chance(0.52)
                    let surnameBase = DemoNames.surnames[random.skewed(DemoNames.surnames.count)]
                    let surname = female ? surnameBase + "a" : surnameBase
                    let name = female ? DemoNames.femaleNames[random.skewed(DemoNames.femaleNames.count)]
                                      : DemoNames.maleNames[random.skewed(DemoNames.maleNames.count)]
                    let father = DemoNames.maleNames[random.skewed(DemoNames.maleNames.count)] + (female ? " qızı" : " oğlu")
                    let personName = PersonName(surname: surname, name: name, fatherName: father)
                    let admission = 1992 + random.below(thisYear - 1992 + 1)
                    let birthYear = admission - 17 - random.below(3)
                    let birth = CivilDate(year: birthYear, month: 1 + random.below(12), day: 1 + random.below(28))
                        ?? CivilDate(dayNumber: 0)
                    let pin: PIN? = admission < 2008 && random.chance(0.1)
                        ? nil : DemoGenerator.pin(number: number, seed: seed)
                    let institution = DemoNames.institutions[random.skewed(DemoNames.institutions.count)]
                    let secondary = institution.levels == ["secondary-specialised"]
                    let stages = secondary || !random.chance(0.18) ? 1 : 2
                    var year = admission
                    for stage in 0..<stages {
                        let level = secondary ? "secondary-specialised" : (stage == 0 ? "bachelor" : "master")
                        let years = secondary ? 3 : (stage == 0 ? (institution.code == "ATU" ? 6 : 4) : 2)
                        let finished = year + years <= thisYear
                        let state: String
                        if stage == 0 && stages == 2 {
                            state = "graduated"
                        } else if finished {
                            let roll = random.below(100)
                            state = roll < 86 ? "graduated" : roll < 95 ? "dismissed" : "transferred"
                        } else {
                            let roll = random.below(100)
                            state = roll < 90 ? "studying" : roll < 95 ? "academic-leave" : "dismissed"
                        }
                        let enrollment = random.chance(0.93) ? "admitted" : (random.chance(0.6) ? "transferred-in" : "reinstated")
                        let funding = random.chance(0.45) ? "state" : "paid"
                        let majorID = majorIDs[random.skewed(majorIDs.count)]
                        try database.run(insertRecord, [
                            pin?.value, surname, name, father, personName.surnameSearchKey, personName.nameSearchKey,
                            personName.sortKey, birth.description, year, institutionID[institution.code] ?? 1,
                            funding, level, years, majorID, enrollment, state,
                        ])
                        added += 1
                        if state == "graduated" {
                            let recordID = database.lastInsertRowID
                            let series = ["secondary-specialised": "OT", "bachelor": "BA", "master": "MA"][level] ?? "DP"
                            let issue = CivilDate(year: year + years, month: 6 + random.below(2), day: 1 + random.below(28))
                                ?? CivilDate(dayNumber: 0)
                            let honours = random.chance(0.12) ? "honours" : "ordinary"
                            try database.run(insertDiploma, [recordID, series, DemoGenerator.registrationNumber(recordID + 100_000),
                                                             issue.description, honours])
                        }
                        year += years
                        if year > thisYear { break }
                    }
                    person += 1
                }
            }
            progress?(person)
        }
        return added
    }
}

extension DemoGenerator {
    /// Zero-padded to seven digits, like diploma registration numbers.
    static func registrationNumber(_ value: Int64) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }
}
