import Domain

/// What an import loads.
public enum ImportKind: String, Sendable, CaseIterable {
    case students
    case applicants
}

/// A row the import refused: its line (where the record starts; the header is line 1),
/// the column at fault when there is one, and why.
public struct ImportProblem: Sendable, Hashable {
    public let line: Int
    public let column: String?
    public let reason: Phrase

    public init(line: Int, column: String?, reason: Phrase) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `line 17, column birth_date: "2023-02-30" is not a valid date`
    public func message(_ language: Language) -> String {
        let place: String
        switch language {
        case .en: place = "line \(line)" + (column.map { ", column \($0)" } ?? "")
        case .az: place = "sətir \(line)" + (column.map { ", sütun \($0)" } ?? "")
        }
        return place + ": " + reason.text(language)
    }
}

/// How an import went: rows loaded, rows found already present (same natural key), rows
/// refused.
public struct ImportSummary: Sendable, Hashable {
    public var loaded = 0
    public var alreadyPresent = 0
    public var rejected = 0

    public init(loaded: Int = 0, alreadyPresent: Int = 0, rejected: Int = 0) {
        self.loaded = loaded
        self.alreadyPresent = alreadyPresent
        self.rejected = rejected
    }

    /// `loaded 998 · already present 0 · rejected 2`
    public func line(_ language: Language) -> String {
        switch language {
        case .en: return "loaded \(loaded) · already present \(alreadyPresent) · rejected \(rejected)"
        case .az: return "yükləndi \(loaded) · artıq var idi \(alreadyPresent) · rədd edildi \(rejected)"
        }
    }
}

/// The file as a whole cannot be imported: unreadable, empty, or its header lacks a
/// required column. Nothing was loaded.
public struct ImportFileError: Error, Sendable, CustomStringConvertible {
    public let reason: Phrase

    public init(reason: Phrase) {
        self.reason = reason
    }

    public var description: String { reason.en }
}
