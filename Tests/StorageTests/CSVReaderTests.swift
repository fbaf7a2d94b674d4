import Foundation
import Testing
@testable import Storage

@Suite struct CSVReaderTests {
    /// Every record as (line, fields as text, problem).
    func read(_ text: [UInt8]) -> [(Int, [String], CSVStructureProblem?)] {
        text.withUnsafeBufferPointer { bytes in
            var reader = CSVReader(bytes: bytes)
            var fields: [CSVField] = []
            var out: [(Int, [String], CSVStructureProblem?)] = []
            while let record = reader.next(&fields) {
                var owned: [UInt8] = []
                let values = fields.map { field -> String in
                    let span = reader.span(field, owned: &owned)
                    let slice = span.owned ? Array(owned[span.start..<span.start + span.count])
                                           : Array(bytes[span.start..<span.start + span.count])
                    return String(decoding: slice, as: UTF8.self)
                }
                out.append((record.line, values, record.problem))
            }
            return out
        }
    }

    func read(_ text: String) -> [(Int, [String], CSVStructureProblem?)] { read(Array(text.utf8)) }

    @Test func quotesCommasAndLineBreaksInsideFields() {
        let records = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n")
        #expect(records.map(\.1) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "", ""]])
        #expect(records.map(\.0) == [1, 2, 4])
        #expect(records.allSatisfy { $0.2 == nil })
    }

    @Test func crlfBomAndBlankLines() {
        let records = read([0xEF, 0xBB, 0xBF] + Array("h1,h2\r\n\r\n1,2\r\n3,\"4\"\r\n".utf8))
        #expect(records.map(\.1) == [["h1", "h2"], ["1", "2"], ["3", "4"]])
        #expect(records.map(\.0) == [1, 3, 4])
    }

    @Test func aLastLineWithoutLineEnd() {
        #expect(read("a,b\n1,2").map(\.1) == [["a", "b"], ["1", "2"]])
        #expect(read("a,b\r\n1,\"2\"").map(\.1) == [["a", "b"], ["1", "2"]])
    }

    @Test func brokenQuotingIsReportedAndReadingGoesOn() {
        let records = read("a,b\nx\"y,1\n\"ab\"c,2\nok,3\n\"never closed,4\nmore\n")
        #expect(records[1].2 == .strayQuote(field: 0))
        #expect(records[2].2 == .textAfterQuote(field: 0))
        #expect(records[3].1 == ["ok", "3"])
        #expect(records[3].0 == 4)
        #expect(records[4].2 == .unclosedQuote)
        #expect(records[4].0 == 5)
        #expect(records.count == 5)
    }

    // MARK: - Limits (issue 12)

    /// Reads with at most `maxFields` fields a record, keeping the largest number of fields
    /// the reader ever held.
    func readLimited(_ text: String, maxFields: Int) -> (records: [(Int, Int, CSVStructureProblem?)], held: Int) {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = CSVReader(bytes: buffer)
            reader.maxFields = maxFields
            var fields: [CSVField] = []
            var out: [(Int, Int, CSVStructureProblem?)] = []
            var held = 0
            while let record = reader.next(&fields) {
                held = max(held, fields.count)
                out.append((record.line, fields.count, record.problem))
            }
            return (out, held)
        }
    }

    @Test func aLineOfCommasIsStoppedAtTheFieldLimitAndReadingGoesOn() {
        let commas = String(repeating: ",", count: 1_000_000)
        let (records, held) = readLimited("a,b,c\n\(commas)\n1,2,3\n1,2,3,4,5,6\n", maxFields: 6)
        #expect(records.map(\.0) == [1, 2, 3, 4])
        #expect(records[1].2 == .tooManyFields(limit: 6))
        #expect(held <= 6, "the reader held \(held) fields for a line of a million commas")
        #expect(records[2].1 == 3 && records[2].2 == nil)
        // Up to the limit a record is read whole, so the message can say how many it has.
        #expect(records[3].1 == 6 && records[3].2 == nil)
    }

    @Test func aRecordOver64KiBIsStoppedAndReadingGoesOn() {
        let long = String(repeating: "x", count: CSVReader.maxRecordBytes + 1)
        let fits = String(repeating: "y", count: CSVReader.maxRecordBytes - 2)
        let quoted = "\"" + String(repeating: "z\n", count: 40_000) + "\""
        let (records, _) = readLimited("a,b\n1,\(long)\n\(long),2\n1,\(fits)\n\(quoted),3\nok,4\n", maxFields: 4)
        #expect(records.map(\.2) == [nil, .tooLong(limit: 65_536), .tooLong(limit: 65_536), nil, .tooLong(limit: 65_536), nil])
        #expect(records.map(\.0) == [1, 2, 3, 4, 5, 40_006])
    }
}
