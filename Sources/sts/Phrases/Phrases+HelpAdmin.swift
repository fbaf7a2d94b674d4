import Domain
import Storage

/// `--help` of the Administration: init, demo, import, backup, check, users, holidays — in the command line's language.
extension Phrases {
    static let helpInit = Phrase(
        az: """
            istifadə: sts init [--db YOL] [--group AD] [--admin LOGIN]

            Son sxemdə boş baza yaradır və onun harada olduğunu deyir. Mövcud baza yerində
            yenilənir, heç vaxt üzərinə yazılmır. İlk inzibatçı LOGIN-dir (standart: bu əmri işə
            salan login); artıq istifadəçiləri olan bazada onlar saxlanılır.

              --db YOL       baza faylı (standart: $STS_DB, yoxdursa ~/.local/share/sts/sts.db)
              --group AD     ortaq serverin bazası (root kimi işə salın): YOL-un qovluğu AD qrupu
                             üçün 2770 rejimi ilə yaradılır (mövcud qovluq yalnız boş olduqda
                             götürülür), fayl isə 0660 rejimini alır. AD sts-in quraşdırıldığı
                             qrupdur (make install GROUP=AD); insanlar bu qrupa əlavə edilmir.
              --admin LOGIN  ilk inzibatçı olacaq Unix login

            --group olmadan baza sizin şəxsi bazanızdır: 0700 rejimli qovluqda, 0600 rejimi ilə.
            """,
        en: """
            usage: sts init [--db PATH] [--group NAME] [--admin LOGIN]

            Creates an empty database at the latest schema and says where it is. An existing
            database is upgraded in place, never overwritten. The first administrator is LOGIN
            (default: the login that runs this); a database that already has users keeps them.

              --db PATH      the database file (default: $STS_DB, else ~/.local/share/sts/sts.db)
              --group NAME   the shared server's database (run as root): the directory of PATH is
                             created for group NAME, mode 2770 (an existing one only when empty),
                             and the file gets mode 0660. NAME is the group sts is installed with
                             (make install GROUP=NAME); people are not added to it.
              --admin LOGIN  the Unix login that becomes the first administrator

            Without --group the database is your own: mode 0600 in a directory of mode 0700.
            """)

    static let helpDemo = Phrase(
        az: """
            istifadə: sts demo --students N [--applicants M] [--seed S] [--quiet] [--db YOL]

            Tələbə-məzun reyestrinə N sintetik şəxs (ata adı ilə Azərbaycan adları, 1992-dən bəri
            qeydlər, 2008-dən əvvəlkilərin təxminən onda biri FİN-siz, məzunlara diplomlar) və
            müxtəlif ölkələrdən M əcnəbi ərizəçi əlavə edir — sənədləri, testləri, müqavilələri və
            ödənişləri ilə. Ərizəçilərlə birlikdə ən çox ərizəçisi olan müəssisənin son beş tədris
            ilinin əcnəbi tələbələri də əlavə olunur (diplomlu məzunlar, akademik məzuniyyət, 4.12
            bildirişləri ilə xaric olunmalar, bərpa, köçürmə, FİN-li yaşayış sənədləri, göndərilmiş
            keçmiş 4.8 hesabatları); bu il və gələn il üçün bayram günləri (hər ilin köçürülən
            günlərini inzibatçı təsdiqləyir: sts holidays list); hər vəziyyətdə "Əks əlaqə"
            sorğuları. Eyni seed eyni məlumatı verir.
            Bu əmri işə salan login inzibatçı olur və ən çox ərizəçisi olan müəssisənin qəbul
            işçisi kimi də işləyə bilir.

              --students N     reyestrə əlavə ediləcək şəxslər (bəzilərinin iki qeydi olur)
              --applicants M   əlavə ediləcək əcnəbi ərizəçilər (standart 0)
              --seed S         təsadüfi ədədlər üçün başlanğıc (standart 2012)
              --quiet          xətalardan başqa heç nə çap etmir (nə irəliləyiş sətri, nə yekun)
              --db YOL         baza faylı (yoxdursa yaradılır)
            """,
        en: """
            usage: sts demo --students N [--applicants M] [--seed S] [--quiet] [--db PATH]

            Adds N synthetic people to the Student-graduate registry (Azerbaijani names with
            patronymics, records since 1992, about a tenth of the pre-2008 ones without a PIN,
            diplomas for graduates) and M foreign applicants from many countries, with their
            documents, tests, contracts and payments. With applicants, also the foreign students
            of the last five academic years at the busiest institution (graduates with diplomas,
            leave, dismissals with their 4.12 notices, reinstatement, transfer, residence documents
            with FİN, past 4.8 reports sent); holidays for this year and next (the administrator
            confirms each year's transfers: sts holidays list); Feedback inquiries in every state.
            The same seed gives the same data.
            The login that runs it becomes an administrator who can also act as a clerk of the
            institution with the most applicants.

              --students N     people to add to the registry (some have two records)
              --applicants M   foreign applicants to add (default 0)
              --seed S         random seed (default 2012)
              --quiet          print nothing but errors (no progress line, no summary)
              --db PATH        the database file (created if missing)
            """)

