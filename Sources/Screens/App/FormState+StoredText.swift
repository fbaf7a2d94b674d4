import Domain
import TerminalUI

extension FormState {
    /// Marks every text field that holds a character the store refuses (`StoredText`, issue
    /// 12), with the character and where it is, so the clerk sees it at the field before
    /// Storage refuses the save. Returns whether any was marked.
    @discardableResult
    mutating func markHiddenCharacters(_ text: (Phrase) -> String) -> Bool {
        var marked = false
        for field in fields where field.isText {
            if let problem = StoredText.problem(in: field.value) {
                setError(field.id, text(problem))
                marked = true
            }
        }
        return marked
    }
}
