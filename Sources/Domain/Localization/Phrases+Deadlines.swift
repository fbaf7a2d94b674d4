/// Texts of deadlines (2.1.1, 2.2.2, 2.2.4, 4.8, 4.12).
extension Phrases {
    static func deadlineTitle(_ kind: Deadline.Kind) -> Phrase {
        switch kind {
        case .admissionPayment:
            return Phrase(az: "tədris ili başlanana qədər illik təhsil haqqının ən azı 50 faizi",
                          en: "at least 50 % of the annual fee before the academic year starts")
        case .annualPayment:
            return Phrase(az: "illik təhsil haqqının ödənilməsi", en: "annual tuition payment")
        case .residenceDocument:
            return Phrase(az: "Azərbaycan Respublikasının ərazisində yaşamağı təsdiq edən sənədin surəti",
                          en: "copy of the document confirming residence in Azerbaijan")
        case .activityNotice:
            return Phrase(az: "3.1.2–3.1.4 əsasında qəbul barədə Təhsil Nazirliyinə (və başqadırsa, təsisçi orqana) məlumat",
                          en: "Ministry of Education (and the founder body, if another) informed of an admission on 3.1.2–3.1.4")
        case .yearlyReport:
            return Phrase(az: "əcnəbi tələbələr haqqında Təhsil Nazirliyinə və Dövlət Statistika Komitəsinə illik hesabat",
                          en: "yearly report on foreign students to the Ministry of Education and the State Statistics Committee")
        case .dismissalNotice:
            return Phrase(az: "xaric olunma barədə Təhsil Nazirliyinə və Dövlət Miqrasiya Xidmətinə məlumat",
                          en: "notice of dismissal to the Ministry of Education and the State Migration Service")
        }
    }

    static func deadlineConsequence(_ kind: Deadline.Kind) -> Phrase? {
        switch kind {
        case .residenceDocument:
            return Phrase(az: "müddət keçdikdə müqavilənin ləğvi üçün əsasdır (müqavilənin 3.1.4-cü bəndi)",
                          en: "missing it is a ground to terminate the contract (contract 3.1.4)")
        case .annualPayment:
            return Phrase(az: "müddət keçdikdə müqavilənin ləğvi üçün əsasdır (müqavilənin 3.1.2-ci bəndi)",
                          en: "missing it is a ground to terminate the contract (contract 3.1.2)")
        case .admissionPayment:
            return Phrase(az: "ödənilmədikdə qəbul əmri verilə bilməz (2.1.1)",
                          en: "until it is paid the admission order may not be issued (2.1.1)")
        case .yearlyReport, .dismissalNotice, .activityNotice:
            return nil
        }
    }

    static func days(_ count: Int) -> Phrase {
        Phrase(az: "\(count) gün", en: count == 1 ? "1 day" : "\(count) days")
    }

    static func deadlineStatus(_ status: DeadlineStatus) -> Phrase {
        switch status {
        case .met(let on):
            return Phrase(az: "\(on.dotted) tarixində yerinə yetirilib", en: "done \(on.dotted)")
        case .metLate(let on, let late):
            return Phrase(az: "\(on.dotted) tarixində, \(days(late).az) gecikmə ilə yerinə yetirilib",
                          en: "done \(on.dotted), \(days(late).en) late")
        case .open(let left):
            return left == 0 ? Phrase(az: "bu gün son gündür", en: "due today")
                : Phrase(az: "\(days(left).az) qalıb", en: "\(days(left).en) left")
        case .overdue(let late):
            return Phrase(az: "\(days(late).az) gecikib", en: "overdue by \(days(late).en)")
        }
    }

    static func deadlineSummary(_ deadline: Deadline, status: DeadlineStatus) -> Phrase {
        let title = deadlineTitle(deadline.kind)
        let state = deadlineStatus(status)
        var az = "\(deadline.paragraph) \(title.az): son gün \(deadline.due.dotted), \(state.az)"
        var en = "\(deadline.paragraph) \(title.en): due \(deadline.due.dotted), \(state.en)"
        if case .overdue = status, let consequence = deadlineConsequence(deadline.kind) {
            az += "; " + consequence.az
            en += "; " + consequence.en
        }
        return Phrase(az: az, en: en)
    }
}
