import Domain

/// `--help` of the Desk commands: exemption, checklist, deadlines, report — in the command line's language.
extension Phrases {
    static let helpExemption = Phrase(
        az: """
            istifadə: sts exemption --level L --program-language X [--previous-language Y]
                                    [--previous-level Z] [--studied-in-azerbaijan] [--next-level]
                                    [--previous-recognised] [--permanent-resident] [--ielts S]
                                    [--toefl S] [--toefl-band S] [--test-date İİİİ-AA-GG]
                                    [--on İİİİ-AA-GG] [--db YOL] [--json] [--lang az|en]

            Əcnəbi ərizəçinin dil yoxlamasından azad olub-olmadığına qərar verir (Qaydaların 1.2,
            3.7.1, 3.7.2, 3.6, əks halda 3.5-ci bəndləri) və qərarın əsaslandığı bəndi göstərir.

              --level L                 secondary-specialised, bachelor, master, doctorate, residency
              --program-language X      tədris dili, ISO 639-1 kodu (az, en, ru, tr …)
              --previous-language Y     əvvəlki təhsilin dili (ISO 639-1)
              --previous-level Z        ərizəçinin bitirdiyi əvvəlki təhsilin səviyyəsi:
                                        general-secondary, secondary-specialised, bachelor,
                                        master, doctorate, residency
              --studied-in-azerbaijan   əvvəlki təhsil Azərbaycanın təhsil müəssisəsində alınıb
              --next-level              proqram ondan sonrakı növbəti səviyyə və ya pillədir
              --previous-recognised     əvvəlki təhsil sənədi leqallaşdırılıb və ya apostil
                                        qoyulub (3.4.2) və Azərbaycanda tanınıb; 3.7.2 bunu
                                        tələb edir ("qəbul edən ölkənin qanunvericiliyində
                                        nəzərdə tutulmuş tələblər")
              --permanent-resident      Azərbaycanda daimi yaşayır (1.2)
              --ielts S                 IELTS balı, 0–9, 0.5 addımla
              --toefl S                 TOEFL iBT balı, 0–120 arası tam ədəd
              --toefl-band S            1–6 şkalası üzrə TOEFL (2026-cı ilin yanvarından), 0.5
                                        addımla; bal cədvəli ilə müqayisə olunur (ərizəçilər
                                        ekranındakı ilə eyni): --db verildikdə bazanın ayarı,
                                        yoxdursa standart cədvəl (1=0 1.5=12 2=24 2.5=34 3=44
                                        3.5=58 4=72 4.5=86 5=95 5.5=107 6=114)
              --toefl-band-equivalence B=N[,B=N…]
                                        cədvəlin yerinə: 1–6 şkalasının hər balı 0–120
                                        şkalasında nəyə bərabərdir, məs. 4=40,4.5=50
              --test-date TARİX         testlərin verildiyi tarix (İİİİ-AA-GG və ya GG.AA.İİİİ)
              --validity-years N        test nəticəsinin neçə il qüvvədə qaldığı (standart 2, --db
                                        verildikdə bazanın ayarı)
              --db YOL                  inzibatçının ayarlarını (müddət, bal cədvəli) bu bazadan
                                        oxuyur; heç nə yazılmır
              --on TARİX                qərarın tarixi (standart: bu gün)
              --json                    {"decision", "paragraph", "reasons": [{"paragraph",
                                        "applies", "why"}]}
              --lang az|en              mətnin dili (standart: $STS_LANG, yoxdursa $LANG)

            Çıxış kodu: 0 qərar verildi; 2 yanlış giriş, parametri adı ilə göstərən bir sətirlə.
            """,
        en: """
            usage: sts exemption --level L --program-language X [--previous-language Y]
                                 [--previous-level Z] [--studied-in-azerbaijan] [--next-level]
                                 [--previous-recognised] [--permanent-resident] [--ielts S]
                                 [--toefl S] [--toefl-band S] [--test-date YYYY-MM-DD]
                                 [--on YYYY-MM-DD] [--db PATH] [--json] [--lang az|en]

            Decides whether a foreign applicant is exempt from the language assessment
            (regulations 1.2, 3.7.1, 3.7.2, 3.6, otherwise 3.5) and names the paragraph.

              --level L                 secondary-specialised, bachelor, master, doctorate, residency
              --program-language X      language of instruction, ISO 639-1 code (az, en, ru, tr …)
              --previous-language Y     language of the previous education (ISO 639-1)
              --previous-level Z        level of the previous education the applicant holds:
                                        general-secondary, secondary-specialised, bachelor,
                                        master, doctorate, residency
              --studied-in-azerbaijan   the previous education was at an institution of Azerbaijan
              --next-level              the programme is the next level or stage after it
              --previous-recognised     the previous education document is legalised or
                                        apostilled (3.4.2) and recognised in Azerbaijan;
                                        3.7.2 needs it ("requirements stipulated by the laws
                                        of the host country")
              --permanent-resident      lives permanently in Azerbaijan (1.2)
              --ielts S                 IELTS band, 0–9 in steps of 0.5
              --toefl S                 TOEFL iBT score, a whole number 0–120
              --toefl-band S            TOEFL on the 1–6 scale (from January 2026), steps of 0.5,
                                        compared through the band table (the desk's): the
                                        database's setting with --db, else the standard table
                                        (1=0 1.5=12 2=24 2.5=34 3=44 3.5=58 4=72 4.5=86 5=95
                                        5.5=107 6=114)
              --toefl-band-equivalence B=N[,B=N…]
                                        what each 1–6 band is worth on the 0–120 scale, in
                                        place of the table, e.g. 4=40,4.5=50
              --test-date DATE          when the tests were taken (YYYY-MM-DD or DD.MM.YYYY)
              --validity-years N        how long a test result counts (default 2, or the
                                        database's setting with --db)
              --db PATH                 read the administrator's settings (validity, band table)
                                        from this database; nothing is written
              --on DATE                 the decision date (default today)
              --json                    {"decision", "paragraph", "reasons": [{"paragraph",
                                        "applies", "why"}]}
              --lang az|en              language of the text (default: $STS_LANG, else $LANG)

            Exit status: 0 decided; 2 bad input, with one line naming the option.
            """)

