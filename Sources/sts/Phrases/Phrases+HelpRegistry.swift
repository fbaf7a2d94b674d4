import Domain

/// `--help` of the Registry commands: search, certificate, verify, diploma, inquiry, audit — in the command line's language.
extension Phrases {
    static let helpSearch = Phrase(
        az: """
            istifadə: sts search SOYAD [AD [ATA ADI]] [--born İİİİ-AA-GG] [--json] [--limit N] [--db YOL]

            Reyestr qeydlərini ada görə tapır. Hər söz adın başlanğıcıdır və insanların yazdığı kimi
            tutuşdurulur: Mamedov, Mammadov və Мамедов Məmmədovu tapır; Guseynov və Huseynov —
            Hüseynovu; Aliyev — Əliyevi; Ismayilov — İsmayılovu.

              --born TARİX  yalnız həmin gün doğulanlar
              --json        obyektlər massivi: pin, surname, name, father_name, birth_date,
                            institution, admission_year, major_name, education_state
              --limit N     ən çox N qeyd (standart 50, ən çoxu 100000); axtarış limiti və
                            göstərilən qeydlərin sayı ilə birlikdə auditə yazılır
              --db YOL      baza faylı

            Çıxış kodu: 0 nəsə tapıldıqda, 1 heç nə tapılmadıqda, 2 yanlış girişdə.
            """,
        en: """
            usage: sts search SURNAME [NAME [FATHER'S NAME]] [--born YYYY-MM-DD] [--json] [--limit N] [--db PATH]

            Finds registry records by name. Each word is a prefix and is matched the way people
            spell it: Mamedov, Mammadov and Мамедов find Məmmədov; Guseynov and Huseynov find
            Hüseynov; Aliyev finds Əliyev; Ismayilov finds İsmayılov.

              --born DATE   only people born on that day
              --json        an array of objects: pin, surname, name, father_name, birth_date,
                            institution, admission_year, major_name, education_state
              --limit N     at most N records (default 50, at most 100000); the search is
                            audited with its limit and how many records it showed
              --db PATH     the database file

            Exit status: 0 when something was found, 1 when nothing was, 2 on bad input.
            """)

    static let helpCertificate = Phrase(
        az: """
            istifadə: sts certificate FİN [--purpose MƏTN] [--format text|json|html] [--out FAYL] [--lang az|en] [--db YOL]

            Bu FİN-i olan şəxsin elektron arayışını verir: ali və orta ixtisas təhsilinin bütün
            qeydləri, ən yenisi birinci, yoxlama kodu ilə; kodu sonra `sts verify KOD` yoxlayır.
            Verilmiş arayış saxlanılır və məqsədi ilə birlikdə auditə yazılır.

              --purpose MƏTN   məqsəd: citizen-request (standart), verification, investigation,
                               correction (bu kodla və ya ekranda göstərilən adla, ingiliscə və ya
                               azərbaycanca, istənilən hərf registrində) və ya istənilən başqa mətn,
                               auditə "other: MƏTN" kimi yazılır
              --format F       text (standart), json və ya html (çap üçün səhifə)
              --out FAYL       standart çıxış əvəzinə FAYL-a yazır
              --lang az|en     arayışın dili (vətəndaşa ingiliscə lazım ola bilər) və mesajların dili
              --db YOL         baza faylı

            Çıxış kodu: 0 verildi; 1 bu FİN üzrə qeyd yoxdur ("Əks əlaqə" sorğusu göndərin: sts inquiry
            new) və ya icazə yoxdur; 2 yanlış FİN və ya parametr.
            """,
        en: """
            usage: sts certificate PIN [--purpose TEXT] [--format text|json|html] [--out FILE] [--lang az|en] [--db PATH]

            Issues the e-certificate of the person with this PIN: every record of their higher and
            secondary specialised education, newest first, with a verification code that
            `sts verify CODE` checks later. The issue is kept and audited with its purpose.

              --purpose TEXT   why: citizen-request (default), verification, investigation,
                               correction (by this code or by the name the screen shows, in
                               English or Azerbaijani, any letter case), or any other text,
                               audited as "other: TEXT"
              --format F       text (default), json, or html (a printable page)
              --out FILE       write to FILE instead of standard output
              --lang az|en     the certificate's language (a citizen may need it in English), and
                               the messages'
              --db PATH        the database file

            Exit status: 0 issued; 1 no record for this PIN (file a Feedback inquiry: sts inquiry
            new) or not permitted; 2 an invalid PIN or option.
            """)

