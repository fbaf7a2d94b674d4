import Domain
import Foundation

/// Name search over the index `student_record_search(surname_key, name_key, birth_date)`.
///
/// A surname prefix is a range on the first column. When a name or a birth date narrows the
/// search, the rows that match are spread over every surname in that range (Məmmədov and
/// Məmmədova are two keys), and reading the whole range to filter it would touch every
/// Məmmədov in the country; so the search steps from one distinct surname key to the next
/// (one index seek each) and, inside each, seeks straight to the name range — and, with a
/// birth date, to each distinct name in it. Results come in index order, which is also the
/// keyset order for paging.
extension SQLiteRegistryRepository: RegistrySearching {
    public func search(surnamePrefix: String, name: String?, fatherName: String?, born: CivilDate?,
                       after cursor: NameSearchCursor?, limit: Int) throws -> [NameSearchRow] {
        try checkBrowsing()
        let surnameKey = AzerbaijaniText.searchKey(surnamePrefix)
        guard !surnameKey.isEmpty, limit > 0 else { return [] }
        let nameKey = name.map(AzerbaijaniText.searchKey).flatMap { $0.isEmpty ? nil : $0 }
        let fatherKey = fatherName.map(AzerbaijaniText.searchKey).flatMap { $0.isEmpty ? nil : $0 }
        let range = KeyRange(prefix: surnameKey)
        var filter = ""
        var filterArguments: [SQLBindable] = []
        if let fatherKey {
            let fatherRange = KeyRange(prefix: fatherKey)
            filter = " AND az_search_key(r.father_name) >= ?" + (fatherRange.upper == nil ? "" : " AND az_search_key(r.father_name) < ?")
            filterArguments = [fatherRange.lower] + (fatherRange.upper.map { [$0] } ?? [])
        }
        return try database.read {
            if nameKey == nil && born == nil {
                return try rangeSearch(range, cursor: cursor, filter: filter, filterArguments: filterArguments, limit: limit)
            }
            return try skipScanSearch(range, nameRange: nameKey.map(KeyRange.init(prefix:)), born: born, cursor: cursor,
                                      filter: filter, filterArguments: filterArguments, limit: limit)
        }
    }

    private func rangeSearch(_ range: KeyRange, cursor: NameSearchCursor?, filter: String,
                             filterArguments: [SQLBindable], limit: Int) throws -> [NameSearchRow] {
        // With a cursor, the cursor is the lower bound: SQLite then seeks straight to it
        // through the index instead of reading the range from its start.
        var sql: String
        var arguments: [SQLBindable]
        if let cursor {
            sql = Self.selectColumns + " WHERE (r.surname_key, r.name_key, r.birth_date, r.id) > (?, ?, ?, ?)"
            arguments = [cursor.surnameKey, cursor.nameKey, cursor.birthDate, cursor.id]
        } else {
            sql = Self.selectColumns + " WHERE r.surname_key >= ?"
            arguments = [range.lower]
        }
        if let upper = range.upper {
            sql += " AND r.surname_key < ?"
            arguments.append(upper)
        }
        sql += filter + " ORDER BY r.surname_key, r.name_key, r.birth_date, r.id LIMIT ?"
        return try database.rows(sql, arguments + filterArguments + [limit], Self.searchRow)
    }

    private func skipScanSearch(_ range: KeyRange, nameRange: KeyRange?, born: CivilDate?, cursor: NameSearchCursor?,
                                filter: String, filterArguments: [SQLBindable], limit: Int) throws -> [NameSearchRow] {
        var found: [NameSearchRow] = []
        var surname: String? = try nextKey(
            "SELECT surname_key FROM student_record WHERE surname_key >= ?", range,
            from: cursor?.surnameKey ?? range.lower, scope: [])
        while let current = surname, found.count < limit {
            let resume = cursor?.surnameKey == current ? cursor : nil
            if let born {
                found += try namesWithBirthDate(surname: current, nameRange: nameRange, born: born, cursor: resume,
                                                filter: filter, filterArguments: filterArguments, limit: limit - found.count)
            } else if let nameRange {
                found += try nameRangeRows(surname: current, nameRange: nameRange, cursor: resume,
                                           filter: filter, filterArguments: filterArguments, limit: limit - found.count)
            }
            surname = try nextKey("SELECT surname_key FROM student_record WHERE surname_key > ?", range,
                                  from: current, scope: [])
        }
        return found
    }

