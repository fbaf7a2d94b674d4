/// A key press, decoded by the terminal backend.
public enum Key: Sendable, Hashable {
    case character(Character)
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab
    case enter, escape, backspace, delete, insert
    case function(Int)
    case resize
}

/// What a handler did with a key (as htop's HandlerResult): the loop redraws only on
/// `.redraw`, so a key that changes nothing sends nothing to the terminal.
public enum HandlerResult: Sendable, Equatable {
    case ignored
    case handled
    case redraw
    case quit
}
