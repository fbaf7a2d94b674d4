import Domain
import TerminalUI

/// The Students list's `/` search, as the Applicants list has (issue 15): typed letters
/// narrow the list at once, by surname or name in the Azerbaijani folding of the name
/// search (Mammadov finds Məmmədov), by passport, FİN or №; Enter or Esc closes the field
/// and keeps the search, x clears it.
extension StudentsPane {
    func handleSearch(_ key: Key) -> HandlerResult {
        guard var field = search else { return .ignored }
        switch key {
        case .escape, .enter:
            search = nil
            return .redraw
        default:
            let result = field.handle(key)
            search = field
            guard result == .redraw else { return result }
            query = field.text.trimmingCharacters(in: .whitespaces)
            applySearch()
            return .redraw
        }
    }

    /// Narrows the list to the students the search finds; the selected one stays selected
    /// while it is still shown.
    func applySearch() {
        let keep = students.indices.contains(list.selected) ? students[list.selected].applicant.id : nil
        let shown = allStudents.indices.filter { Self.matches(allStudents[$0].applicant, pin: allStudents[$0].followUp.pin,
                                                              query: query) }
        students = shown.map { allStudents[$0] }
        statuses = shown.map { allStatuses.indices.contains($0) ? allStatuses[$0] : .enrolled }
        if let keep, let index = students.firstIndex(where: { $0.applicant.id == keep }) { list.select(index) }
    }

    /// A student is found by the start of any word of the surname or name (folded), or the
    /// start of the passport number or FİN, or the whole №.
    public static func matches(_ applicant: Applicant, pin: PIN?, query: String) -> Bool {
        let text = query.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return true }
        if String(applicant.id) == text { return true }
        let upper = text.uppercased()
        if applicant.passportNumber.uppercased().hasPrefix(upper) || (pin?.value.hasPrefix(upper) ?? false) { return true }
        let wanted = AzerbaijaniText.searchKey(text).split(separator: " ")
        let words = AzerbaijaniText.searchKey(applicant.surname + " " + applicant.name).split(separator: " ")
        return !wanted.isEmpty && wanted.allSatisfy { part in words.contains { $0.hasPrefix(part) } }
    }

    /// The search line above the list (its field while typed, else what it holds); returns
    /// the room left for the list.
    func renderSearchLine(into grid: inout Grid, rect: Rect) -> Rect {
        guard search != nil || !query.isEmpty else { return rect }
        let (line, rest) = rect.splitTop(1)
        let lang = services.language
        if var field = search {
            let used = grid.put(Phrases.deskSearchStudentsPrompt.text(lang) + " ", x: line.x + 1, y: line.y, role: .label)
            field.render(in: Rect(x: line.x + 1 + used, y: line.y, width: min(30, max(4, line.width - used - 2)), height: 1),
                         grid: &grid, focused: true)
            search = field
        } else {
            grid.putFitted("/" + query + " · " + Phrases.deskStudentsFound(students.count, of: allStudents.count).text(lang)
                           + " · x " + Phrases.deskHelpClearSearch.text(lang),
                           x: line.x + 1, y: line.y, role: .muted, width: line.width - 2)
        }
        return rest
    }
}