    static let helpImport = Phrase(
        az: """
            istifadə: sts import students|applicants FAYL.csv [--rejects FAYL [--force]] [--quiet] [--db YOL] [--batch-size N]

            CSV faylını yükləyir: UTF-8 (bayt sırası nişanı ilə və ya onsuz), vergüllə ayrılmış,
            RFC 4180 dırnaqları, LF və ya CRLF sətir sonları, başlıq adları istənilən sırada və
            istənilən hərf registrində. Rədd edilən hər sətir standart xəta axınında sətri, sütunu
            və səbəbi ilə göstərilir (--rejects ilə isə fayla yazılır); düzgün sətirlər yenə də
            yüklənir. Bazada artıq olan sətirlər (eyni şəxs eyni müəssisədə, ixtisasda və qəbul
            ilində; ərizəçilər üçün eyni pasport, müəssisə, ixtisas və səviyyə) təkrarlanmır,
            sayılır, ona görə yarımçıq qalmış yükləməni yenidən işə salmaq onu başa çatdırır.
            64 KiB-dan uzun və ya başlıqdakından iki dəfədən çox sahəsi olan yazı rədd edilir və
            sətrinin qalanı ötürülür; heç bir dəyərdə idarəedici simvol, istiqamət və ya sıfır
            enli nişan, ya da başqa görünməz simvol ola bilməz (sütun və U+ kodu göstərilir).

            Terminalda irəliləyiş sətri yüklənmiş sətirləri, faylın faizini, saniyədə sətir sayını
            və qalan vaxtı göstərir. Sonda: yüklənən, artıq olan və rədd edilən sətirlər, rədd
            edilmənin ən çox rast gəlinən səbəbləri və hər birinin neçə sətrə aid olduğu.

            students sütunları: pin (boş ola bilər), surname, name, father_name, birth_date
              (İİİİ-AA-GG), admission_year, institution_code, institution_name, funding
              (state|paid), level (secondary-specialised|bachelor|master|doctorate|residency),
              years_of_study, major_code, major_name, enrollment_status
              (admitted|transferred-in|reinstated), education_state
              (studying|academic-leave|graduated|dismissed|transferred), məzunlar üçün isə
              diploma_series, diploma_number, diploma_issue_date, diploma_level (ordinary|honours)
            applicants sütunları: surname, name, father_name (boş ola bilər), citizenship (ISO 3166
              alpha-2), birth_date, passport_number, passport_expiry, institution_code, major_code,
              level, program_language (ISO 639-1), study_form (full-time|part-time), basis
              (3.1.1 … 3.1.6), previous_level, previous_country, previous_language,
              studied_in_azerbaijan (yes|no)
            Sütun adları və kodlar hər dildə eynidir.

              --rejects FAYL     rədd edilən hər sətri girişdəki kimi FAYL-a yazır, iki əlavə sütunla:
                                 line və reason (BOM ilə UTF-8, rejim 0600); sətirləri orada düzəldin
                                 və FAYL-ın özünü yükləyin (line və reason nəzərə alınmır)
              --force            --rejects-ə mövcud faylı əvəz etməyə icazə verir
              --quiet            xətalardan başqa heç nə çap etmir
              --db YOL           baza faylı (yoxdursa yaradılır)
              --batch-size N     bir tranzaksiyadakı sətir sayı (standart 100000)

            Çıxış kodu: 0 fayl işləndikdə (rədd edilən sətirlər olsa belə), 2 fayl oxuna bilmədikdə
            və ya başlığında sütun çatışmadıqda, 1 baza xəta verdikdə.
            """,
        en: """
            usage: sts import students|applicants FILE.csv [--rejects FILE [--force]] [--quiet] [--db PATH] [--batch-size N]

            Loads a CSV file: UTF-8 (with or without a byte order mark), comma-separated, RFC 4180
            quoting, LF or CRLF line ends, header names in any order and any case. Each refused row
            is reported on standard error with its line, column and reason (or, with --rejects,
            written to a file); the good rows still load. Rows that are already in the database
            (same person at the same institution, major and admission year; for applicants the
            same passport, institution, major and level) are counted, not duplicated, so running
            an interrupted import again finishes it. A record longer than 64 KiB or with more than
            twice the header's fields is refused and the rest of its line skipped; no value may
            hold a control character, a direction or zero-width mark or another invisible
            character (the column and U+ code are named).

            On a terminal a progress line shows rows done, percent of the file, rows per second
            and time left. At the end: rows loaded, already present and refused, and the
            commonest reasons for refusal with how many rows each.

            students columns: pin (may be empty), surname, name, father_name, birth_date
              (YYYY-MM-DD), admission_year, institution_code, institution_name, funding
              (state|paid), level (secondary-specialised|bachelor|master|doctorate|residency),
              years_of_study, major_code, major_name, enrollment_status
              (admitted|transferred-in|reinstated), education_state
              (studying|academic-leave|graduated|dismissed|transferred), and for graduates
              diploma_series, diploma_number, diploma_issue_date, diploma_level (ordinary|honours)
            applicants columns: surname, name, father_name (may be empty), citizenship (ISO 3166
              alpha-2), birth_date, passport_number, passport_expiry, institution_code, major_code,
              level, program_language (ISO 639-1), study_form (full-time|part-time), basis
              (3.1.1 … 3.1.6), previous_level, previous_country, previous_language,
              studied_in_azerbaijan (yes|no)
            Column names and codes are the same in every language.

              --rejects FILE     write every refused row to FILE as it was in the input, with two
                                 more columns, line and reason (UTF-8 with BOM, mode 0600); correct
                                 the rows there and load FILE itself (line and reason are ignored)
              --force            let --rejects replace an existing file
              --quiet            print nothing but errors
              --db PATH          the database file (created if missing)
              --batch-size N     rows per transaction (default 100000)

            Exit status: 0 when the file was processed (even with refused rows), 2 when it cannot
            be read or its header lacks a column, 1 when the database fails.
            """)

