@testable import Domain

/// A date written in a test; a typo stops the test run with the text that was wrong.
func day(_ text: String) -> CivilDate {
    guard let date = CivilDate(parsing: text) else { fatalError("bad test date \(text)") }
    return date
}
