extension Schema {
    /// 10 — the institution's name in English, for the English translation of the appendix
    /// contract (issue 15: the contract shows the institution, its rector and address from the
    /// institution's record; address and rector came with migration 2). Set by an
    /// administrator with `sts institutions set CODE --name-en …`.
    static let institutionEnglishName = Migration(number: 10, name: "institution: English name", sql: """
        ALTER TABLE institution ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
        """)
}
