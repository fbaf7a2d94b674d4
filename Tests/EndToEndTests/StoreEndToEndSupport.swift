import Foundation
import Testing

/// Runs the built `sts` (`<package root>/.build/debug/sts`; `make test` builds it first) and
/// the system's `sqlite3` shell for checks from outside the program.
enum StoreEndToEnd {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let binary = packageRoot.appendingPathComponent(".build/debug/sts").path
    static var hasBinary: Bool { FileManager.default.isExecutableFile(atPath: binary) }
    static let missingBinary: Comment = "the sts binary is not built (run swift build first)"
    static let sqliteShell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    /// Whether a test that checks the file with the sqlite3 shell runs (under make test it
    /// always does, and fails at `#require(sqliteShell)` naming what is missing).
    static var hasSqliteShell: Bool { MakeTest.runs(needing: sqliteShell != nil) }

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Starts `sts` with `arguments`; output goes to files so that large outputs never block.
    static func start(_ arguments: [String], in directory: URL, name: String = UUID().uuidString) throws -> (Process, URL, URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "STS_LANG")
        environment.removeValue(forKey: "STS_DB")
        process.environment = environment
        let out = directory.appendingPathComponent("\(name).out")
        let err = directory.appendingPathComponent("\(name).err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return (process, out, err)
    }

    static func finish(_ started: (Process, URL, URL)) throws -> Output {
        started.0.waitUntilExit()
        return Output(status: started.0.terminationStatus,
                      stdout: try String(contentsOf: started.1, encoding: .utf8),
                      stderr: try String(contentsOf: started.2, encoding: .utf8))
    }

    static func run(_ arguments: [String], in directory: URL) throws -> Output {
        try finish(try start(arguments, in: directory))
    }

    /// One value from the sqlite3 shell, or nil when there is no shell on this machine (under
    /// make test a missing shell is a failure instead).
    static func sql(_ database: URL, _ query: String) throws -> String? {
        guard let shell = sqliteShell else {
            if MakeTest.running { try MakeTest.require("sqlite3", at: "/usr/bin/sqlite3") }
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = ["-cmd", ".timeout 20000", database.path, query]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sts-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let studentHeader = "pin,surname,name,father_name,birth_date,admission_year,institution_code,institution_name,funding,level,years_of_study,major_code,major_name,enrollment_status,education_state,diploma_series,diploma_number,diploma_issue_date,diploma_level"

    /// A valid FİN made from a number (distinct numbers give distinct PINs).
    static func pin(_ number: Int) -> String {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        var x = number
        var out = [Character](repeating: "0", count: 7)
        for i in 0..<7 {
            out[6 - i] = alphabet[x % 34]
            x /= 34
        }
        return String(out)
    }

    static let surnames = ["Məmmədov", "Hüseynova", "Əliyev", "İsmayılov", "Quliyeva", "Həsənov"]

    /// Student rows numbered `numbers`: every one valid and distinct; graduates get diplomas.
    static func studentCSV(_ numbers: Range<Int>, crlf: Bool = false) -> String {
        var lines = [studentHeader]
        lines.reserveCapacity(numbers.count + 1)
        for n in numbers {
            let graduate = n % 3 != 0
            let diploma = graduate ? "BA,\(String(format: "%07d", n)),2013-06-20,\(n % 10 == 0 ? "honours" : "ordinary")" : ",,,"
            let pin = n % 17 == 0 ? "" : pin(n)
            // Without a PIN the name must tell people apart (it is their natural key).
            let name = pin.isEmpty ? "Əli\(n)" : "Əli\(n % 7)"
            lines.append("\(pin),\(surnames[n % surnames.count]),\(name),\"Hüseyn oğlu\",19\(80 + n % 15)-0\(1 + n % 9)-1\(n % 10),2009,BDU,\"Bakı Dövlət Universiteti\",state,bachelor,4,050509,Kompüter elmləri,admitted,\(graduate ? "graduated" : "studying"),\(diploma)")
        }
        return lines.joined(separator: crlf ? "\r\n" : "\n") + (crlf ? "\r\n" : "\n")
    }

    static let applicantHeader = "surname,name,father_name,citizenship,birth_date,passport_number,passport_expiry,institution_code,major_code,level,program_language,study_form,basis,previous_level,previous_country,previous_language,studied_in_azerbaijan"

    static func applicantCSV(_ numbers: Range<Int>) -> String {
        let countries = ["TR", "RU", "GE", "IR", "IN", "NG", "EG", "CN"]
        var lines = [applicantHeader]
        for n in numbers {
            let country = countries[n % countries.count]
            lines.append("Doe\(n),John,,\(country),2004-02-0\(1 + n % 9),P\(100_000 + n),2031-05-05,BDU,050509,bachelor,en,full-time,3.1.5,general-secondary,\(country),en,no")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "loaded 1 · already present 2 · refused 3" (the summary's first line) → (1, 2, 3)
    static func summary(_ text: String) -> (loaded: Int, present: Int, rejected: Int)? {
        let first = text.split(separator: "\n").first { $0.hasPrefix("loaded") }.map(String.init) ?? ""
        let numbers = first.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 3 else { return nil }
        return (numbers[numbers.count - 3], numbers[numbers.count - 2], numbers[numbers.count - 1])
    }
}
