import CSQLite
import Foundation
import Domain

/// `sts import students`: registry records from CSV, checked field by field, loaded in
/// batches of one transaction each. A row whose natural key (PIN — or surname, name,
/// father's name and birth date when there is no PIN — with institution, major and
/// admission year) is already stored counts as present, so a re-run after a crash finishes
/// the job without duplicates.
final class StudentImporter {
    enum Column: Int, CaseIterable {
        case pin, surname, name, fatherName, birthDate, admissionYear, institutionCode, institutionName, funding, level
        case yearsOfStudy, majorCode, majorName, enrollmentStatus, educationState
        case diplomaSeries, diplomaNumber, diplomaIssueDate, diplomaLevel
    }

    static let columns: [ColumnSpec] = [
        ColumnSpec(name: "pin", required: false), ColumnSpec(name: "surname", required: true),
        ColumnSpec(name: "name", required: true), ColumnSpec(name: "father_name", required: true),
        ColumnSpec(name: "birth_date", required: true), ColumnSpec(name: "admission_year", required: true),
        ColumnSpec(name: "institution_code", required: true), ColumnSpec(name: "institution_name", required: true),
        ColumnSpec(name: "funding", required: true), ColumnSpec(name: "level", required: true),
        ColumnSpec(name: "years_of_study", required: true), ColumnSpec(name: "major_code", required: true),
        ColumnSpec(name: "major_name", required: true), ColumnSpec(name: "enrollment_status", required: true),
        ColumnSpec(name: "education_state", required: true), ColumnSpec(name: "diploma_series", required: false),
        ColumnSpec(name: "diploma_number", required: false), ColumnSpec(name: "diploma_issue_date", required: false),
        ColumnSpec(name: "diploma_level", required: false),
    ]

    static let fundings: [StaticString] = ["state", "paid"]
    static let levels: [StaticString] = ["secondary-specialised", "bachelor", "master", "doctorate", "residency"]
    static let enrollments: [StaticString] = ["admitted", "transferred-in", "reinstated"]
    static let states: [StaticString] = ["studying", "academic-leave", "graduated", "dismissed", "transferred"]
    static let diplomaLevels: [StaticString] = ["ordinary", "honours"]
    static let graduated = 2

    struct Row {
        var line: Int
        var pin: Span
        var surname: Span
        var name: Span
        var fatherName: Span
        var birthDate: Span
        var admissionYear: Int
        var institutionCode: Span
        var institutionName: Span
        var funding: Int
        var level: Int
        var yearsOfStudy: Int
        var majorCode: Span
        var majorName: Span
        var enrollment: Int
        var state: Int
        var diploma: Bool
        var diplomaSeries: Span
        var diplomaNumber: Span
        var diplomaIssueDate: Span
        var diplomaLevel: Int
        /// The folded search keys and the list's sort key, made while reading.
        var surnameKey: Span = .empty
        var nameKey: Span = .empty
        var sortKey: Span = .empty
        /// Where the record is in the file, kept only when refused rows go to a rejects file.
        var record: Range<Int> = 0..<0
        /// The institution's and the major's code numbered in the order first read, so that
        /// the writing thread finds their ids in an array instead of hashing the code.
        var institution = 0
        var major = 0
    }

    /// Rows read and checked, handed from the reading thread to the writing one with the
    /// bytes their spans point at and the refusals found while reading them.
    final class Batch {
        var rows: [Row] = []
        var owned: [UInt8] = []
        var problems: [ImportProblem] = []
    }

    private let session: ImportSession
    private let database: Database
    private let caller: Caller
    private let today: CivilDate
    // Reading thread only.
    private let keys = ByteCache<(search: [UInt8], sort: [UInt8])>()
    private var sortKey: [UInt8] = []
    private let institutionNumbers = ByteCache<Int>()
    private let majorNumbers = ByteCache<Int>()
    private var numbersGiven = 0
    // Writing thread only: ids by those numbers, 0 until looked up.
    private var institutionIDs: [Int64] = []
    private var majorIDs: [Int64] = []
    private var timestamp = ""
    /// Slices and the pauses between them (`ImportPacing`).
    private var pacing = ImportPacing()

