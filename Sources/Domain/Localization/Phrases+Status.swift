/// Texts of student status changes (4.9, 4.10).
extension Phrases {
    static func studentStatus(_ status: StudentStatus) -> Phrase {
        switch status {
        case .enrolled: return Phrase(az: "təhsil alır", en: "enrolled")
        case .academicLeave: return Phrase(az: "akademik məzuniyyətdədir", en: "on academic leave")
        case .reinstated: return Phrase(az: "bərpa olunub", en: "reinstated")
        case .transferred: return Phrase(az: "köçürülüb", en: "transferred")
        case .dismissed: return Phrase(az: "xaric olunub", en: "dismissed")
        case .graduated: return Phrase(az: "məzun olub", en: "graduated")
        }
    }

    static func eventKind(_ kind: StatusEvent.Kind) -> Phrase {
        switch kind {
        case .takeAcademicLeave: return Phrase(az: "akademik məzuniyyət", en: "academic leave")
        case .returnFromLeave: return Phrase(az: "akademik məzuniyyətdən qayıdış", en: "return from academic leave")
        case .reinstate: return Phrase(az: "bərpa", en: "reinstatement")
        case .transfer: return Phrase(az: "köçürmə", en: "transfer")
        case .dismiss: return Phrase(az: "xaric olunma", en: "dismissal")
        case .graduate: return Phrase(az: "məzun olma", en: "graduation")
        }
    }

    static func dismissalGround(_ ground: DismissalGround) -> Phrase {
        switch ground {
        case .discipline:
            return Phrase(az: "daxili intizam qaydaları ilə qadağan edilmiş hərəkətlər (müqavilənin 3.1.1-ci bəndi)",
                          en: "acts prohibited by the internal disciplinary rules (contract 3.1.1)")
        case .unpaidTuition:
            return Phrase(az: "təhsil haqqı müqavilədə göstərilən müddətdə ödənilməyib (müqavilənin 3.1.2-ci bəndi)",
                          en: "tuition not paid within the period of the contract (contract 3.1.2)")
        case .courtDecision:
            return Phrase(az: "azadlıqdan məhrum etmə və ya ölkədən çıxarılma barədə məhkəmə qərarı (müqavilənin 3.1.3-cü bəndi)",
                          en: "a court decision on imprisonment or removal from Azerbaijan (contract 3.1.3)")
        case .noResidenceDocument:
            return Phrase(az: "yaşamağı təsdiq edən sənəd 90 gün ərzində təqdim edilməyib (müqavilənin 3.1.4-cü bəndi)",
                          en: "no residence document within 90 days (contract 3.1.4)")
        case .other(let text):
            return Phrase(az: text, en: text)
        }
    }

    static func statusMoveRefused(_ kind: StatusEvent.Kind, from status: StudentStatus) -> Phrase {
        let event = eventKind(kind)
        switch status {
        case .transferred:
            return Phrase(az: "tələbə köçürülüb: bu qeyd bağlanıb, təhsil qəbul edən proqramın qeydində davam edir (\(event.az) mümkün deyil)",
                          en: "the student was transferred: this record is closed and continues under the receiving programme's record (no \(event.en))")
        case .graduated:
            return Phrase(az: "tələbə məzun olub: qeyd bağlanıb (\(event.az) mümkün deyil)",
                          en: "the student has graduated: the record is closed (no \(event.en))")
        case .dismissed:
            return Phrase(az: "tələbə xaric olunub: yalnız bərpa mümkündür (\(event.az) mümkün deyil)",
                          en: "the student is dismissed: only reinstatement is possible (no \(event.en))")
        case .academicLeave:
            switch kind {
            case .takeAcademicLeave:
                return Phrase(az: "tələbə artıq akademik məzuniyyətdədir", en: "the student is already on academic leave")
            case .reinstate:
                return Phrase(az: "tələbə xaric olunmayıb, akademik məzuniyyətdədir: bərpa yox, məzuniyyətdən qayıdış qeyd olunur",
                              en: "the student is on academic leave, not dismissed: record a return from leave, not a reinstatement")
            default:
                return Phrase(az: "tələbə akademik məzuniyyətdədir: \(event.az) üçün əvvəlcə məzuniyyətdən qayıtmalıdır",
                              en: "the student is on academic leave and must return from it before a \(event.en)")
            }
        case .enrolled, .reinstated:
            switch kind {
            case .returnFromLeave:
                return Phrase(az: "tələbə akademik məzuniyyətdə deyil", en: "the student is not on academic leave")
            default:
                return Phrase(az: "tələbə təhsil alır: yalnız xaric olunmuş tələbə bərpa oluna bilər",
                              en: "the student is studying: only a dismissed student can be reinstated")
            }
        }
    }

    static let transferDestinationMissing = Phrase(
        az: "köçürüldüyü proqram və ya təhsil müəssisəsi göstərilməyib",
        en: "the programme or institution the student transfers to is not stated")

    static let dismissalGroundMissing = Phrase(
        az: "xaric olunmanın əsası göstərilməyib", en: "the ground of dismissal is not stated")

    static let graduationNeedsDiploma = Phrase(
        az: "məzun olma dövlət nümunəli təhsil sənədi (diplom) verildikdə qeyd olunur; diplom göstərilməyib (4.9)",
        en: "graduation is recorded when the state document on education (diploma) is issued; no diploma was given (4.9)")
}
