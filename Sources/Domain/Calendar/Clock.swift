import Foundation

extension CivilDate {
    /// Today in the server's local time zone (Baku on a production server).
    public static func today(_ now: Date = Date()) -> CivilDate {
        let components = Calendar.current.dateComponents([.year, .month, .day], from: now)
        return CivilDate(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
            ?? CivilDate(dayNumber: 0)
    }
}