    init(session: ImportSession, database: Database, caller: Caller, today: CivilDate) {
        self.session = session
        self.database = database
        self.caller = caller
        self.today = today
    }

    /// Reads and checks the file on a second thread while this one stores the batch before:
    /// on two cores the checking then costs no time of its own (SQLite's writing is the
    /// longer of the two).
    func run(batchSize: Int, progress: ((ImportSummary) -> Void)?) throws -> ImportSummary {
        session.holdsProblems = true
        let pipe = HandOff<Batch>()
        let reader = BackgroundWork { [self] in read(batchSize: batchSize, into: pipe) }
        defer {
            pipe.cancel()
            reader.wait()
        }
        while let batch = pipe.take() {
            try write(batch)
            session.progress?.finished(rows: session.rowsFinished)
            progress?(session.summary)
        }
        return session.summary
    }

    private func read(batchSize: Int, into pipe: HandOff<Batch>) {
        var batch = Batch()
        batch.rows.reserveCapacity(batchSize)
        while session.nextRecord() {
            do {
                batch.rows.append(try parse())
            } catch let problem as ColumnProblem {
                session.reject(problem.column, problem.reason, kind: problem.kind)
            } catch {
                session.reject(nil, Phrase(az: "\(error)", en: "\(error)"))
            }
            if batch.rows.count >= batchSize {
                guard pipe.put(sealed(batch)) else { return }
                batch = Batch()
                batch.rows.reserveCapacity(batchSize)
            }
        }
        if !batch.rows.isEmpty || !session.held.isEmpty { _ = pipe.put(sealed(batch)) }
        pipe.finish()
    }

    /// Gives the batch the bytes and refusals gathered for it, and its insertion order.
    private func sealed(_ batch: Batch) -> Batch {
        swap(&batch.owned, &session.owned)
        session.owned.reserveCapacity(batch.owned.count)
        swap(&batch.problems, &session.held)
        sortBySortKey(batch)
        return batch
    }

    // MARK: - Checking a row

    private func parse() throws -> Row {
        let s = session
        var pin = try s.text(Column.pin.rawValue, max: 32, required: false)
        if pin.count > 0 && !s.withBytes(pin, Self.isCanonicalPIN) {
            let raw = s.string(pin)
            switch PIN.parse(raw) {
            case .success(let parsed): pin = s.own(parsed.value.utf8)
            case .failure(let invalid): throw ColumnProblem(column: "pin", reason: invalid.phrase)
            }
        }
        let surname = try s.text(Column.surname.rawValue, max: 100, required: true)
        let name = try s.text(Column.name.rawValue, max: 100, required: true)
        let father = try s.text(Column.fatherName.rawValue, max: 100, required: false)
        let birthSpan = try s.text(Column.birthDate.rawValue, max: 10, required: true)
        let birth = try s.check(Column.birthDate.rawValue, birthSpan) { b throws(FieldProblem) in try FieldCheck.date(b) }
        let yearSpan = try s.text(Column.admissionYear.rawValue, max: 4, required: true)
        let admission = try s.check(Column.admissionYear.rawValue, yearSpan) { b throws(FieldProblem) in
            try FieldCheck.integer(b, in: 1992...today.year)
        }
        if birth.year < 1900 || birth > today {
            throw ColumnProblem(column: "birth_date", reason: Phrase(
                az: "\"\(birth)\" doğum tarixi ola bilməz", en: "\"\(birth)\" cannot be a birth date"),
                kind: Phrase(az: "doğum tarixi ola bilməz (1900-dən əvvəl və ya gələcəkdə)",
                             en: "cannot be a birth date (before 1900 or in the future)"))
        }
        let institutionCode = try s.text(Column.institutionCode.rawValue, max: 32, required: true)
        let institutionName = try s.text(Column.institutionName.rawValue, max: 200, required: true)
        let funding = try choice(.funding, Self.fundings)
        let level = try choice(.level, Self.levels)
        let yearsSpan = try s.text(Column.yearsOfStudy.rawValue, max: 2, required: true)
        let years = try s.check(Column.yearsOfStudy.rawValue, yearsSpan) { b throws(FieldProblem) in
            try FieldCheck.integer(b, in: 1...8)
        }
        let majorCode = try s.text(Column.majorCode.rawValue, max: 32, required: true)
        let majorName = try s.text(Column.majorName.rawValue, max: 200, required: true)
        let enrollment = try choice(.enrollmentStatus, Self.enrollments)
        let state = try choice(.educationState, Self.states)

        var row = Row(line: s.line, pin: pin, surname: surname, name: name, fatherName: father, birthDate: birthSpan,
                      admissionYear: admission, institutionCode: institutionCode, institutionName: institutionName,
                      funding: funding, level: level, yearsOfStudy: years, majorCode: majorCode, majorName: majorName,
                      enrollment: enrollment, state: state, diploma: false, diplomaSeries: .empty, diplomaNumber: .empty,
                      diplomaIssueDate: .empty, diplomaLevel: 0)
        row.institution = number(institutionCode, in: institutionNumbers)
        row.major = number(majorCode, in: majorNumbers)
        try parseDiploma(&row)
        makeKeys(&row)
        if s.rejects != nil { row.record = s.recordRange() }
        return row
    }

