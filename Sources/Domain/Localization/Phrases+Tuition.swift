/// Texts of the admission-order money rule (2.1.1, 4.4, 4.5).
extension Phrases {
    static let compulsorySecondaryFree = Phrase(
        az: "əcnəbilərin icbari ümumi orta təhsili ödənişsizdir (4.4); əmr ödənişdən asılı deyil",
        en: "compulsory secondary education is free for foreigners (4.4); the order does not depend on payment")

    static let quotaNothingDue = Phrase(
        az: "kvota əsasında təhsil alan əcnəbi təhsil haqqını dövlətlərarası müqaviləyə uyğun ödəyir (4.5); əmrdən əvvəl ödəniş tələb olunmur",
        en: "a quota student pays as the intergovernmental contract sets (4.5); nothing is due before the order")

    static func quotaPaid(_ counted: Money, due: Money) -> Phrase {
        Phrase(az: "kvota tələbəsi dövlətlərarası müqavilənin əmrdən əvvəl tələb etdiyi \(due) manatı ödəyib (ödənilib: \(counted)) (4.5)",
               en: "the quota student has paid the \(due) manat the intergovernmental contract requires before the order (paid: \(counted)) (4.5)")
    }

    static func quotaNotPaid(_ counted: Money, due: Money) -> Phrase {
        Phrase(az: "kvota tələbəsi dövlətlərarası müqavilənin əmrdən əvvəl tələb etdiyi \(due) manatdan yalnız \(counted) manat ödəyib (4.5)",
               en: "the quota student has paid only \(counted) of the \(due) manat the intergovernmental contract requires before the order (4.5)")
    }

    static let annualFeeNotSet = Phrase(
        az: "illik təhsil haqqı müəyyən edilməyib; 2.1.1 üzrə onun 50 faizi hesablana bilmir",
        en: "the annual tuition fee is not set, so 50 % of it (2.1.1) cannot be counted")

    static func halfFeePaid(_ counted: Money, fee: Money, required: Money, yearStarts: CivilDate) -> Phrase {
        Phrase(az: "tədris ili \(yearStarts.dotted) tarixində başlanana qədər illik \(fee) manat təhsil haqqından \(counted) manat ödənilib — ən azı 50 faiz (\(required)) tələbi ödənilir",
               en: "\(counted) of the annual fee of \(fee) manat was paid before the academic year starts on \(yearStarts.dotted) — at least 50 % (\(required)), as 2.1.1 requires")
    }

    static func halfFeeNotPaid(_ counted: Money, fee: Money, required: Money, yearStarts: CivilDate,
                               lateAmount: Money?) -> Phrase {
        let lateAz = lateAmount.map { "; \(yearStarts.dotted) tarixindən sonra ödənilmiş \($0) manat nəzərə alınmır" } ?? ""
        let lateEn = lateAmount.map { "; \($0) paid on or after \(yearStarts.dotted) does not count" } ?? ""
        return Phrase(
            az: "tədris ili \(yearStarts.dotted) tarixində başlanana qədər illik \(fee) manat təhsil haqqından yalnız \(counted) manat ödənilib; qəbul əmri üçün ən azı 50 faiz (\(required)) tələb olunur (2.1.1)\(lateAz)",
            en: "only \(counted) of the annual fee of \(fee) manat was paid before the academic year starts on \(yearStarts.dotted); the admission order needs at least 50 % (\(required)) first (2.1.1)\(lateEn)")
    }
}
