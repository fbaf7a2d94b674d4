/// The code printed on an issued e-certificate: 12 characters from an alphabet without
/// look-alikes (no 0/O, 1/I/L, U), in three groups of four. 31¹² ≈ 2⁵⁹ codes drawn by
/// the system's random generator, so a code cannot be guessed from another.
public enum VerificationCode {
    public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    public static let length = 12

    public static func generate<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let raw = String((0..<length).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
        return grouped(raw)
    }

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// The canonical form of a typed code (any case, spaces or dashes), or nil when it cannot
    /// be a code. A typed O is read as 0 is not: codes never contain either, so both are refused.
    public static func normalized(_ typed: String) -> String? {
        let cleaned = typed.uppercased().filter { $0 != "-" && !$0.isWhitespace }
        guard cleaned.count == length, cleaned.allSatisfy({ alphabet.contains($0) }) else { return nil }
        return grouped(cleaned)
    }

    static func grouped(_ raw: String) -> String {
        let chars = Array(raw)
        return stride(from: 0, to: chars.count, by: 4).map { String(chars[$0..<min($0 + 4, chars.count)]) }
            .joined(separator: "-")
    }
}
