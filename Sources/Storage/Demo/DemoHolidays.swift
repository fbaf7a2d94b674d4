import Domain

/// Azerbaijan's days off for the demo's holiday calendar (4.12 counts working days on it).
///
/// Sources and assumptions, for an administrator to check (Admin → Holidays): the fixed
/// days are those the Labour Code (article 105) makes non-working — 1–2 January (New Year),
/// 8 March, 20–24 March (Novruz), 9 May, 28 May, 15 June, 26 June, 8 November (Victory Day),
/// 9 November (Flag Day), 31 December. 18 October, 12 November (Constitution Day) and 17 November
/// are holidays but not days off (105.2 does not name them), and 20 January (Day of National
/// Mourning) is a memorial day, not in article 105 at all, so none of them is entered. Ramazan and Qurban
/// bayramı follow the lunar calendar and are set each year by a Cabinet of Ministers decision:
/// 2025 from the published decision (Ramazan 30–31 March, Qurban 6–7 June), 2026 Ramazan
/// 20–21 March (with Novruz, as announced: 25, 26, 27 and 30 March off), Qurban 27–28 May and
/// 2027 (Ramazan 9–10 March, Qurban 16–17 May) estimated from the astronomical calendar.
/// A day off on a Saturday or Sunday, or on another day off, moves to the next working day
/// (Labour Code 105.5, which is how the 2025 and 2026 decisions read); the Cabinet can decide
/// otherwise, so every transfer is named "köçürülmüş (təsdiqlənməlidir)" — to be confirmed.
extension DemoGenerator {
    static let fixedHolidays: [(month: Int, day: Int, name: String)] = [
        (1, 1, "Yeni il"), (1, 2, "Yeni il"), (3, 8, "Qadınlar günü"),
        (3, 20, "Novruz bayramı"), (3, 21, "Novruz bayramı"), (3, 22, "Novruz bayramı"), (3, 23, "Novruz bayramı"),
        (3, 24, "Novruz bayramı"), (5, 9, "Faşizm üzərində qələbə günü"), (5, 28, "Müstəqillik günü"),
        (6, 15, "Milli qurtuluş günü"), (6, 26, "Silahlı Qüvvələr günü"), (11, 8, "Zəfər günü"),
        (11, 9, "Dövlət bayrağı günü"), (12, 31, "Dünya azərbaycanlılarının həmrəyliyi günü"),
    ]

    /// Ramazan and Qurban bayramı by year (two days each); see the type's comment.
    static let lunarHolidays: [Int: [(month: Int, day: Int, name: String)]] = [
        2025: [(3, 30, "Ramazan bayramı"), (3, 31, "Ramazan bayramı"), (6, 6, "Qurban bayramı"), (6, 7, "Qurban bayramı")],
        2026: [(3, 20, "Ramazan bayramı"), (3, 21, "Ramazan bayramı"), (5, 27, "Qurban bayramı"), (5, 28, "Qurban bayramı")],
        2027: [(3, 9, "Ramazan bayramı"), (3, 10, "Ramazan bayramı"), (5, 16, "Qurban bayramı"), (5, 17, "Qurban bayramı")],
    ]

    /// The year's days off with their transfers, as the demo enters them.
    public static func holidays(of year: Int) -> [(day: CivilDate, name: String)] {
        var days: [CivilDate: String] = [:]
        var occurrences: [(CivilDate, String)] = []
        for (month, day, name) in fixedHolidays + (lunarHolidays[year] ?? []) {
            guard let date = CivilDate(year: year, month: month, day: day) else { continue }
            occurrences.append((date, name))
            if let other = days[date] { days[date] = other + ", " + name } else { days[date] = name }
        }
        // Each occurrence on a weekend or on a day already off gives the next free working day,
        // taken in date order.
        var transfers: [CivilDate] = []
        var counted: Set<CivilDate> = []
        for (date, _) in occurrences.sorted(by: { $0.0 < $1.0 }) {
            let clash = !counted.insert(date).inserted
            guard date.isWeekend || clash else { continue }
            var next = date.adding(days: 1)
            while next.isWeekend || days[next] != nil || transfers.contains(next) { next = next.adding(days: 1) }
            transfers.append(next)
        }
        var result = days.map { (day: $0.key, name: $0.value) }
        result += transfers.map { (day: $0, name: "İstirahət günü köçürülmüş (təsdiqlənməlidir)") }
        return result.sorted { $0.day < $1.day }
    }

    /// Enters `year`'s days off (existing days are kept), as the administrator of the demo.
    public func populateHolidays(_ database: Database, year: Int) throws {
        try database.write {
            for (day, name) in Self.holidays(of: year) {
                try database.run("INSERT INTO holiday(day, name, updated_by) VALUES (?, ?, 'demo') ON CONFLICT DO NOTHING",
                                 [day.description, name])
            }
        }
    }
}
