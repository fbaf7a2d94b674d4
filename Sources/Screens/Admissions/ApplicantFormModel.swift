import Domain
import Storage
import TerminalUI

/// The applicant form (issue screen 2): its fields, the check of each field as the clerk
/// leaves it, and the reading of the whole form into an `Applicant`.
struct ApplicantFormModel {
    let language: Language
    let today: CivilDate
    let majors: [Major]

    static let levels = EducationLevel.allCases
    static let forms = StudyForm.allCases
    static let bases = AdmissionBasis.allCases
    static let priorLevels = PriorLevel.allCases

    private func t(_ phrase: Phrase) -> String { phrase.text(language) }

    /// A date as the clerk writes it: DD.MM.YYYY in Azerbaijani, ISO in English.
    /// DD.MM.YYYY in both languages (issue 15); both forms are read back.
    private func shown(_ date: CivilDate) -> String { date.dotted }

    /// The empty form, or the form of a stored applicant.
    func form(for applicant: Applicant?) -> FormState {
        let a = applicant
        let dateHint = t(Phrases.deskDateHint)
        func index<T: Equatable>(_ all: [T], _ value: T?) -> Int { value.flatMap { all.firstIndex(of: $0) } ?? 0 }
        return FormState([
            .text("surname", t(Phrases.deskSurname), value: a?.surname ?? "", maxLength: 60, required: true),
            .text("name", t(Phrases.deskName), value: a?.name ?? "", maxLength: 60, required: true),
            .text("father", t(Phrases.deskFatherName), value: a?.fatherName ?? "", maxLength: 60,
                  hint: t(Phrases.deskOptional)),
            .text("citizenship", t(Phrases.deskCitizenship), value: a?.citizenship ?? "", maxLength: 2,
                  hint: "TR, RU, IN …", required: true),
            .text("birth", t(Phrases.deskBirthDate), value: a.map { shown($0.birthDate) } ?? "", maxLength: 10,
                  hint: dateHint, required: true),
            .text("passport", t(Phrases.deskPassport), value: a?.passportNumber ?? "", maxLength: 20, required: true),
            .text("expiry", t(Phrases.deskPassportExpiry), value: a.map { shown($0.passportExpiry) } ?? "", maxLength: 10,
                  hint: dateHint, required: true),
            .text("major", t(Phrases.deskMajor), value: a?.majorCode ?? "", maxLength: 20,
                  hint: majors.prefix(3).map(\.code).joined(separator: ", ") + " …", required: true),
            .choice("level", t(Phrases.deskLevel), options: Self.levels.map { t($0.phrase) }, selected: index(Self.levels, a?.level ?? .bachelor)),
            .text("language", t(Phrases.deskProgramLanguage), value: a?.programLanguage ?? "", maxLength: 2,
                  hint: "az, en, ru …", required: true),
            .choice("form", t(Phrases.deskStudyForm), options: Self.forms.map { t($0.phrase) }, selected: index(Self.forms, a?.studyForm)),
            .choice("basis", t(Phrases.deskBasis), options: Self.bases.map { $0.paragraph + " " + t(Phrases.deskBasisShort($0)) },
                    selected: index(Self.bases, a?.basis ?? .individualContract)),
            .choice("prevLevel", t(Phrases.deskPreviousLevel), options: Self.priorLevels.map { t($0.phrase) },
                    selected: index(Self.priorLevels, a?.previous.level)),
            .text("prevCountry", t(Phrases.deskPreviousCountry), value: a?.previous.country ?? "", maxLength: 2,
                  hint: "TR, AZ …", required: true),
            .text("prevInstitution", t(Phrases.deskPreviousInstitution), value: a?.previous.institution ?? "", maxLength: 120),
            .text("prevLanguage", t(Phrases.deskPreviousLanguage), value: a?.previous.language ?? "", maxLength: 2,
                  hint: "az, en, ru …", required: true),
            .toggle("inAzerbaijan", t(Phrases.deskCompletedInAzerbaijan), value: a?.previous.completedInAzerbaijan ?? false,
                    hint: "3.7.1"),
            .toggle("nextLevel", t(Phrases.deskNextLevel), value: a?.previous.continuesToNextLevel ?? false, hint: "3.7.1"),
            .toggle("recognised", t(Phrases.deskPreviousRecognised), value: a?.previous.recognisedInAzerbaijan ?? false,
                    hint: "3.4.2, 3.7.2"),
            .toggle("resident", t(Phrases.deskPermanentResident), value: a?.permanentResident ?? false, hint: "1.2"),
            // After the previous education, so the long-standing order of the form above stays.
            .text("years", t(Phrases.deskYearsOfStudy),
                  value: String(a.map { $0.yearsOfStudy ?? AdmissionRules.usualYearsOfStudy($0.level) } ?? AdmissionRules.usualYearsOfStudy(.bachelor)),
                  maxLength: 1, hint: "1–8 (000)", required: true),
            .text("contact", t(Phrases.deskContact), value: a?.contact ?? "", maxLength: 120),
        ])
    }

