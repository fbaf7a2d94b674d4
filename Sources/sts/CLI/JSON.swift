import Domain
import Foundation

/// JSON written with the keys in the order the documentation gives, so output is stable
/// and easy to read and diff.
indirect enum JSON {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    static func optional(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }

    func rendered(pretty: Bool = false, indent: String = "") -> String {
        switch self {
        case .string(let s): return JSON.quote(s)
        case .number(let d):
            if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
            return String(d)
        case .integer(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            if !pretty { return "[" + items.map { $0.rendered() }.joined(separator: ", ") + "]" }
            let inner = indent + "  "
            return "[\n" + items.map { inner + $0.rendered(pretty: true, indent: inner) }.joined(separator: ",\n")
                + "\n" + indent + "]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            if !pretty {
                return "{" + pairs.map { JSON.quote($0.0) + ": " + $0.1.rendered() }.joined(separator: ", ") + "}"
            }
            let inner = indent + "  "
            return "{\n" + pairs.map { inner + JSON.quote($0.0) + ": " + $0.1.rendered(pretty: true, indent: inner) }
                .joined(separator: ",\n") + "\n" + indent + "}"
        }
    }

    /// A JSON string. Every character `StoredText` refuses (C0 and C1 controls, direction
    /// and zero-width marks, U+2028/U+2029 that end a line in older JavaScript, tags …) is
    /// written as `\uXXXX`, so a script that prints a value or a terminal that shows the
    /// output obeys none of them (issue 12); the rest is written as UTF-8.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if StoredText.hiddenKind(scalar.value) != nil {
                    out += escape(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `\u202e`; a character beyond the first plane as its UTF-16 surrogate pair (RFC 8259 §7).
    static func escape(_ v: UInt32) -> String {
        func unit(_ u: UInt32) -> String { String(format: "\\u%04x", u) }
        guard v > 0xFFFF else { return unit(v) }
        let offset = v - 0x10000
        return unit(0xD800 + (offset >> 10)) + unit(0xDC00 + (offset & 0x3FF))
    }
}