    /// The code's number, a new one when it is first read. Numbers are never given twice
    /// (institutions and majors share the count); should a cache be emptied at its limit,
    /// a code gets a second number and the writer looks its id up once more.
    private func number(_ code: Span, in numbers: ByteCache<Int>) -> Int {
        session.withBytes(code) { bytes in
            if let known = numbers.value(bytes) { return known }
            let next = numbersGiven
            numbersGiven += 1
            numbers.store(next, for: bytes)
            return next
        }
    }

    /// Already seven of `[0-9A-HJ-NP-Z]` (most files): no String needs to be made.
    static func isCanonicalPIN(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count == 7 else { return false }
        for c in b {
            let digit = c >= 0x30 && c <= 0x39
            let letter = c >= 0x41 && c <= 0x5A && c != 0x49 && c != 0x4F
            if !digit && !letter { return false }
        }
        return true
    }

    private func choice(_ column: Column, _ options: [StaticString]) throws -> Int {
        let span = try session.text(column.rawValue, max: 40, required: true)
        return try session.check(column.rawValue, span) { b throws(FieldProblem) in try FieldCheck.choice(b, options) }
    }

    /// All four diploma fields or none; only a graduate has a diploma.
    private func parseDiploma(_ row: inout Row) throws {
        let s = session
        let series = try s.text(Column.diplomaSeries.rawValue, max: 20, required: false)
        let number = try s.text(Column.diplomaNumber.rawValue, max: 20, required: false)
        let issue = try s.text(Column.diplomaIssueDate.rawValue, max: 10, required: false)
        let levelSpan = try s.text(Column.diplomaLevel.rawValue, max: 20, required: false)
        let given = [(series, Column.diplomaSeries), (number, .diplomaNumber), (issue, .diplomaIssueDate),
                     (levelSpan, .diplomaLevel)]
        let filled = given.filter { $0.0.count > 0 }
        if filled.isEmpty { return }
        if row.state != Self.graduated {
            throw ColumnProblem(column: StudentImporter.columns[filled[0].1.rawValue].name, reason: Phrase(
                az: "diplom yalnız məzunda olur, education_state isə \(Self.states[row.state])",
                en: "only a graduate has a diploma, but education_state is \(Self.states[row.state])"),
                kind: Phrase(az: "diplom verilib, amma education_state graduated deyil",
                             en: "has a diploma, but education_state is not graduated"))
        }
        if let empty = given.first(where: { $0.0.count == 0 }) {
            throw ColumnProblem(column: StudentImporter.columns[empty.1.rawValue].name, reason: Phrase(
                az: "boşdur, diplomun digər sahələri isə doldurulub", en: "is empty while other diploma fields are given"))
        }
        // Only a date that exists: how it relates to the admission year is left to the people
        // who know the case (a diploma entered ahead of the ceremony, a late correction).
        _ = try s.check(Column.diplomaIssueDate.rawValue, issue) { b throws(FieldProblem) in try FieldCheck.date(b) }
        row.diplomaLevel = try s.check(Column.diplomaLevel.rawValue, levelSpan) { b throws(FieldProblem) in
            try FieldCheck.choice(b, Self.diplomaLevels)
        }
        row.diploma = true
        row.diplomaSeries = upperCased(series)
        row.diplomaNumber = number
        row.diplomaIssueDate = issue
    }

