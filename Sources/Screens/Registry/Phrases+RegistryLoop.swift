import Domain

/// Texts of the SSAC loop (issue 15): the PIN field that keeps the focus, the certificate
/// that asks before it is issued, and the Names → PIN hand-off.
extension Phrases {
    public static let keyCommands = Phrase(az: "əmrlər (c i e p)", en: "commands (c i e p)")
    public static let pinReplaceHint = Phrase(az: "növbəti FİN-i yazın: köhnəsini əvəz edir",
                                              en: "type the next PIN: it replaces this one")
    public static let purposeFirst = Phrase(az: "Əvvəlcə axtarışın məqsədini seçin: p və ya Enter",
                                            en: "First choose the purpose of the lookup: p or Enter")
    public static func purposeThenSearch(_ pin: String) -> Phrase {
        Phrase(az: "Sonra FİN \(pin) axtarılacaq", en: "Then PIN \(pin) is searched")
    }
    public static let issueTitle = Phrase(az: "Arayış verilsin?", en: "Issue the certificate?")
    public static let issueButton = Phrase(az: "Ver", en: "Issue")
    public static func issueQuestion(name: String, pin: String, purpose: String, count: Int) -> Phrase {
        Phrase(az: "\(name) (FİN \(pin)) üçün \(count) qeydli e-arayış \"\(purpose)\" məqsədi ilə verilsin? "
                   + "Yoxlama kodu, sizin istifadəçi adınız və vaxt ilə saxlanacaq və audit qeydinə yazılacaq. Enter — ver, Esc — ləğv et.",
               en: "Issue the e-certificate of \(name) (PIN \(pin)), \(count) record" + (count == 1 ? "" : "s")
                   + ", for \"\(purpose)\"? It is kept with a verification code, your login and the time, "
                   + "and written to the audit trail. Enter issues, Esc cancels.")
    }
    public static let issueCancelled = Phrase(az: "Arayış verilmədi", en: "No certificate was issued")
    public static let helpNextPIN = Phrase(az: "axtarışdan sonra yazılan FİN köhnəsini əvəz edir",
                                           en: "typed after a search: replaces the PIN")
    public static let keyOpenPIN = Phrase(az: "FİN ekranı", en: "PIN screen")
    public static let helpOpenPIN = Phrase(az: "şəxsi FİN ekranında aç (məqsəd soruşulur)",
                                           en: "open the person on the PIN screen (purpose asked)")
    public static let nameHasNoPIN = Phrase(az: "Bu qeydin FİN-i yoxdur (2008-dən əvvəlki qeydlərdə ola bilər)",
                                            en: "This record has no PIN (records from before 2008 may lack one)")
}