    static let helpChecklist = Phrase(
        az: """
            istifadə: sts checklist ƏRİZƏÇİ-NÖMRƏSİ [--on İİİİ-AA-GG] [--json] [--db YOL]

            Bir ərizəçinin 3.4-cü bənd üzrə sənədləri (aid olduqda 3.2 və 3.3 də): hər sənəd bəndi
            və vəziyyəti ilə, nəyin çatışmadığı və ya qəbul edilmədiyi, səbəbi ilə.
            ƏRİZƏÇİ-NÖMRƏSİ ərizəçilər siyahısında göstərilən nömrədir (birinci ərizəçi üçün 1).

              --on TARİX  sərhədkeçmə sənədinin həmin tarixdə etibarlı olub-olmadığını yoxlayır
                          (standart: bu gün)
              --json      obyekt: applicant, complete, items [paragraph, title, status,
                          problems], missing [paragraph, reason]

            Çıxış kodu: 0 göstərildi (sənədlər tam olsa da, olmasa da), 1 belə ərizəçi yoxdur və ya
            icazə yoxdur, 2 yanlış giriş.
            """,
        en: """
            usage: sts checklist APPLICANT-ID [--on YYYY-MM-DD] [--json] [--db PATH]

            The documents of 3.4 (and 3.2, 3.3 where they apply) for one applicant: each item
            with its paragraph and status, and what is missing or not acceptable and why.
            APPLICANT-ID is the number the applicants list shows (1 for the first applicant).

              --on DATE   check the border-crossing document's validity on DATE (default today)
              --json      an object: applicant, complete, items [paragraph, title, status,
                          problems], missing [paragraph, reason]

            Exit status: 0 shown (complete or not), 1 no such applicant or not permitted,
            2 bad input.
            """)