    /// Why the value of field `id` is refused, or nil when it is acceptable.
    func problem(_ id: String, in form: FormState) -> Phrase? {
        let value = form.value(id).trimmingCharacters(in: .whitespaces)
        let required: Set<String> = ["surname", "name", "citizenship", "birth", "passport", "expiry", "major", "language",
                                     "prevCountry", "prevLanguage", "years"]
        if required.contains(id), value.isEmpty { return Phrases.deskRequired }
        if let hidden = StoredText.problem(in: value) { return hidden }
        switch id {
        case "surname", "name", "father":
            if value.contains(where: { $0.isNumber }) { return Phrases.deskNoDigitsInNames }
        case "citizenship", "prevCountry":
            if !ISOCodes.countries.contains(value.uppercased()) { return Phrases.deskCountryCode(value) }
        case "language", "prevLanguage":
            if LanguageCode.normalised(value) == nil { return Phrases.deskLanguageCode(value) }
        case "birth":
            guard let date = CivilDate(parsing: value) else { return Phrases.deskBadDate(value) }
            if date >= today { return Phrases.deskBirthInFuture }
            if date.adding(years: 14) > today { return Phrases.deskTooYoung }
        case "expiry":
            guard let date = CivilDate(parsing: value) else { return Phrases.deskBadDate(value) }
            if date < today { return Phrases.deskPassportExpired(date) }
        case "passport":
            if value.count < 5 || !value.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) }) {
                return Phrases.deskPassportFormat
            }
        case "years":
            guard let years = Int(value), AdmissionRules.yearsOfStudyRange.contains(years) else {
                return Phrases.deskYearsOfStudyBad(value)
            }
        case "major":
            if !majors.isEmpty, !majors.contains(where: { $0.code.uppercased() == value.uppercased() }) {
                return Phrases.deskUnknownMajor(value)
            }
        default: break
        }
        return nil
    }

    /// The problem to show while the clerk is still typing: only what more typing cannot
    /// mend (a digit in a name, a date or code already as long as it can be).
    func liveProblem(_ id: String, in form: FormState) -> Phrase? {
        let value = form.value(id).trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty, let problem = problem(id, in: form) else { return nil }
        // A hidden character is shown at once: more typing cannot mend it (issue 12).
        if StoredText.problem(in: value) != nil { return problem }
        switch id {
        case "surname", "name", "father", "contact", "prevInstitution": return problem
        case "citizenship", "prevCountry", "language", "prevLanguage": return value.count >= 2 ? problem : nil
        case "birth", "expiry": return value.count >= 10 || (value.contains(".") && value.count >= 8 && value.split(separator: ".").last?.count == 4) ? problem : nil
        default: return nil
        }
    }

    /// Marks every refused field; returns the ids refused, in form order.
    func validate(_ form: inout FormState) -> [String] {
        var refused: [String] = []
        for field in form.fields {
            let problem = problem(field.id, in: form)
            form.setError(field.id, problem.map(t))
            if problem != nil { refused.append(field.id) }
        }
        return refused
    }

    func choiceIndex(_ id: String, in form: FormState) -> Int { Self.choice(id, in: form) }

    /// The position chosen in the choice field `id` (0 when there is no such field).
    static func choice(_ id: String, in form: FormState) -> Int {
        guard let i = form.index(of: id), case .choice(_, let selected) = form.fields[i].kind else { return 0 }
        return selected
    }

    func toggle(_ id: String, in form: FormState) -> Bool { form.value(id) == "yes" }

    /// The applicant the form describes (call `validate` first); keeps id, state and version of `base`.
    func applicant(from form: FormState, base: Applicant?, institutionCode: String) -> Applicant? {
        func v(_ id: String) -> String { form.value(id).trimmingCharacters(in: .whitespaces) }
        guard let birth = CivilDate(parsing: v("birth")), let expiry = CivilDate(parsing: v("expiry")) else { return nil }
        let majorCode = majors.first { $0.code.uppercased() == v("major").uppercased() }?.code ?? v("major")
        var applicant = Applicant(
            id: base?.id ?? 0, surname: v("surname"), name: v("name"), fatherName: v("father"),
            citizenship: v("citizenship").uppercased(), birthDate: birth, passportNumber: v("passport").uppercased(),
            passportExpiry: expiry, institutionCode: base?.institutionCode ?? institutionCode, majorCode: majorCode,
            level: Self.levels[choiceIndex("level", in: form)], programLanguage: LanguageCode.normalised(v("language")) ?? "",
            studyForm: Self.forms[choiceIndex("form", in: form)], basis: Self.bases[choiceIndex("basis", in: form)],
            previous: PreviousEducation(level: Self.priorLevels[choiceIndex("prevLevel", in: form)],
                                        country: v("prevCountry").uppercased(), institution: v("prevInstitution"),
                                        language: LanguageCode.normalised(v("prevLanguage")) ?? "",
                                        completedInAzerbaijan: toggle("inAzerbaijan", in: form),
                                        continuesToNextLevel: toggle("nextLevel", in: form),
                                        recognisedInAzerbaijan: toggle("recognised", in: form)),
            permanentResident: toggle("resident", in: form), yearsOfStudy: Int(v("years")), contact: v("contact"))
        if let base {
            applicant.state = base.state
            applicant.version = base.version
        }
        return applicant
    }

    // MARK: - Drafts

    /// The form as text, for a draft: text as typed, choices by position, toggles yes/no.
    static func snapshot(_ form: FormState) -> [String: String] {
        var fields: [String: String] = [:]
        for field in form.fields {
            switch field.kind {
            case .text(let state): fields[field.id] = state.text
            case .choice(_, let selected): fields[field.id] = "#\(selected)"
            case .toggle(let on): fields[field.id] = on ? "yes" : "no"
            }
        }
        return fields
    }

    static func restore(_ fields: [String: String], into form: inout FormState) {
        for (i, field) in form.fields.enumerated() {
            guard let value = fields[field.id] else { continue }
            switch field.kind {
            case .text: form.setValue(field.id, value)
            case .choice(let options, _):
                if let n = Int(value.dropFirst()), options.indices.contains(n) {
                    form.fields[i].kind = .choice(options: options, selected: n)
                }
            case .toggle: form.setValue(field.id, value)
            }
        }
    }

    /// The fields whose values differ between two applicants, with both values, for the
    /// review of a conflicting save.
    func differences(mine: Applicant, theirs: Applicant) -> [(label: String, mine: String, theirs: String)] {
        let a = form(for: mine), b = form(for: theirs)
        return zip(a.fields, b.fields).compactMap { left, right in
            left.value == right.value ? nil : (left.label, left.value, right.value)
        }
    }
}
