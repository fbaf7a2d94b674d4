import Domain

/// `sts --help`: every command on a line, in the command line's language.
extension Phrases {
    static let helpMain = Phrase(
        az: """
            sts — Tələbə-Məzun İzləmə Sistemi: əcnəbilərin qəbulu və “Tələbə-məzun” reyestri

            İstifadə:
              sts [--db YOL] [--theme AD] [--lang az|en]      tam ekran interfeysini açır
              sts --demo [--theme AD] [--lang az|en]          interfeys demo bazası ilə (ilk dəfə yaradılır)
              sts --help | --version

            Əmrlər (hər birinin --help-i var; sts help ƏMR də onu göstərir):
              sts init [--db YOL] [--group AD] [--admin L]     bazanı yaradır və ya yeniləyir (--group: ortaq serverin bazası, root kimi)
              sts demo --students N [--applicants M] [--seed S] bazanı real görünüşlü sintetik məlumatla doldurur
              sts import students|applicants FAYL.csv          kütləvi yükləmə; rədd edilən hər sətir səbəbi ilə göstərilir
              sts search AD [--born İİİİ-AA-GG] [--json]       reyestrdə ada görə axtarış (adın müxtəlif yazılışları tapılır)
              sts exemption --level L --program-language X …   dil yoxlamasından azad olma (1.2, 3.5–3.7)
              sts certificate FİN [--purpose M] [--format text|json|html] [--out FAYL]   elektron arayış verir
              sts verify KOD [--json]                          verilmiş arayışda nə yazılıb; reyestr hələ də eyni deyirmi?
              sts diploma --series S --number N [--initials XYZ] [--json]   diplomun saxta olub-olmadığını yoxlayır
              sts inquiry list|show|new|supply|approve|reject …  reyestrdə olmayan qeydlər üçün "Əks əlaqə" sorğusu
              sts users add|list|remove …                      sistemdən kim və hansı rolla istifadə edir (inzibatçılar)
              sts audit [--pin FİN] [--user LOGIN] [--since T] kim nəyə baxıb (inzibatçılar)
              sts errors [--limit N] [--json]                  xəta jurnalı: istifadəçilərin rastlaşdığı xətalar, təfərrüatı ilə (inzibatçılar)
              sts checklist ƏRİZƏÇİ-NÖMRƏSİ [--json]           ərizəçinin sənədləri (3.4) və nəyin çatışmadığı
              sts admit ƏRİZƏÇİ-NÖMRƏSİ --order-number N [--order-date T]   qəbul haqqında əmr (2.1.1, 4.11)
              sts deadlines [--on İİİİ-AA-GG] [--json]         vaxtı çatan və keçmiş müddətlər: 2.2.4, 4.12, 2.2.2, 4.8
              sts report yearly --year İL [--format csv]       əcnəbi tələbələr haqqında illik hesabat (4.8)
              sts backup FAYL [--force]                        iş dayanmadan çıxarılan tutarlı ehtiyat nüsxə, yoxlanılır, rejim 0600 (inzibatçılar)
              sts check [--json]                               bütövlük, xarici açarlar, sxem versiyası, sətir sayları (inzibatçılar)
              sts holidays list|add|remove|import …            4.12-nin iş günləri hesabında sayılmayan istirahət günləri (dəyişən: inzibatçılar)
              sts settings list|set AÇAR DƏYƏR                 testin etibarlılıq müddəti, TOEFL bal cədvəli, 4.8-in son günü (inzibatçılar)
              sts institutions list|set KOD …                  müqavilə üçün müəssisənin ünvanı, rektoru, ingiliscə adı

            Parametrlər:
              --db YOL       baza faylı (standart: $STS_DB, yoxdursa $XDG_DATA_HOME/sts/sts.db)
              --theme AD     default, light, high-contrast, monochrome (və ya $STS_THEME; NO_COLOR həmişə monochrome edir)
              --lang az|en   interfeysin, əmrlərin mesajlarının və köməyin dili (və ya $STS_LANG; yoxdursa $LANG
                             az ilə başlayanda az, əks halda en); hər əmr qəbul edir

            --json çıxışının açarları və kodları, sts import-un oxuduğu CSV sütun adları hər dildə eynidir:
            skriptlər və fayllar onlara güvənir.

            İnterfeysdə düymələr: F1 və ya ? kömək, F10 və ya q çıxış, oxlar/PgUp/PgDn/Home/End hərəkət, Enter təfərrüat.

            """,
        en: """
            sts — Student Tracking System: foreign admissions and the Student-graduate registry

            Usage:
              sts [--db PATH] [--theme NAME] [--lang az|en]   open the full-screen interface
              sts --demo [--theme NAME] [--lang az|en]        the interface on a demo database (made on first use)
              sts --help | --version

            Commands (each has --help; sts help COMMAND shows it too):
              sts init [--db PATH] [--group NAME] [--admin L]  create or upgrade a database (--group: the shared server's, as root)
              sts demo --students N [--applicants M] [--seed S] fill a database with realistic synthetic data
              sts import students|applicants FILE.csv          bulk load with a per-line report of rejected rows
              sts search NAME [--born YYYY-MM-DD] [--json]     registry search by name (Azerbaijani spellings meet)
              sts exemption --level L --program-language X …   language-assessment exemption (1.2, 3.5–3.7)
              sts certificate PIN [--purpose T] [--format text|json|html] [--out FILE]   issue the e-certificate
              sts verify CODE [--json]                         what an issued certificate said; still the same?
              sts diploma --series S --number N [--initials XYZ] [--json]   diploma check against fakes
              sts inquiry list|show|new|supply|approve|reject …  the Feedback inquiry for missing records
              sts users add|list|remove …                      who may use the system, with role (administrators)
              sts audit [--pin PIN] [--user LOGIN] [--since D] who looked at what (administrators)
              sts errors [--limit N] [--json]                  the error log: failures users met, with details (administrators)
              sts checklist APPLICANT-ID [--json]              an applicant's documents (3.4) and what is missing
              sts admit APPLICANT-ID --order-number N [--order-date D]   the admission order (2.1.1, 4.11)
              sts deadlines [--on YYYY-MM-DD] [--json]         due and overdue: 2.2.4, 4.12, 2.2.2, 4.8
              sts report yearly --year Y [--format csv]        the 4.8 report on foreign students
              sts backup FILE [--force]                        online consistent copy, verified, mode 0600 (administrators)
              sts check [--json]                               integrity, foreign keys, schema version, row counts (administrators)
              sts holidays list|add|remove|import …            the days off 4.12's working days skip (administrators change)
              sts settings list|set KEY VALUE                  test validity, TOEFL band table, 4.8 due day (administrators)
              sts institutions list|set CODE …                 an institution's address, rector, English name, for the contract

            Options:
              --db PATH      database file (default: $STS_DB, else $XDG_DATA_HOME/sts/sts.db)
              --theme NAME   default, light, high-contrast, monochrome (or $STS_THEME; NO_COLOR forces monochrome)
              --lang az|en   language of the interface (or $STS_LANG, else az when $LANG starts with az)
                             and of every command's messages and help; every command takes it

            The keys and codes of --json output, and the CSV column names sts import reads, are the
            same in every language: scripts and files rely on them.

            Keys in the interface: F1 or ? help, F10 or q quit, arrows/PgUp/PgDn/Home/End move, Enter details.

            """)
}
