/// The order of levels and stages of education, as 3.7 needs it ("the next level or stage",
/// "graduates of previous education level") and 3.6 ("the bachelor's degree", "further
/// education").
///
/// The regulations do not list which level follows which; this table follows the Law on
/// Education of the Republic of Azerbaijan: secondary specialised after general secondary;
/// bachelor after general secondary or secondary specialised; master after bachelor;
/// residency (medical) after basic higher medical education (bachelor or master);
/// doctorate after master or residency.
extension EducationLevel {
    /// The levels of previous education from which this programme is the next level or stage.
    public var precedingLevels: Set<PriorLevel> {
        switch self {
        case .secondarySpecialised: return [.generalSecondary]
        case .bachelor: return [.generalSecondary, .secondarySpecialised]
        case .master: return [.bachelor]
        case .residency: return [.bachelor, .master]
        case .doctorate: return [.master, .residency]
        }
    }

    /// "Further education" of 3.6: the levels after the bachelor's degree.
    public var isFurtherEducation: Bool {
        switch self {
        case .master, .doctorate, .residency: return true
        case .secondarySpecialised, .bachelor: return false
        }
    }

    /// The level as the object of a sentence: "a bachelor's programme".
    public var programmePhrase: Phrase {
        switch self {
        case .secondarySpecialised:
            return Phrase(az: "orta ixtisas təhsili proqramı", en: "a secondary specialised programme")
        case .bachelor: return Phrase(az: "bakalavriat proqramı", en: "a bachelor's programme")
        case .master: return Phrase(az: "magistratura proqramı", en: "a master's programme")
        case .doctorate: return Phrase(az: "doktorantura proqramı", en: "a doctoral programme")
        case .residency: return Phrase(az: "rezidentura proqramı", en: "a residency programme")
        }
    }
}
