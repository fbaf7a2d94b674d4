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

    init(file: UnsafeBufferPointer<UInt8>, columns: [ColumnSpec], onProblem: @escaping (ImportProblem) -> Void) throws {
        self.file = file
        self.columns = columns
        self.onProblem = onProblem
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
    }

    /// Moves to the next record whose shape is right (structure and field count), reporting
    /// the ones that are not; false at the end of the file.
    func nextRecord() -> Bool {
        while let next = reader.next(&fields) {
            line = next.line
            if let problem = next.problem {
                switch problem {
                case .unclosedQuote:
                    reject(nil, Phrase(az: "dırnaq içindəki sahə faylın sonunadək bağlanmayıb",
                                       en: "a quoted field is not closed before the end of the file"))
                case .textAfterQuote(let field):
                    reject(headerName(field), Phrase(az: "bağlanan dırnaqdan sonra mətn var", en: "text follows the closing quote"))
                case .strayQuote(let field):
                    reject(headerName(field), Phrase(az: "dırnaqsız sahənin içində dırnaq var",
                                                     en: "a quote inside a field that is not quoted"))
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
                reject(nil, Phrase(az: "\(fields.count) sahə var, başlıqda isə \(headerCount)",
                                   en: "\(fields.count) fields, but the header has \(headerCount)"))
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

    func reject(_ column: String?, _ reason: Phrase, line: Int? = nil) {
        let problem = ImportProblem(line: line ?? self.line, column: column, reason: reason)
        if holdsProblems {
            held.append(problem)
        } else {
            report(problem)
        }
    }

    /// Counts and passes on a refused row; in an import that reads on one thread and writes
    /// on another, only the writing thread calls this (the reading one holds its problems).
    func report(_ problem: ImportProblem) {
        summary.rejected += 1
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
            throw ColumnProblem(column: columns[column].name, reason: problem.reason)
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
            throw ColumnProblem(column: columns[column].name, reason: problem.reason)
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
}
