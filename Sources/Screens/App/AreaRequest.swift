import Domain

/// A pane asking the interface to carry the work on in another area: the Names results
/// open the selected person on the PIN screen with one key (issue 15), so nobody copies
/// seven characters by hand.
public enum AreaRequest: Sendable, Equatable {
    case pinLookup(PIN)
}

/// A pane that may hand the work to another area after a key; the App asks after each key.
public protocol RequestsArea: AnyObject {
    /// The pending request, cleared by reading it.
    func takeAreaRequest() -> AreaRequest?
}
