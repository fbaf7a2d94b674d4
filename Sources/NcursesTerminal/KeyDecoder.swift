import CNcursesw
import TerminalUI

/// Turns what `wget_wch` returned into a `Key`.
public enum KeyDecoder {
    /// A character read as text (status OK).
    public static func decode(character code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(code + 96) ?? "?"))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A function key (status KEY_CODE_YES).
    public static func decode(keyCode code: Int32) -> Key? {
        switch code {
        case Int32(KEY_UP): return .up
        case Int32(KEY_DOWN): return .down
        case Int32(KEY_LEFT): return .left
        case Int32(KEY_RIGHT): return .right
        case Int32(KEY_PPAGE): return .pageUp
        case Int32(KEY_NPAGE): return .pageDown
        case Int32(KEY_HOME), Int32(KEY_A1): return .home
        case Int32(KEY_END), Int32(KEY_C1): return .end
        case Int32(KEY_BTAB): return .backTab
        case Int32(KEY_ENTER): return .enter
        case Int32(KEY_BACKSPACE): return .backspace
        case Int32(KEY_DC): return .delete
        case Int32(KEY_IC): return .insert
        case Int32(KEY_RESIZE): return .resize
        default:
            for n in 1...12 where code == sts_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }
}