    static let helpBackup = Phrase(
        az: """
            istifadə: sts backup FAYL [--force] [--quiet] [--db YOL]

            İnsanlar işləməyə davam edərkən bazanı FAYL-a köçürür (SQLite-ın onlayn ehtiyat
            nüsxəsi, bir tutarlı an), nüsxəni integrity_check ilə yoxlayır və yalnız bütöv olduqda
            saxlayır. FAYL sizin öz hüquqlarınızla, 0600 rejimi ilə, tək müstəqil fayl kimi
            yazılır; mövcud FAYL yalnız --force ilə əvəz edilir. İnzibatçılar üçündür; auditə
            yazılır. Terminalda irəliləyiş sətri köçürülmüş səhifələri göstərir; --quiet yalnız
            xətaları çap edir.

            Bərpa: README, "Backup, check and restore" bölməsi.
            """,
        en: """
            usage: sts backup FILE [--force] [--quiet] [--db PATH]

            Copies the database into FILE while people keep working (SQLite's online backup, one
            consistent snapshot), checks the copy with integrity_check and keeps it only when it is
            intact. FILE is written with your own rights, mode 0600, as one self-contained file;
            an existing FILE is replaced only with --force. For administrators; audited.
            On a terminal a progress line shows the pages copied; --quiet prints only errors.

            Restore: see README, "Backup, check and restore".
            """)

    static let helpCheck = Phrase(
        az: """
            istifadə: sts check [--json] [--quiet] [--db YOL]

            integrity_check və foreign_key_check işlədir, sxem versiyasını bu sts-in gözlədiyi ilə
            müqayisə edir və hər cədvəlin sətirlərini sayır. Hər şey qaydasındadırsa çıxış kodu 0,
            nəsə səhvdirsə 1. İnzibatçılar üçündür. Terminalda irəliləyiş sətri addımları
            göstərir; --quiet heç nə çap etmir, hər şeyi çıxış kodu deyir.
            """,
        en: """
            usage: sts check [--json] [--quiet] [--db PATH]

            Runs integrity_check and foreign_key_check, compares the schema version with this sts,
            and counts the rows of every table. Exit 0 when all is well, 1 when anything is wrong.
            For administrators. On a terminal a progress line shows the steps; --quiet prints
            nothing, the exit status says it all.
            """)

    static let helpUsers = Phrase(
        az: """
            istifadə: sts users add LOGIN --role clerk|ssac|admin [--institution KOD] [--db YOL]
                      sts users list [--json] [--db YOL]
                      sts users remove LOGIN [--db YOL]

            LOGIN bu serverdəki Unix login-dir. Qəbul işçisi (clerk) bir müəssisəyə aiddir (onun
            reyestrdəki kodu ilə); inzibatçının da müəssisəsi ola bilər — onun qəbul işçisi kimi
            işləmək üçün. İstifadəçiləri yalnız inzibatçılar əlavə edə və silə bilər.
            """,
        en: """
            usage: sts users add LOGIN --role clerk|ssac|admin [--institution CODE] [--db PATH]
                   sts users list [--json] [--db PATH]
                   sts users remove LOGIN [--db PATH]

            LOGIN is a Unix login on this server. A clerk belongs to one institution (its code,
            as in the registry); an administrator may have one too, to act as its clerk.
            Only administrators may add or remove users.
            """)