    static let helpVerify = Phrase(
        az: """
            istifadə: sts verify KOD [--json] [--db YOL]

            Bu yoxlama kodu ilə verilmiş elektron arayışı verildiyi kimi göstərir (kim, nə vaxt,
            hansı məqsədlə) və reyestrin hələ də eyni məlumatı verib-vermədiyini deyir; vermirsə,
            nəyin dəyişdiyini göstərir. Kod istənilən hərf registrində, tireli və ya tiresiz
            yazıla bilər.

              --json     {"code", "found", "unchanged", "differences", "issued_at", "issued_by",
                          "purpose", "certificate"}

            Çıxış kodu: 0 kod var (dəyişib-dəyişməməsindən asılı olmayaraq); 1 bu kodla arayış
            yoxdur; 2 kod deyil.
            """,
        en: """
            usage: sts verify CODE [--json] [--db PATH]

            Shows the e-certificate issued with this verification code (as it was issued: who,
            when, for what purpose) and whether the registry still says the same; when it does
            not, says what changed. The code may be typed in any case, with or without dashes.

              --json     {"code", "found", "unchanged", "differences", "issued_at", "issued_by",
                          "purpose", "certificate"}

            Exit status: 0 the code exists (changed or not); 1 no certificate has it; 2 not a code.
            """)

    static let helpDiploma = Phrase(
        az: """
            istifadə: sts diploma --series S --number N [--initials XYZ] [--json] [--db YOL]

            Diplomun seriyasını və qeydiyyat nömrəsini reyestrlə, --initials verildikdə isə
            sahibinin inisiallarını da (soyadı, adı, ata adı: "MƏƏ", "m.ə.ə") yoxlayır. Cavab:
            etibarlıdır (sahibi, müəssisə, ixtisas, tarix, növ), uyğunsuzluq (diplom var, amma
            inisiallar fərqlidir; hansının fərqli olduğu deyilir) və ya tapılmadı. Hər yoxlama
            auditə yazılır.

              --json   {"result": "valid"|"mismatch"|"not-found", "series", "number", …}

            Çıxış kodu: 0 etibarlıdır; 1 uyğunsuzluq və ya tapılmadı; 2 yanlış giriş.
            """,
        en: """
            usage: sts diploma --series S --number N [--initials XYZ] [--json] [--db PATH]

            Checks a diploma's series and registration number against the registry, and, with
            --initials, the holder's initials (surname, name, father's name: "MƏƏ", "m.ə.ə").
            Answers valid (holder, institution, major, date, level), mismatch (the diploma exists
            but the initials differ; says which) or not found. Every check is audited.

              --json   {"result": "valid"|"mismatch"|"not-found", "series", "number", …}

            Exit status: 0 valid; 1 mismatch or not found; 2 bad input.
            """)