    /// Rows of one surname key whose name key is in `nameRange`, in index order.
    private func nameRangeRows(surname: String, nameRange: KeyRange, cursor: NameSearchCursor?, filter: String,
                               filterArguments: [SQLBindable], limit: Int) throws -> [NameSearchRow] {
        var sql = Self.selectColumns + " WHERE r.surname_key = ?"
        var arguments: [SQLBindable] = [surname]
        if let cursor {
            sql += " AND (r.name_key, r.birth_date, r.id) > (?, ?, ?)"
            arguments += [cursor.nameKey, cursor.birthDate, cursor.id]
        } else {
            sql += " AND r.name_key >= ?"
            arguments.append(nameRange.lower)
        }
        if let upper = nameRange.upper {
            sql += " AND r.name_key < ?"
            arguments.append(upper)
        }
        sql += filter + " ORDER BY r.name_key, r.birth_date, r.id LIMIT ?"
        return try database.rows(sql, arguments + filterArguments + [limit], Self.searchRow)
    }

    /// Rows of one surname key born on `born`: one seek per distinct name key in the range.
    private func namesWithBirthDate(surname: String, nameRange: KeyRange?, born: CivilDate, cursor: NameSearchCursor?,
                                    filter: String, filterArguments: [SQLBindable],
                                    limit: Int) throws -> [NameSearchRow] {
        let names = nameRange ?? KeyRange(lower: "", upper: nil)
        var found: [NameSearchRow] = []
        var name = try nextKey("SELECT name_key FROM student_record WHERE surname_key = ? AND name_key >= ?", names,
                               from: cursor?.nameKey ?? names.lower, scope: [surname])
        while let current = name, found.count < limit {
            var sql = Self.selectColumns + " WHERE r.surname_key = ? AND r.name_key = ? AND r.birth_date = ?"
            var arguments: [SQLBindable] = [surname, current, born.description]
            if let cursor, cursor.nameKey == current {
                sql += " AND (r.birth_date, r.id) > (?, ?)"
                arguments += [cursor.birthDate, cursor.id]
            }
            sql += filter + " ORDER BY r.id LIMIT ?"
            found += try database.rows(sql, arguments + filterArguments + [limit - found.count], Self.searchRow)
            name = try nextKey("SELECT name_key FROM student_record WHERE surname_key = ? AND name_key > ?", names,
                               from: current, scope: [surname])
        }
        return found
    }

    /// The next distinct key in `range` from `from`: one index seek. `sqlPrefix` ends in the
    /// comparison with `from`; `scope` binds what comes before it.
    private func nextKey(_ sqlPrefix: String, _ range: KeyRange, from: String, scope: [SQLBindable]) throws -> String? {
        let column = sqlPrefix.contains("SELECT name_key") ? "name_key" : "surname_key"
        var sql = sqlPrefix
        var arguments: [SQLBindable] = scope + [from]
        if let upper = range.upper {
            sql += " AND \(column) < ?"
            arguments.append(upper)
        }
        sql += " ORDER BY \(column) LIMIT 1"
        return try database.first(sql, arguments) { $0.text(0) }
    }

    static func searchRow(_ row: Row) throws -> NameSearchRow {
        let record = try record(row)
        let cursor = NameSearchCursor(surnameKey: row.text(22), nameKey: row.text(23),
                                      birthDate: row.text(5), id: record.id)
        return NameSearchRow(cursor: cursor, record: record)
    }

    public func records(diplomaSeries: String, number: String) throws -> [StudentRecord] {
        try checkBrowsing()
        let series = Diploma.normalisedSeries(diplomaSeries)
        let registration = Diploma.normalisedNumber(number)
        return try database.rows(Self.selectColumns + " WHERE d.series = ? AND d.registration_number = ?",
                                 [series, registration]) { try Self.record($0) }
    }

    public func count() throws -> Int {
        try checkBrowsing()
        return try database.scalarInt("SELECT count(*) FROM student_record")
    }
}

/// The keys that start with a prefix: `lower <= key < upper`.
struct KeyRange {
    let lower: String
    let upper: String?

    init(lower: String, upper: String?) {
        self.lower = lower
        self.upper = upper
    }

    init(prefix: String) {
        self.init(lower: prefix, upper: AzerbaijaniText.prefixUpperBound(prefix))
    }
}