    static let helpHolidays = Phrase(
        az: """
            istifadə: sts holidays list [--year İL] [--json] [--db YOL]
                      sts holidays add TARİX --name MƏTN [--working-day] [--db YOL]
                      sts holidays remove TARİX [--db YOL]
                      sts holidays import FAYL.csv [--db YOL]

            4.12-nin "3 iş günü" hesabında şənbə və bazardan başqa sayılmayan istirahət günləri:
            bayramlar (Novruz, Ramazan və Qurban bayramının tarixi hər il dəyişir) və Nazirlər
            Kabinetinin köçürdüyü günlər. --working-day ilə TARİX iş günü elan edilmiş şənbə və ya
            bazardır. Heç bir bayramı daxil edilməmiş il yalnız həftə sonlarını sayır və ekranda
            xəbərdarlıq görünür.

              list          bir ilin günləri (standart: bu il)
              add           bir gün əlavə edir; TARİX İİİİ-AA-GG və ya GG.AA.İİİİ kimi
              remove        bir günü silir
              import        CSV faylı, hər sətirdə bir gün: date,name[,kind] (kind: holiday və ya
                            working-day), başlıq sətri istəyə bağlıdır; əvvəlcə hər sətir
                            yoxlanılır və bir yanlış sətir olsa heç nə saxlanılmır; artıq daxil
                            edilmiş gün fayldakı adı alır

            Çıxış kodu: 0 edildi; 1 icazə yoxdur və ya belə gün yoxdur; 2 yanlış tarix, ad, fayl və ya istifadə.
            """,
        en: """
            usage: sts holidays list [--year Y] [--json] [--db PATH]
                   sts holidays add DATE --name TEXT [--working-day] [--db PATH]
                   sts holidays remove DATE [--db PATH]
                   sts holidays import FILE.csv [--db PATH]

            The days off that 4.12's "3 working days" skip besides Saturdays and Sundays: public
            holidays (Novruz, Ramazan and Qurban bayramı move every year) and the days the Cabinet
            of Ministers transfers. With --working-day, DATE is a Saturday or Sunday declared a
            working day. A year with no holidays entered counts weekends only, and the desk warns.

              list          the days of a year (default: this year)
              add           one day; DATE as YYYY-MM-DD or DD.MM.YYYY
              remove        one day
              import        a CSV file, one day a line: date,name[,kind] (kind: holiday or
                            working-day), an optional header line; every line is checked first
                            and a bad line stores nothing; a day already entered takes the file's name

            Exit status: 0 done; 1 not permitted or no such day; 2 bad date, name, file or usage.
            """)
}

extension Phrases {
    static let helpErrors = Phrase(
        az: """
            istifadə: sts errors [--limit N] [--json] [--db YOL]

            Xəta jurnalını ən yenisi birinci göstərir: qeyd, nə vaxt, kimin sessiyası, nə alınmadı, təfərrüat.
              --limit N       ən çox N qeyd (standart 50)
              --json          [{"entry", "at", "login", "kind", "detail"}]
            """,
        en: """
            usage: sts errors [--limit N] [--json] [--db PATH]

            Lists the error log, newest first: entry, when, whose session, what failed, the details.
              --limit N       at most N entries (default 50)
              --json          [{"entry", "at", "login", "kind", "detail"}]
            """)

    /// `sts settings --help`: the keys come from the catalogue, each in both languages.
    static var helpSettings: Phrase {
        func keys(_ language: Language) -> String {
            SettingCatalog.all.map { "  \($0.name)\n      \($0.about.text(language)); \($0.format.text(language))" }
                .joined(separator: "\n")
        }
        return Phrase(
            az: """
                istifadə: sts settings list [--json] [--db YOL]
                          sts settings set AÇAR DƏYƏR [--db YOL]

                Ayarlar (AÇAR: nədir; DƏYƏR necə yazılır):
                \(keys(.az))

                Çıxış kodu: 0 edildi; 1 icazə yoxdur; 2 naməlum açar, yanlış dəyər və ya istifadə.
                """,
            en: """
                usage: sts settings list [--json] [--db PATH]
                       sts settings set KEY VALUE [--db PATH]

                Settings (KEY: what it is; how VALUE is written):
                \(keys(.en))

                Exit status: 0 done; 1 not permitted; 2 unknown key, bad value or usage.
                """)
    }
}