    static let helpInquiry = Phrase(
        az: """
            istifadə: sts inquiry list [--state open|answered|approved|rejected] [--institution KOD] [--json]
                      sts inquiry show NÖMRƏ [--json]
                      sts inquiry new --institution KOD --surname S --name N [--father F] --born İİİİ-AA-GG
                                      [--pin FİN] [--year İL] [--message MƏTN] [--json]
                      sts inquiry supply NÖMRƏ --major KOD [--year İL] [--funding state|paid] [--level L]
                                      [--years N] [--enrollment admitted|transferred-in|reinstated]
                                      [--state studying|academic-leave|graduated|dismissed|transferred]
                                      [--diploma-series S --diploma-number N --diploma-date T
                                       [--diploma-level ordinary|honours]]
                      sts inquiry approve NÖMRƏ [--pin FİN | --predates-pins]
                      sts inquiry reject NÖMRƏ --reason MƏTN
            (hər biri --db YOL da qəbul edir)

            "Əks əlaqə" xidməti: DİM əməkdaşı və ya qəbul işçisi reyestrdə olmayan qeyd barədə onu
            saxlayan təhsil müəssisəsinə sorğu göndərir; həmin müəssisənin qəbul işçisi qeydi təqdim
            edir; inzibatçı onu təsdiqləyir (qeyd reyestrə düşür və FİN-i ilə tapılır) və ya səbəbini
            yazaraq rədd edir. Hər addım sorğunun tarixçəsində saxlanılır və auditə yazılır.
            Təsdiq üçün şəxsin FİN-i lazımdır ki, vətəndaş öz qeydini tapa bilsin: sorğudakı və ya
            --pin ilə verilən; FİN-siz yalnız --predates-pins ilə — inzibatçının qeydin FİN-lərdən
            əvvəlki dövrə aid olduğunu (2008-dən əvvəl qəbul) təsdiq etməsi ilə; tarixçə bunu göstərir.

            Çıxış kodu: 0 edildi; 1 tapılmadı və ya icazə yoxdur; 2 yanlış giriş.
            """,
        en: """
            usage: sts inquiry list [--state open|answered|approved|rejected] [--institution CODE] [--json]
                   sts inquiry show ID [--json]
                   sts inquiry new --institution CODE --surname S --name N [--father F] --born YYYY-MM-DD
                                   [--pin PIN] [--year Y] [--message TEXT] [--json]
                   sts inquiry supply ID --major CODE [--year Y] [--funding state|paid] [--level L]
                                   [--years N] [--enrollment admitted|transferred-in|reinstated]
                                   [--state studying|academic-leave|graduated|dismissed|transferred]
                                   [--diploma-series S --diploma-number N --diploma-date D
                                    [--diploma-level ordinary|honours]]
                   sts inquiry approve ID [--pin PIN | --predates-pins]
                   sts inquiry reject ID --reason TEXT
            (each also takes --db PATH)

            The Feedback service: SSAC staff or a clerk file an inquiry about a missing record with
            the institution that holds it; a clerk of that institution supplies the record; an
            administrator approves it (the record joins the registry, searchable by its PIN) or
            rejects it with a reason. Every step is kept in the inquiry's history and audited.
            Approval needs the person's PIN so the citizen finds the record: the inquiry's, or one
            given with --pin; without a PIN only with --predates-pins, the administrator's statement
            that the record predates PINs (admitted before 2008), which the history shows.

            Exit status: 0 done; 1 not found or not permitted; 2 bad input.
            """)

    static let helpAudit = Phrase(
        az: """
            istifadə: sts audit [--pin FİN] [--user LOGIN] [--since İİİİ-AA-GG] [--limit N] [--json] [--db YOL]

            Audit qeydlərini ən yenisi birinci göstərir: nə vaxt, kim, nə etdi, kimin FİN-i, bildirilən məqsəd.
              --pin FİN       bir şəxs barədə qeydlər (vətəndaşın baxışı)
              --user LOGIN    bir istifadəçinin qeydləri
              --since TARİX   bu tarixdən başlayaraq
              --limit N       ən çox N qeyd (standart 200)
              --json          [{"at", "login", "action", "pin", "purpose", "detail"}]
            """,
        en: """
            usage: sts audit [--pin PIN] [--user LOGIN] [--since YYYY-MM-DD] [--limit N] [--json] [--db PATH]

            Lists audit events, newest first: when, who, what, whose PIN, the stated purpose.
              --pin PIN       events about one person (the citizen's view)
              --user LOGIN    events by one user
              --since DATE    from this date on
              --limit N       at most N events (default 200)
              --json          [{"at", "login", "action", "pin", "purpose", "detail"}]
            """)
}
