/// Who is on the 4.8 yearly report of a year and in what state.
///
/// 4.8: "The educational institution presents reports about the foreign students … once a
/// year." The text does not say who counts; chosen here: everyone who was a foreign student
/// of the institution at any time in the calendar year — admitted by its last day, and not
/// graduated, dismissed or transferred before its first day (a student who leaves during the
/// year was a student in it and is reported with that state). Each line carries the state at
/// the year's end, read from the status history (4.10): a dismissed student reinstated in a
/// later year counts again from that year; a graduate of an earlier year does not appear.
/// 1.2: a permanent resident of Azerbaijan is outside these regulations and has no line.
public enum YearlyReportRule {
    /// One step of the status history: on `on`, the state became `to`.
    public struct Change: Sendable, Hashable {
        public let on: CivilDate
        public let to: EducationState

        public init(on: CivilDate, to: EducationState) {
            self.on = on
            self.to = to
        }
    }

    /// A student's state at the end of `year`, or nil when they were not a foreign student
    /// at any time in it. `history` is the status history in the order it happened; without
    /// one (a student admitted before the history was kept) `current` is taken as having held
    /// since `closedOn` (or since admission when that is unknown).
    public static func state(in year: Int, admittedOn: CivilDate, history: [Change], current: EducationState,
                             closedOn: CivilDate? = nil, permanentResident: Bool = false) -> EducationState? {
        guard !permanentResident, let first = CivilDate(year: year, month: 1, day: 1),
              let last = CivilDate(year: year, month: 12, day: 31), admittedOn <= last else { return nil }
        if history.isEmpty {
            if isClosed(current), let closedOn, closedOn < first { return nil }
            return current
        }
        let ordered = history.enumerated().sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }.map(\.element)
        /// The state at the end of `day` (studying from admission until the first change).
        func state(atEndOf day: CivilDate) -> EducationState {
            ordered.last { $0.on <= day }?.to ?? .studying
        }
        let activeSomeDay = admittedOn >= first || !isClosed(state(atEndOf: first.adding(days: -1)))
            || ordered.contains { $0.on >= first && $0.on <= last && !isClosed($0.to) }
        return activeSomeDay ? state(atEndOf: last) : nil
    }

    /// Graduated, dismissed or transferred: no longer a foreign student of the institution.
    public static func isClosed(_ state: EducationState) -> Bool {
        state == .graduated || state == .dismissed || state == .transferred
    }
}
