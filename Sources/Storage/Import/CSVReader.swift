/// One field of a CSV record: byte offsets into the file. For a quoted field the range is
/// the text between the quotes, and `escaped` says it holds doubled quotes ("") to undo.
struct CSVField {
    var start: Int
    var end: Int
    var escaped: Bool
}

/// A record that breaks RFC 4180 itself (before any column is looked at).
enum CSVStructureProblem: Equatable {
    /// A quoted field runs to the end of the file.
    case unclosedQuote
    /// Something other than a comma or a line end follows a closing quote.
    case textAfterQuote(field: Int)
    /// A quote inside a field that does not start with one.
    case strayQuote(field: Int)
    /// More fields than `CSVReader.maxFields`; the rest of the line is skipped unread.
    case tooManyFields(limit: Int)
    /// Longer than `CSVReader.maxRecordBytes`; the rest of the line is skipped.
    case tooLong(limit: Int)
}

/// Reads RFC 4180 CSV straight from bytes: comma-separated, fields optionally in double
/// quotes (with commas, line breaks and doubled quotes inside), records ended by LF or CRLF.
/// Blank lines are skipped. Nothing is copied: fields are byte ranges into the file.
///
/// A record may be at most `maxRecordBytes` long and have at most `maxFields` fields; past
/// either it is reported and skipped, so that a hostile or broken file (a 20 MB line of
/// commas made 20 million fields, 849 MB of memory) costs no more than a good one (issue
/// 12). The limits cost one comparison per field and one per record.
struct CSVReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    /// The physical line (1-based) the reader is on.
    private(set) var line = 1
    /// 64 KiB: a registry or applicant row is under 1 KiB (19 short columns), so a record
    /// 64 times that is not data anyone typed.
    static let maxRecordBytes = 65_536
    /// Set from the header once it is read (`ImportSession`: twice the header's fields);
    /// the header itself may have this many.
    var maxFields = 1_024
    /// Where the record `next` returned last begins (for the rejects file).
    private(set) var recordStart = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // A UTF-8 byte order mark at the start is not part of the first header name.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            position = 3
        } else {
            position = 0
        }
    }

    /// The next record's fields (into `fields`, reused), the line it starts on, and a
    /// structural problem if it has one; nil at the end of the file.
    mutating func next(_ fields: inout [CSVField]) -> (line: Int, problem: CSVStructureProblem?)? {
        let count = bytes.count
        // Skip blank lines.
        while position < count {
            if bytes[position] == 0x0A {
                position += 1
                line += 1
            } else if bytes[position] == 0x0D, position + 1 < count, bytes[position + 1] == 0x0A {
                position += 2
                line += 1
            } else {
                break
            }
        }
        guard position < count else { return nil }
        let startLine = line
        recordStart = position
        fields.removeAll(keepingCapacity: true)
        var pos = position
        while true {
            if fields.count >= maxFields || pos - recordStart > Self.maxRecordBytes {
                let problem: CSVStructureProblem = fields.count >= maxFields
                    ? .tooManyFields(limit: maxFields) : .tooLong(limit: Self.maxRecordBytes)
                skipToNextLine(from: pos)
                return (startLine, problem)
            }
            if pos < count && bytes[pos] == 0x22 {
                // Quoted field.
                pos += 1
                let contentStart = pos
                var escaped = false
                var contentEnd = -1
                while pos < count {
                    let b = bytes[pos]
                    if b == 0x22 {
                        if pos + 1 < count && bytes[pos + 1] == 0x22 {
                            escaped = true
                            pos += 2
                            continue
                        }
                        contentEnd = pos
                        pos += 1
                        break
                    }
                    if b == 0x0A { line += 1 }
                    pos += 1
                }
                if contentEnd < 0 {
                    fields.append(CSVField(start: contentStart, end: count, escaped: escaped))
                    position = count
                    return (startLine, .unclosedQuote)
                }
                fields.append(CSVField(start: contentStart, end: contentEnd, escaped: escaped))
                if pos >= count { position = pos; return ended(startLine, recordStart, pos) }
                let b = bytes[pos]
                if b == 0x2C { pos += 1; continue }
                if let end = lineEnd(at: pos) { position = end; return ended(startLine, recordStart, pos) }
                let field = fields.count - 1
                skipToNextLine(from: pos)
                return (startLine, .textAfterQuote(field: field))
            }
            // Unquoted field.
            let start = pos
            while pos < count {
                let b = bytes[pos]
                if b == 0x2C || b == 0x0A || b == 0x22 { break }
                if b == 0x0D && (pos + 1 == count || bytes[pos + 1] == 0x0A) { break }
                pos += 1
            }
            fields.append(CSVField(start: start, end: pos, escaped: false))
            if pos >= count { position = pos; return ended(startLine, recordStart, pos) }
            let b = bytes[pos]
            if b == 0x2C { pos += 1; continue }
            if b == 0x22 {
                let field = fields.count - 1
                skipToNextLine(from: pos)
                return (startLine, .strayQuote(field: field))
            }
            if let end = lineEnd(at: pos) { position = end; return ended(startLine, recordStart, pos) }
        }
    }

    /// A record that ended well, unless its last field took it past `maxRecordBytes`.
    private func ended(_ line: Int, _ recordStart: Int, _ end: Int) -> (line: Int, problem: CSVStructureProblem?) {
        (line, end - recordStart > Self.maxRecordBytes ? .tooLong(limit: Self.maxRecordBytes) : nil)
    }

    /// Where the next record begins if a record ends at `pos` (LF, CRLF, or a final CR);
    /// counts the line.
    private mutating func lineEnd(at pos: Int) -> Int? {
        let b = bytes[pos]
        if b == 0x0A { line += 1; return pos + 1 }
        if b == 0x0D {
            if pos + 1 < bytes.count && bytes[pos + 1] == 0x0A { line += 1; return pos + 2 }
            if pos + 1 == bytes.count { return pos + 1 }
        }
        return nil
    }

    private mutating func skipToNextLine(from start: Int) {
        var pos = start
        while pos < bytes.count && bytes[pos] != 0x0A { pos += 1 }
        if pos < bytes.count { line += 1; pos += 1 }
        position = pos
    }

    /// Where the field's value is: in the file itself, or — for a quoted field with doubled
    /// quotes — undone and appended to `owned`.
    func span(_ field: CSVField, owned: inout [UInt8]) -> Span {
        guard field.escaped else { return Span(start: field.start, count: field.end - field.start, owned: false) }
        let start = owned.count
        var i = field.start
        while i < field.end {
            owned.append(bytes[i])
            i += bytes[i] == 0x22 && i + 1 < field.end && bytes[i + 1] == 0x22 ? 2 : 1
        }
        return Span(start: start, count: owned.count - start, owned: true)
    }
}

/// Where a value's bytes are: a range of the file, or of a batch's own buffer.
struct Span {
    var start: Int
    var count: Int
    var owned: Bool

    static let empty = Span(start: 0, count: 0, owned: true)

    /// Without the spaces around it.
    func trimmed(in bytes: UnsafeBufferPointer<UInt8>) -> Span {
        var s = start
        var e = start + count
        while s < e && bytes[s] == 0x20 { s += 1 }
        while e > s && bytes[e - 1] == 0x20 { e -= 1 }
        return Span(start: s, count: e - s, owned: owned)
    }
}