    private func upperCased(_ span: Span) -> Span {
        let ascii = session.withBytes(span) { $0.allSatisfy { $0 < 0x80 } }
        if ascii {
            let bytes = session.withBytes(span) { $0.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0 } }
            return session.own(bytes)
        }
        return session.own(AzerbaijaniText.uppercased(session.string(span)).utf8)
    }

    // MARK: - Keys

    /// The search keys of surname and name and the sort key of the whole name, kept in the
    /// batch's bytes.
    private func makeKeys(_ row: inout Row) {
        let surname = nameKeys(row.surname)
        let name = nameKeys(row.name)
        let father = nameKeys(row.fatherName)
        row.surnameKey = session.own(surname.search)
        row.nameKey = session.own(name.search)
        AzerbaijaniText.joinSortKeys(surname.sort, name.sort, father.sort, into: &sortKey)
        row.sortKey = session.own(sortKey)
    }

    /// The folded search key and the sort key of one name part, computed once per spelling.
    private func nameKeys(_ span: Span) -> (search: [UInt8], sort: [UInt8]) {
        session.withBytes(span) { bytes in
            if let cached = keys.value(bytes) { return cached }
            let text = String(decoding: bytes, as: UTF8.self)
            let computed = (search: Array(AzerbaijaniText.searchKey(text).utf8), sort: Array(AzerbaijaniText.sortKey(text).utf8))
            keys.store(computed, for: bytes)
            return computed
        }
    }

    /// Inserts in sort-key order: the list index is on the sort key and the search index
    /// begins with the surname, so consecutive rows land on neighbouring index pages instead
    /// of all over the file. Sorts row numbers, then puts the rows themselves in that order
    /// here, on the reading thread: the writing thread then reads them one after another
    /// (taking them through an index array made it wait for memory on every row — 5 % of an
    /// import's samples, issue 16). (Refused rows are reported with their own line numbers
    /// whatever the order.)
    private func sortBySortKey(_ batch: Batch) {
        var order = Array(batch.rows.indices)
        batch.owned.withUnsafeBufferPointer { owned in
            batch.rows.withUnsafeBufferPointer { rows in
                order.sort { a, b in
                    let x = rows[a].sortKey
                    let y = rows[b].sortKey
                    let common = min(x.count, y.count)
                    if common > 0, let base = owned.baseAddress {
                        let order = memcmp(base + x.start, base + y.start, common)
                        if order != 0 { return order < 0 }
                    }
                    return x.count < y.count
                }
            }
        }
        batch.rows = order.map { batch.rows[$0] }
    }

    // MARK: - Loading a batch

    /// Stores one batch in one transaction and reports, in line order, the rows refused
    /// while reading it and those the database refused.
    private func write(_ batch: Batch) throws {
        var problems = batch.problems
        if !batch.rows.isEmpty {
            try batch.owned.withUnsafeBufferPointer { owned in
                let bytes = BatchBytes(file: session.file, owned: owned)
                try store(batch, bytes, refusing: &problems)
            }
        }
        problems.sort { $0.line < $1.line }
        for problem in problems { session.report(problem) }
    }

    /// Stores a batch in transactions of at most one slice each (`ImportPacing`).
    private func store(_ batch: Batch, _ bytes: BatchBytes, refusing problems: inout [ImportProblem]) throws {
        var position = 0
        while position < batch.rows.count {
            if position > 0 || session.rowsFinished > 0 { try pacing.yield(to: database) }
            let (loaded, present, refused) = try storeSlice(batch, bytes, from: &position, for: pacing.slice())
            session.summary.loaded += loaded
            session.summary.alreadyPresent += present
            problems += refused
        }
    }

    private func storeSlice(_ batch: Batch, _ bytes: BatchBytes, from position: inout Int,
                            for slice: UInt64) throws -> (Int, Int, [ImportProblem]) {
        var loaded = 0
        var present = 0
        var refused: [ImportProblem] = []
        let counter = session.progress
        var finished = session.rowsFinished
        let start = position
        let deadline = DispatchTime.now().uptimeNanoseconds + slice
        do {
            try database.write {
                timestamp = try database.now()
                let insert = try database.statement(RegistrySQL.insertRecord)
                let diploma = try database.statement(RegistrySQL.insertDiploma)
                let remove = try database.statement("DELETE FROM student_record WHERE id = ?")
                // The batch's bytes are bound where they are; none may stay bound after it.
                defer {
                    insert.clearBindings()
                    diploma.clearBindings()
                }
                // Who and when are the same for the whole slice: bound once (copied).
                var code = insert.bindText(17, caller.login)
                code |= insert.bindText(18, timestamp)
                guard code == SQLITE_OK else { throw DatabaseError.from(database.handle, code: code, sql: insert.sql) }
                let signals = database.waitSignal
                while position < batch.rows.count {
                    // Someone waits for the lock, or the slice is over: commit now.
                    if (position - start) % ImportPacing.checkEvery == ImportPacing.checkEvery - 1 {
                        if signals?.othersWaiting() == true { break }
                        if DispatchTime.now().uptimeNanoseconds > deadline { break }
                    }
                    let row = batch.rows[position]
                    position += 1
                    finished += 1
                    counter?.finished(rows: finished)
                    do {
                        try bindRecord(row, bytes, insert)
                        try insert.execute()
                    } catch let error as DatabaseError where error.isConstraint {
                        refused.append(ImportProblem(line: row.line, column: nil, reason: Phrase(
                            az: "verilənlər bazası qəbul etmədi: \(error.message)", en: "refused by the database: \(error.message)"),
                            kind: nil, record: row.record))
                        continue
                    }
                    guard database.changes == 1 else { present += 1; continue }
                    guard row.diploma else { loaded += 1; continue }
                    let id = database.lastInsertRowID
                    try bindDiploma(row, bytes, id: id, diploma)
                    try diploma.execute()
                    if database.changes == 1 {
                        loaded += 1
                    } else {
                        try remove.run([id])
                        let series = bytes.string(row.diplomaSeries)
                        let number = bytes.string(row.diplomaNumber)
                        refused.append(ImportProblem(line: row.line, column: "diploma_number", reason: Phrase(
                            az: "\(series) \(number) diplomu başqa qeydə yazılıb",
                            en: "diploma \(series) \(number) is already registered to another record"),
                            kind: Phrase(az: "diplomu başqa qeydə yazılıb", en: "is already registered to another record"),
                            record: row.record))
                    }
                }
            }
        } catch {
            // The transaction was rolled back: ids looked up during it may not exist.
            institutionIDs = institutionIDs.map { _ in 0 }
            majorIDs = majorIDs.map { _ in 0 }
            throw error
        }
        return (loaded, present, refused)
    }

    private func bindRecord(_ row: Row, _ bytes: BatchBytes, _ statement: Statement) throws {
        var code: Int32 = SQLITE_OK
        func text(_ index: Int32, _ span: Span) { code |= statement.bindTextInPlace(index, bytes[span]) }
        if row.pin.count > 0 { text(1, row.pin) } else { code |= statement.bindNull(1) }
        text(2, row.surname)
        text(3, row.name)
        text(4, row.fatherName)
        text(5, row.surnameKey)
        text(6, row.nameKey)
        text(7, row.sortKey)
        text(8, row.birthDate)
        code |= statement.bindInt(9, Int64(row.admissionYear))
        code |= statement.bindInt(10, try institutionID(row, bytes))
        code |= Self.bindStatic(statement, 11, Self.fundings[row.funding])
        code |= Self.bindStatic(statement, 12, Self.levels[row.level])
        code |= statement.bindInt(13, Int64(row.yearsOfStudy))
        code |= statement.bindInt(14, try majorID(row, bytes))
        code |= Self.bindStatic(statement, 15, Self.enrollments[row.enrollment])
        code |= Self.bindStatic(statement, 16, Self.states[row.state])
        guard code == SQLITE_OK else { throw DatabaseError.from(database.handle, code: code, sql: statement.sql) }
    }

    private func bindDiploma(_ row: Row, _ bytes: BatchBytes, id: Int64, _ statement: Statement) throws {
        var code = statement.bindInt(1, id)
        code |= statement.bindTextInPlace(2, bytes[row.diplomaSeries])
        code |= statement.bindTextInPlace(3, bytes[row.diplomaNumber])
        code |= statement.bindTextInPlace(4, bytes[row.diplomaIssueDate])
        code |= Self.bindStatic(statement, 5, Self.diplomaLevels[row.diplomaLevel])
        guard code == SQLITE_OK else { throw DatabaseError.from(database.handle, code: code, sql: statement.sql) }
    }

    static func bindStatic(_ statement: Statement, _ index: Int32, _ value: StaticString) -> Int32 {
        statement.bindTextInPlace(index, UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    private func institutionID(_ row: Row, _ bytes: BatchBytes) throws -> Int64 {
        if row.institution < institutionIDs.count, institutionIDs[row.institution] != 0 {
            return institutionIDs[row.institution]
        }
        let code = bytes.string(row.institutionCode)
        try database.run("INSERT INTO institution(code, name, city) VALUES (?, ?, '') ON CONFLICT(code) DO NOTHING",
                         [code, bytes.string(row.institutionName)])
        let id = try database.first("SELECT id FROM institution WHERE code = ?", [code]) { $0.int64(0) } ?? 0
        if row.institution >= institutionIDs.count {
            institutionIDs += repeatElement(0, count: row.institution + 1 - institutionIDs.count)
        }
        institutionIDs[row.institution] = id
        return id
    }

    private func majorID(_ row: Row, _ bytes: BatchBytes) throws -> Int64 {
        if row.major < majorIDs.count, majorIDs[row.major] != 0 { return majorIDs[row.major] }
        let code = bytes.string(row.majorCode)
        try database.run("INSERT INTO major(code, name) VALUES (?, ?) ON CONFLICT(code) DO NOTHING",
                         [code, bytes.string(row.majorName)])
        let id = try database.first("SELECT id FROM major WHERE code = ?", [code]) { $0.int64(0) } ?? 0
        if row.major >= majorIDs.count { majorIDs += repeatElement(0, count: row.major + 1 - majorIDs.count) }
        majorIDs[row.major] = id
        return id
    }
}

/// Where a batch's spans point: the mapped file, or the bytes the batch owns.
struct BatchBytes {
    let file: UnsafeBufferPointer<UInt8>
    let owned: UnsafeBufferPointer<UInt8>

    subscript(span: Span) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: (span.owned ? owned : file)[span.start..<span.start + span.count])
    }

    func string(_ span: Span) -> String { String(decoding: self[span], as: UTF8.self) }
}
