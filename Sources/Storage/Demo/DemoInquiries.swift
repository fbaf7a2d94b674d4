import Domain

/// "Feedback" inquiries (seed 000) for the demo, a few in every state: open, answered by the
/// institution (with and without a PIN), approved with a PIN and as a record that predates
/// PINs, rejected with a reason. Made through the inquiry repository, so each has its history.
extension DemoGenerator {
    @discardableResult
    public func populateInquiries(_ database: Database, login: String = "demo") throws -> Int {
        let inquiries = SQLiteInquiryRepository(database: database)
        let admin = Caller(login: login, role: .admin)
        let institutions = try database.rows("SELECT code FROM institution ORDER BY id LIMIT 3") { $0.text(0) }
        guard let first = institutions.first else { return 0 }
        let second = institutions.count > 1 ? institutions[1] : first
        let major = DemoNames.majors[0].code
        struct Case {
            let pin: String?
            let surname, name, father, born: String
            let institution: String
            let year: Int
            let message: String
            let end: InquiryState
            let predates: Bool
        }
        let cases = [
            Case(pin: "5HK2M7P", surname: "Quliyev", name: "Rəşad", father: "Elçin oğlu", born: "1988-04-04", institution: first,
                 year: 2009, message: "2009–2013 bakalavr, diplomu reyestrdə yoxdur", end: .open, predates: false),
            Case(pin: nil, surname: "Həsənova", name: "Leyla", father: "Rauf qızı", born: "1975-02-11", institution: second,
                 year: 1993, message: "1993–1997 bakalavr, FİN yox idi", end: .open, predates: false),
            Case(pin: "6JR3N8Q", surname: "Əliyev", name: "Orxan", father: "Vüsal oğlu", born: "1990-09-01", institution: first,
                 year: 2010, message: "magistr qeydi yoxdur", end: .answered, predates: false),
            Case(pin: nil, surname: "Məmmədova", name: "Səbinə", father: "Tofiq qızı", born: "1972-06-20", institution: first,
                 year: 1995, message: "1995-ci il qəbulu, FİN-siz", end: .answered, predates: false),
            Case(pin: "7KS4P9R", surname: "İsmayılov", name: "Tural", father: "Rasim oğlu", born: "1991-12-12", institution: first,
                 year: 2011, message: "bakalavr 2011–2015", end: .approved, predates: false),
            Case(pin: nil, surname: "Hüseynova", name: "Gülnarə", father: "Akif qızı", born: "1970-03-03", institution: second,
                 year: 1992, message: "1992–1996 bakalavr", end: .approved, predates: true),
            Case(pin: "8LT5Q2S", surname: "Kərimov", name: "Elvin", father: "Nazim oğlu", born: "1993-07-07", institution: first,
                 year: 2012, message: "bu müəssisədə oxumayıb?", end: .rejected, predates: false),
        ]
        var added = 0
        try database.write {
            for item in cases {
                let opened = try inquiries.open(Inquiry(
                    pin: item.pin.map(PIN.init(unchecked:)),
                    name: PersonName(surname: item.surname, name: item.name, fatherName: item.father),
                    birthDate: CivilDate(parsing: item.born) ?? .today(), institutionCode: item.institution,
                    admissionYear: item.year, message: item.message), by: admin)
                added += 1
                guard item.end != .open else { continue }
                if item.end == .rejected {
                    _ = try inquiries.reject(id: opened.id, reason: "müəssisənin arxivində belə tələbə yoxdur",
                                             expectedVersion: opened.version, by: admin)
                    continue
                }
                var supply = RecordSupply()
                supply.admissionYear = String(item.year)
                supply.majorCode = major
                supply.diplomaSeries = "FB"
                supply.diplomaNumber = "\(item.year)\(added)01"
                supply.diplomaDate = "\(item.year + 4)-06-30"
                guard case .success(let record) = supply.record(for: opened, today: .today()) else { continue }
                let answered = try inquiries.answer(id: opened.id, proposedRecord: record, expectedVersion: opened.version, by: admin)
                if item.end == .approved {
                    _ = try inquiries.approve(id: opened.id, expectedVersion: answered.version,
                                              statement: InquiryApproval.Statement(predatesPINs: item.predates), by: admin)
                }
            }
        }
        return added
    }
}
