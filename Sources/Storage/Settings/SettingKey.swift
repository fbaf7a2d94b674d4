import Domain
import Foundation

/// A typed setting: its name in the `setting` table, the value used until an administrator
/// stores one, and how it is written as text.
public struct SettingKey<Value: Sendable>: Sendable {
    public let name: String
    public let defaultValue: Value
    let encode: @Sendable (Value) -> String
    let decode: @Sendable (String) -> Value?

    public init(name: String, defaultValue: Value, encode: @escaping @Sendable (Value) -> String,
                decode: @escaping @Sendable (String) -> Value?) {
        self.name = name
        self.defaultValue = defaultValue
        self.encode = encode
        self.decode = decode
    }
}

/// One point of the TOEFL 1–6 band scale (reported from January 2026) with the lowest
/// 0–120 iBT score it stands for, so the 3.6 thresholds (40 and 50 iBT points) can be
/// applied to band results.
public struct TOEFLBandEquivalence: Sendable, Hashable {
    public let band: Double
    public let ibtMinimum: Int

    public init(band: Double, ibtMinimum: Int) {
        self.band = band
        self.ibtMinimum = ibtMinimum
    }
}

/// The settings the product knows.
public enum SettingKeys {
    /// For how many years after it was taken a language test result (3.6) is accepted.
    public static let languageTestValidityYears = SettingKey<Int>(
        name: "language-test.validity-years", defaultValue: 2,
        encode: { String($0) }, decode: { Int($0).flatMap { $0 > 0 ? $0 : nil } })

    /// TOEFL band → iBT concordance. The default is Domain's `TOEFLBands.standard` (the one
    /// table `sts exemption` also uses); an administrator can correct it without a new release.
    public static let toeflBandEquivalence = SettingKey<[TOEFLBandEquivalence]>(
        name: "toefl.band-equivalence",
        defaultValue: TOEFLBands.standard.map { TOEFLBandEquivalence(band: $0.key, ibtMinimum: $0.value) }
            .sorted { $0.band < $1.band },
        encode: { $0.map { "\($0.band):\($0.ibtMinimum)" }.joined(separator: " ") },
        decode: { text in
            var table: [TOEFLBandEquivalence] = []
            for pair in text.split(separator: " ") {
                let parts = pair.split(separator: ":")
                guard parts.count == 2, let band = Double(parts[0]), let ibt = Int(parts[1]),
                      (0...6).contains(band), (0...120).contains(ibt) else { return nil }
                table.append(TOEFLBandEquivalence(band: band, ibtMinimum: ibt))
            }
            return table.isEmpty ? nil : table.sorted { $0.band < $1.band }
        })
}
