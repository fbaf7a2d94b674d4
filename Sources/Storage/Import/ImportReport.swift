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
    /// The reason without the value it quotes ("is not a valid date"), so that the summary
    /// can count refusals of one kind together; nil when the reason itself is the kind.
    public let kind: Phrase?
    /// Where the record is in the file (byte offsets, without its line end), for the
    /// rejects file.
    let record: Range<Int>?

    public init(line: Int, column: String?, reason: Phrase, kind: Phrase? = nil) {
        self.init(line: line, column: column, reason: reason, kind: kind, record: nil)
    }

    init(line: Int, column: String?, reason: Phrase, kind: Phrase?, record: Range<Int>?) {
        self.line = line
        self.column = column
        self.reason = reason
        self.kind = kind
        self.record = record
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
/// refused, and the refusals counted by kind. Two summaries are equal when their counts are.
public struct ImportSummary: Sendable, Hashable {
    public var loaded = 0
    public var alreadyPresent = 0
    public var rejected = 0
    /// Refusals of one kind (column and reason without its value), most frequent first.
    public var reasons: [ReasonGroup] = []

    /// Kinds counted apart; refusals of further kinds are counted in the last group.
    static let keptKinds = 64

    public init(loaded: Int = 0, alreadyPresent: Int = 0, rejected: Int = 0) {
        self.loaded = loaded
        self.alreadyPresent = alreadyPresent
        self.rejected = rejected
    }

    /// `loaded 998 · already present 0 · refused 2`
    public func line(_ language: Language) -> String {
        Phrases.importCounts(loaded: loaded, present: alreadyPresent, refused: rejected).text(language)
    }

    /// The counts line, then up to `kinds` kinds of refusal with how many rows each.
    public func lines(_ language: Language, kinds: Int = 5) -> [String] {
        var out = [line(language)]
        let sorted = reasons.sorted { $0.count != $1.count ? $0.count > $1.count : $0.firstLine < $1.firstLine }
        for group in sorted.prefix(kinds) {
            out.append(Phrases.importReasonGroup(count: group.count, what: group.text(language),
                                                 firstLine: group.firstLine).text(language))
        }
        if sorted.count > kinds {
            let rest = sorted.dropFirst(kinds)
            out.append(Phrases.importMoreReasons(kinds: rest.count, rows: rest.reduce(0) { $0 + $1.count }).text(language))
        }
        return out
    }

    mutating func count(_ problem: ImportProblem) {
        rejected += 1
        let kind = problem.kind ?? problem.reason
        if let index = reasons.firstIndex(where: { $0.column == problem.column && $0.kind == kind }) {
            reasons[index].count += 1
        } else if reasons.count < Self.keptKinds {
            reasons.append(ReasonGroup(column: problem.column, kind: kind, count: 1, firstLine: problem.line))
        } else {
            reasons[reasons.count - 1].count += 1
        }
    }

    public static func == (a: ImportSummary, b: ImportSummary) -> Bool {
        a.loaded == b.loaded && a.alreadyPresent == b.alreadyPresent && a.rejected == b.rejected
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(loaded)
        hasher.combine(alreadyPresent)
        hasher.combine(rejected)
    }
}

/// Refused rows of one kind: the column, the reason without its value, how many, and the
/// line of the first.
public struct ReasonGroup: Sendable, Hashable {
    public let column: String?
    public let kind: Phrase
    public var count: Int
    public let firstLine: Int

    /// `birth_date is not a valid date`
    public func text(_ language: Language) -> String {
        guard let column else { return kind.text(language) }
        return column + " " + kind.text(language)
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
