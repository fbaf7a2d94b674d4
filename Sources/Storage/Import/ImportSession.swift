import Domain
import Foundation

/// A column an import reads; a required one must be in the header.
struct ColumnSpec {
    let name: String
    let required: Bool
}

/// What every import shares: the file's bytes, its header, the current record, the bytes a
/// batch owns (values rewritten while checking: quotes undone, PINs upper-cased), the counts,
/// and where refused rows are reported.
final class ImportSession {
    let file: UnsafeBufferPointer<UInt8>
    private var reader: CSVReader
    private(set) var fields: [CSVField] = []
    var owned: [UInt8] = []
    private var columnIndex: [Int]
    let columns: [ColumnSpec]
    private let headerCount: Int
    var summary = ImportSummary()
    private let onProblem: (ImportProblem) -> Void
    private(set) var line = 0
    /// Where refused rows are written as they were, when the operator asked for a file.
    let rejects: RejectsFile?
    /// Told how far reading and writing have got (for a progress line).
    let progress: ImportProgress?
    private var recordsRead = 0
    /// The header ends with `line,reason` (a rejects file loaded again): those two fields are
    /// left out of a row written to the new rejects file, which adds its own.
    private var endsWithRejectColumns = false
    /// The current record has the header's shape (so its last two fields can be found).
    private var recordIsWhole = false

    init(file: UnsafeBufferPointer<UInt8>, columns: [ColumnSpec], rejects: RejectsFile? = nil,
         progress: ImportProgress? = nil, onProblem: @escaping (ImportProblem) -> Void) throws {
        self.file = file
        self.columns = columns
        self.onProblem = onProblem
        self.rejects = rejects
        self.progress = progress
        progress?.start(totalBytes: file.count)
        reader = CSVReader(bytes: file)
        var header: [CSVField] = []
        guard let first = reader.next(&header) else {
            throw ImportFileError(reason: Phrase(az: "fayl boşdur, başlıq sətri yoxdur", en: "the file is empty (no header line)"))
        }
        switch first.problem {
        case nil: break
        case .tooManyFields(let limit)?:
            throw ImportFileError(reason: Phrase(az: "başlıq sətrində \(limit) sahədən çox var", en: "the header line has more than \(limit) fields"))
        case .tooLong(let limit)?:
            throw ImportFileError(reason: Phrase(az: "başlıq sətri \(limit) baytdan uzundur", en: "the header line is longer than \(limit) bytes"))
        default:
            throw ImportFileError(reason: Phrase(az: "başlıq sətri düzgün CSV deyil", en: "the header line is not valid CSV"))
        }
        var owned: [UInt8] = []
        var positions: [String: Int] = [:]
        for (index, field) in header.enumerated() {
            let span = reader.span(field, owned: &owned)
            let bytes = span.owned ? Array(owned[span.start..<span.start + span.count])
                                   : Array(UnsafeBufferPointer(rebasing: file[span.start..<span.start + span.count]))
            let name = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
            guard columns.contains(where: { $0.name == name }) else { continue }
            if positions[name] != nil {
                throw ImportFileError(reason: Phrase(az: "başlıqda \(name) sütunu iki dəfə var",
                                                     en: "the header names column \(name) twice"))
            }
            positions[name] = index
        }
        let missing = columns.filter { $0.required && positions[$0.name] == nil }.map(\.name)
        if !missing.isEmpty {
            let list = missing.joined(separator: ", ")
            throw ImportFileError(reason: missing.count == 1
                ? Phrase(az: "başlıqda \(list) sütunu yoxdur", en: "the header has no column \(list)")
                : Phrase(az: "başlıqda bu sütunlar yoxdur: \(list)", en: "the header lacks columns \(list)"))
        }
        columnIndex = columns.map { positions[$0.name] ?? -1 }
        headerCount = header.count
        // A record with a few fields too many is told exactly how many; one with more than
        // twice the header's is stopped there, before it costs memory (issue 12).
        reader.maxFields = 2 * header.count
        fields = header
        let lastNames = header.suffix(2).map { field in
            String(decoding: UnsafeBufferPointer(rebasing: file[field.start..<field.end]), as: UTF8.self)
                .trimmingCharacters(in: .whitespaces).lowercased()
        }
        endsWithRejectColumns = header.count > 2 && lastNames == ["line", "reason"]
        if let rejects {
            recordIsWhole = true
            rejects.writeHeader(UnsafeBufferPointer(rebasing: file[recordRange()]))
        }
        fields.removeAll()
    }

