/// An amount of Azerbaijani manat, kept in qəpik (1 manat = 100 qəpik) so that fees and
/// payments add up exactly and "at least 50 %" never depends on floating point.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let qepik: Int

    public init(qepik: Int) { self.qepik = qepik }

    public init(manat: Int, qepik: Int = 0) { self.qepik = manat * 100 + qepik }

    public static let zero = Money(qepik: 0)

    /// Reads `3500`, `3500.5`, `3500.50`, `3 500,50`; more than two decimals, signs and
    /// anything else are refused (nil) rather than rounded.
    public static func parse(_ raw: String) -> Money? {
        let text = String(raw.filter { !$0.isWhitespace && $0 != "\u{00A0}" })
        let pieces = text.split(separator: text.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), let whole = pieces.first, !whole.isEmpty, whole.count <= 12,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), let manat = Int(whole) else { return nil }
        var fraction = 0
        if pieces.count == 2 {
            let digits = pieces[1]
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(digits) else { return nil }
            fraction = digits.count == 1 ? value * 10 : value
        }
        return Money(manat: manat, qepik: fraction)
    }

    /// `3500.00`
    public var description: String {
        let sign = qepik < 0 ? "-" : ""
        let magnitude = qepik.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// `3500.00 AZN`
    public var withCurrency: String { description + " AZN" }

    public static func + (a: Money, b: Money) -> Money { Money(qepik: a.qepik + b.qepik) }
    public static func - (a: Money, b: Money) -> Money { Money(qepik: a.qepik - b.qepik) }
    public static func < (a: Money, b: Money) -> Bool { a.qepik < b.qepik }

    /// Half of the amount, rounded up to the qəpik: the least that is "at least 50 %".
    public var halfRoundedUp: Money { Money(qepik: (qepik + 1) / 2) }
}

/// A payment received from or for a foreign student.
public struct Payment: Sendable, Hashable {
    public var amount: Money
    public var paidOn: CivilDate

    public init(amount: Money, paidOn: CivilDate) {
        self.amount = amount
        self.paidOn = paidOn
    }
}

/// A day of the year without the year, such as the contract's annual payment date
/// (2.2.2 "until ___") or the yearly report date (4.8).
public struct DayOfYear: Sendable, Hashable, Codable {
    public let month: Int
    public let day: Int

    /// Refuses days that no year has (31 April); 29 February is allowed.
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: 2000)).contains(day) else {
            return nil
        }
        self.month = month
        self.day = day
    }

    /// For values already validated (read back from the store, literals).
    public init(unchecked month: Int, day: Int) {
        self.month = month
        self.day = day
    }

    /// The date in `year`; 29 February becomes 28 February in a common year.
    public func date(in year: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: min(day, CivilDate.daysIn(month: month, year: year)))
            ?? CivilDate(dayNumber: 0)
    }

    /// "15 September" / "15 sentyabr".
    public var phrase: Phrase {
        Phrase(az: "\(day) \(Phrases.monthNames[month - 1].az)", en: "\(day) \(Phrases.monthNames[month - 1].en)")
    }
}
