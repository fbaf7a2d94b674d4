import Domain

/// `sts admit --help` in the command line's language.
extension Phrases {
    static let helpAdmit = Phrase(
        az: """
            istifadə: sts admit ƏRİZƏÇİ-NÖMRƏSİ --order-number N [--order-date TARİX] [--funding state|paid] [--json] [--db YOL]

            Müəssisənizin bir ərizəçisi üçün qəbul haqqında əmr verir (müqavilənin 2.1.1-ci bəndi),
            interfeysdə F5 `a` kimi: əmr verilə bilənədək hər səbəb bəndi ilə göstərilir və əmr
            verilmir (2.1.1 və ya 4.4/4.5 ödəniş, 3.4 sənədlər, 3.5 dil qərarı, proqramın illəri).
            Tələbə "Tələbə-məzun" reyestrinə daxil edilir (4.11); yaşayış sənədi əmrin tarixindən 90
            gün ərzində (2.2.4). Əmrin yazılması aktın özüdür: sual verilmir.

              --order-number N   əmrin çap olunmuş nömrəsi (mütləq)
              --order-date TARİX əmrin tarixi, İİİİ-AA-GG və ya GG.AA.İİİİ (standart: bu gün; sonrakı olmaz)
              --funding F        state və ya paid, arayışda göstərildiyi kimi (seed 000);
                                 standart: kvota tələbəsi üçün (3.1.1) state, qalanları üçün paid
              --json             obyekt: applicant, order_number, order_date, academic_year,
                                 funding, residence_due

            Çıxış kodu: 0 qəbul olundu, 1 rədd edildi və ya icazə yoxdur, 2 yanlış giriş.
            """,
        en: """
            usage: sts admit APPLICANT-ID --order-number N [--order-date DATE] [--funding state|paid] [--json] [--db PATH]

            Issues the admission order (contract 2.1.1 "issues a decree on the admission") for one
            applicant of your institution, as F5 `a` does in the interface: refused, with every
            reason and its paragraph (2.1.1 or 4.4/4.5 money, 3.4 documents, 3.5 language decision,
            the programme's years), until the order may be given. The student goes into the
            Student-graduate registry (4.11); the residence document is due 90 days after the
            order's date (2.2.4). Writing the command is the act: there is no question to answer.

              --order-number N   the order's number as it is printed (required)
              --order-date DATE  the order's date, YYYY-MM-DD or DD.MM.YYYY (default today; not later)
              --funding F        state or paid, as the certificate will state it (seed 000);
                                 default: state for a quota student (3.1.1), paid otherwise
              --json             an object: applicant, order_number, order_date, academic_year,
                                 funding, residence_due

            Exit status: 0 admitted, 1 refused or not permitted, 2 bad input.
            """)

    static func cliNotStateOrPaid(_ raw: String) -> Phrase {
        Phrase(az: "--funding: \"\(raw)\" nə state, nə də paid deyil", en: "--funding: \"\(raw)\" is not state or paid")
    }
}