    /// The current record's bytes without its line end (and without the `line` and `reason`
    /// of a rejects file loaded again).
    func recordRange() -> Range<Int> {
        let start = reader.recordStart
        var end = reader.position
        if end > start && file[end - 1] == 0x0A { end -= 1 }
        if end > start && file[end - 1] == 0x0D { end -= 1 }
        // A row of the wrong length keeps its last two fields only when they are not a line
        // number and a reason (a row refused for its length is refused again with them).
        if endsWithRejectColumns && recordIsWhole && fields.count >= 2
            && (fields.count == headerCount || isLineNumber(fields[fields.count - 2])) {
            // The comma before the `line` field (and its opening quote, if it has one).
            var cut = fields[fields.count - 2].start
            if cut > start && file[cut - 1] == 0x22 { cut -= 1 }
            if cut > start && file[cut - 1] == 0x2C { cut -= 1 }
            end = min(end, cut)
        }
        return start..<max(start, end)
    }

    private func isLineNumber(_ field: CSVField) -> Bool {
        field.end > field.start && file[field.start..<field.end].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Moves to the next record whose shape is right (structure and field count), reporting
    /// the ones that are not; false at the end of the file.
    func nextRecord() -> Bool {
        while let next = reader.next(&fields) {
            line = next.line
            recordsRead += 1
            progress?.read(bytes: reader.position, rows: recordsRead)
            recordIsWhole = next.problem == nil
            if let problem = next.problem {
                switch problem {
                case .unclosedQuote:
                    reject(nil, Phrase(az: "dırnaq içindəki sahə faylın sonunadək bağlanmayıb",
                                       en: "a quoted field is not closed before the end of the file"))
                case .textAfterQuote(let field):
                    reject(headerName(field), Phrase(az: "bağlanan dırnaqdan sonra mətn var", en: "text follows the closing quote"),
                           kind: Phrase(az: "bağlanan dırnaqdan sonra mətn var", en: "has text after its closing quote"))
                case .strayQuote(let field):
                    reject(headerName(field), Phrase(az: "dırnaqsız sahənin içində dırnaq var",
                                                     en: "a quote inside a field that is not quoted"),
                           kind: Phrase(az: "dırnaqsızdır, amma içində dırnaq var", en: "has a quote inside but is not quoted"))
                case .tooManyFields(let limit):
                    reject(nil, Phrase(az: "\(limit) sahədən çox var, başlıqda isə \(headerCount); sətrin qalanı oxunmadı",
                                       en: "more than \(limit) fields, but the header has \(headerCount); the rest of the line was skipped"))
                case .tooLong(let limit):
                    reject(nil, Phrase(az: "qeyd \(limit) baytdan (64 KiB) uzundur; sətrin qalanı oxunmadı",
                                       en: "the record is longer than \(limit) bytes (64 KiB); the rest of the line was skipped"))
                }
                continue
            }
            guard fields.count == headerCount else {
                // In a rejects file loaded again, counted without its own line and reason.
                var have = fields.count
                var want = headerCount
                if endsWithRejectColumns {
                    want -= 2
                    if have >= 2 && isLineNumber(fields[have - 2]) { have -= 2 }
                }
                reject(nil, Phrase(az: "\(have) sahə var, başlıqda isə \(want)",
                                   en: "\(have) fields, but the header has \(want)"),
                       kind: Phrase(az: "sahələrin sayı başlıqdakı ilə eyni deyil",
                                    en: "the number of fields is not the header's"))
                continue
            }
            return true
        }
        return false
    }

    private func headerName(_ field: Int) -> String? {
        columnIndex.firstIndex(of: field).map { columns[$0].name }
    }

    /// The trimmed value of column `column` (an index into `columns`) of the current record;
    /// empty when the file has no such column.
    func span(_ column: Int) -> Span {
        let index = columnIndex[column]
        guard index >= 0 else { return .empty }
        return trimmed(reader.span(fields[index], owned: &owned))
    }

    func trimmed(_ span: Span) -> Span {
        if span.owned { return owned.withUnsafeBufferPointer { span.trimmed(in: $0) } }
        return span.trimmed(in: file)
    }

    func withBytes<R>(_ span: Span, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if span.owned {
            return try owned.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[span.start..<span.start + span.count])) }
        }
        return try body(UnsafeBufferPointer(rebasing: file[span.start..<span.start + span.count]))
    }

    /// Appends bytes the batch owns and returns where they are.
    func own(_ bytes: some Sequence<UInt8>) -> Span {
        let start = owned.count
        owned.append(contentsOf: bytes)
        return Span(start: start, count: owned.count - start, owned: true)
    }

    func string(_ span: Span) -> String { withBytes(span) { String(decoding: $0, as: UTF8.self) } }

    /// Refuses the current record (or, with `line` and `record`, one read before).
    func reject(_ column: String?, _ reason: Phrase, kind: Phrase? = nil, line: Int? = nil, record: Range<Int>? = nil) {
        let problem = ImportProblem(line: line ?? self.line, column: column, reason: reason, kind: kind,
                                    record: record ?? (line == nil ? recordRange() : nil))
        if holdsProblems {
            held.append(problem)
        } else {
            report(problem)
        }
    }

    /// Counts and passes on a refused row; in an import that reads on one thread and writes
    /// on another, only the writing thread calls this (the reading one holds its problems).
    /// Rows loaded, found present or refused so far.
    var rowsFinished: Int { summary.loaded + summary.alreadyPresent + summary.rejected }

    func report(_ problem: ImportProblem) {
        summary.count(problem)
        if let rejects, let record = problem.record {
            rejects.write(record: UnsafeBufferPointer(rebasing: file[record]), line: problem.line,
                          reason: Phrases.rejectReason(column: problem.column, reason: problem.reason).text(rejects.language))
        }
        onProblem(problem)
    }

    /// Set by an importer whose rows are read on another thread: refusals found while
    /// reading are kept in `held` and handed over with their batch, so that `summary` and
    /// `onProblem` stay on the writing thread.
    var holdsProblems = false
    var held: [ImportProblem] = []

    /// Checks a column's text and returns its span; throws a problem naming the column.
    func text(_ column: Int, max: Int, required: Bool) throws(ColumnProblem) -> Span {
        let span = span(column)
        do {
            try withBytes(span) { try FieldCheck.text($0, maxCharacters: max, required: required) }
        } catch let problem as FieldProblem {
            throw ColumnProblem(column: columns[column].name, reason: problem.reason, kind: problem.kind)
        } catch {
            throw ColumnProblem(column: columns[column].name, reason: Phrase(az: "\(error)", en: "\(error)"))
        }
        return span
    }

    /// Runs a byte check on a column that has passed `text`.
    func check<R>(_ column: Int, _ span: Span, _ body: (UnsafeBufferPointer<UInt8>) throws(FieldProblem) -> R) throws(ColumnProblem) -> R {
        do {
            return try withBytes(span) { bytes in try body(bytes) }
        } catch let problem as FieldProblem {
            throw ColumnProblem(column: columns[column].name, reason: problem.reason, kind: problem.kind)
        } catch {
            throw ColumnProblem(column: columns[column].name, reason: Phrase(az: "\(error)", en: "\(error)"))
        }
    }

    /// Opens the file and runs `body` over its bytes (memory-mapped: a file larger than
    /// memory is read as it is used).
    static func withFile<R>(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw ImportFileError(reason: Phrase(az: "\(path) faylı yoxdur", en: "there is no file \(path)"))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw ImportFileError(reason: Phrase(az: "\(path) oxunmur: \(error.localizedDescription)",
                                                 en: "cannot read \(path): \(error.localizedDescription)"))
        }
        return try data.withUnsafeBytes { raw in
            try body(raw.bindMemory(to: UInt8.self))
        }
    }
}

/// A refused value and the column it was in.
struct ColumnProblem: Error {
    let column: String
    let reason: Phrase
    var kind: Phrase?

    init(column: String, reason: Phrase, kind: Phrase? = nil) {
        self.column = column
        self.reason = reason
        self.kind = kind
    }
}
