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
}