    static let helpDeadlines = Phrase(
        az: """
            istifadə: sts deadlines [--on İİİİ-AA-GG] [--json] [--db YOL]
                      sts deadlines --done [--json] | --undo N [--db YOL]

            Müəssisənizdə vaxtı çatan və keçmiş işlər, tarixə görə, hər biri öz bəndi ilə:
            2.1.1 tədris ilindən əvvəl illik təhsil haqqının yarısı (müqaviləsi olan ərizəçilər),
            2.2.2 müqavilədəki tarixədək illik ödəniş, 2.2.4 yaşayış sənədləri (qəbuldan 90 gün),
            4.7 3.1.2–3.1.4 əsasında qəbul barədə Nazirliyə məlumat, 4.8 Təhsil Nazirliyinə və
            Dövlət Statistika Komitəsinə illik hesabat (son gün: sts settings), 4.12 xaric olunma
            barədə Təhsil Nazirliyinə və Dövlət Miqrasiya Xidmətinə bildirişlər (3 iş günü; bu il
            və ya gələn il üçün bayram günləri daxil edilməyibsə, yalnız həftə sonları sayılmır və
            standart xəta axınındakı xəbərdarlıq bunu bildirir).

              --on TARİX  həmin tarixə olan vəziyyət (standart: bu gün)
              --json      obyektlər massivi: paragraph, due, status, days, applicant, name, what
              --done      icra edildi kimi qeyd olunanlar (kim, nə vaxt, qeydin nömrəsi N)
              --undo N    N qeydini geri alır (qeyd edə bilən geri ala bilər; audit yazılır)

            Çıxış kodu: 0 göstərildi (vaxtı çatan heç nə olmasa da), 1 icazə yoxdur, 2 yanlış giriş.
            """,
        en: """
            usage: sts deadlines [--on YYYY-MM-DD] [--json] [--db PATH]
                   sts deadlines --done [--json] | --undo N [--db PATH]

            What is due or overdue at your institution, by date, each with its paragraph:
            2.1.1 half the annual fee before the academic year (applicants with a contract),
            2.2.2 the yearly payment by the contract's date, 2.2.4 residence documents (90 days
            from admission), 4.7 the Ministry informed of an admission on 3.1.2-3.1.4, 4.8 the
            yearly report to the Ministry of Education and to the State Statistics Committee
            (due day: sts settings), 4.12 dismissal notices to the Ministry of Education and the
            State Migration Service (3 working days; when this year or the next has no holidays
            entered they count weekends only, and a warning says so on stderr).

              --on DATE   as on DATE (default today)
              --json      an array of objects: paragraph, due, status, days, applicant, name, what
              --done      what was marked done (who, when, the mark's number N)
              --undo N    undo mark N (whoever may mark it may undo it; audited)

            Exit status: 0 shown (also when nothing is due), 1 not permitted, 2 bad input.
            """)

    static let helpReport = Phrase(
        az: """
            istifadə: sts report yearly --year İL [--format text|csv] [--out FAYL [--force]] [--mark-sent ministry|statistics] [--db YOL]

            Müəssisənizin əcnəbi tələbələri haqqında 4.8-ci bənd üzrə illik hesabat, Təhsil
            Nazirliyi və Dövlət Statistika Komitəsi üçün: İL ərzində istənilən vaxt əcnəbi tələbə
            olmuş hər kəs (ilin sonunadək qəbul olunmuş, il başlamazdan əvvəl məzun olmamış, xaric
            olunmamış və ya köçürülməmiş; bərpa olunmuş tələbə yenidən sayılır), hər biri FİN-i
            (reyestrdə hələ yoxdursa boş) və status tarixçəsinə görə ilin sonundakı vəziyyəti ilə.
            Daimi yaşayan əcnəbi (1.2) hesabata düşmür. Mətn formasında hesabatın son günü (sts
            settings: report.yearly-due-day) və hər ünvana göndərilib-göndərilmədiyi də göstərilir.

              --format csv       proqramlar üçün RFC 4180 CSV: kodlar, vergül, İİİİ-AA-GG (standart: text)
              --out FAYL         cədvəl proqramı üçün fayl: sözlərlə, GG.AA.İİİİ, BOM-lu UTF-8,
                                 nöqtəli vergül; mövcud fayl yalnız --force ilə əvəz olunur
              --mark-sent KİMƏ   hesabatın bu gün Təhsil Nazirliyinə (ministry) və ya Dövlət
                                 Statistika Komitəsinə (statistics) göndərildiyini qeyd edir

            Çıxış kodu: 0 göstərildi, 1 icazə yoxdur və ya artıq qeyd olunub, 2 yanlış giriş.
            """,
        en: """
            usage: sts report yearly --year YEAR [--format text|csv] [--out FILE [--force]] [--mark-sent ministry|statistics] [--db PATH]

            The yearly report of 4.8 on your institution's foreign students, for the Ministry of
            Education and the State Statistics Committee: everyone who was a foreign student at
            any time in YEAR (admitted by its end, not graduated, dismissed or transferred before
            it began; a reinstated student counts again), each with their FİN (empty while the
            registry has none) and their state at the year's end from the status history. A
            permanent resident (1.2) has no line. The text form also says when the report is due
            (sts settings: report.yearly-due-day) and whether it was sent to each addressee.

              --format csv       RFC 4180 CSV for programs: codes, commas, YYYY-MM-DD (default: text)
              --out FILE         the file for a spreadsheet: words, DD.MM.YYYY, UTF-8 with a byte
                                 order mark, semicolons; an existing file only with --force
              --mark-sent WHOM   record that the report was sent today to the Ministry of
                                 Education (ministry) or the State Statistics Committee (statistics)

            Exit status: 0 shown, 1 not permitted or already marked, 2 bad input.
            """)
}
