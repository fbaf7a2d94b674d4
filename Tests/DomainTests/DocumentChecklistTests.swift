import Testing
@testable import Domain


private let decisionDay = day("2026-11-23")

private let completeSet = ApplicantDocuments(
    application: ApplicationForm(specialty: "050401 Computer engineering", language: "en", studyForm: .fullTime,
                                 electronic: true),
    educationDocument: EducationDocument(listsSubjectsAndMarks: true, authentication: .apostille,
                                         translation: .notarised),
    healthCertificate: HealthCertificate(coversHIV: true, coversHepatitisB: true, coversHepatitisC: true),
    borderDocument: BorderDocument(kind: .passport, number: "P1234567", expiresOn: day("2030-01-01")),
    photos: 6)

private func check(_ documents: ApplicantDocuments, basis: AdmissionBasis = .individualContract,
                   level: EducationLevel = .bachelor) -> DocumentChecklist {
    DocumentChecklist(documents: documents, basis: basis, level: level, on: decisionDay)
}

private func problems(_ checklist: DocumentChecklist) -> [String] { checklist.problems.map { $0.text(.en) } }

@Suite struct DocumentChecklistTests {
    @Test("3.4.1–3.4.5 received and acceptable: complete, with 3.4.6 and 3.4.7 optional")
    func completeSetIsComplete() {
        let checklist = check(completeSet)
        #expect(checklist.isComplete)
        #expect(checklist.problems.isEmpty)
        #expect(checklist.items.map(\.paragraph) == ["3.4.1", "3.4.2", "3.4.3", "3.4.4", "3.4.5", "3.4.6", "3.4.7"])
        #expect(checklist.items.first { $0.paragraph == "3.4.6" }?.status == .notProvided)
    }

    @Test("nothing received: every required document is listed as missing, in paragraph order")
    func nothingReceived() {
        let checklist = check(ApplicantDocuments())
        #expect(!checklist.isComplete)
        #expect(problems(checklist) == [
            "3.4.1: application to the head of the institution not received",
            "3.4.2: document on previous education not received",
            "3.4.3: health certificate not received",
            "3.4.4: border-crossing document not received",
            "3.4.5: six 3×4 photos not received",
        ])
    }

    @Test("3.4.1: the application states specialty, language and form of study")
    func applicationFields() {
        var documents = completeSet
        documents.application = ApplicationForm(specialty: " ", language: "", studyForm: nil)
        #expect(problems(check(documents)) == [
            "3.4.1: the application does not state the specialty",
            "3.4.1: the application does not state the language of education",
            "3.4.1: the application does not state the form of study",
        ])
    }

    @Test("3.4.2: subjects and marks, legalisation or apostille, notarised Azerbaijani translation")
    func educationDocument() {
        var documents = completeSet
        documents.educationDocument = EducationDocument(listsSubjectsAndMarks: false, authentication: .none,
                                                        translation: .notNotarised)
        #expect(problems(check(documents)) == [
            "3.4.2: the document does not show the subjects and marks",
            "3.4.2: the document is neither legalised nor apostilled",
            "3.4.2: the translation into Azerbaijani is not notarised",
        ])
        documents.educationDocument = EducationDocument(listsSubjectsAndMarks: true, authentication: .legalised,
                                                        translation: .none)
        #expect(problems(check(documents)) == ["3.4.2: no notarised translation into Azerbaijani"])
    }

    @Test("3.4.2: a document from Azerbaijan in Azerbaijani needs neither apostille nor translation")
    func azerbaijaniDocument() {
        var documents = completeSet
        documents.educationDocument = EducationDocument(listsSubjectsAndMarks: true, issuedInAzerbaijan: true,
                                                        inAzerbaijani: true, authentication: .none,
                                                        translation: .none)
        #expect(check(documents).isComplete)
    }

    @Test("3.4.3: the health certificate must cover HIV, hepatitis B and hepatitis C")
    func healthCertificate() {
        var documents = completeSet
        documents.healthCertificate = HealthCertificate(coversHIV: true, coversHepatitisB: true, coversHepatitisC: false)
        #expect(problems(check(documents)) == ["3.4.3: hepatitis C not covered"])
        documents.healthCertificate = HealthCertificate(coversHIV: false, coversHepatitisB: false, coversHepatitisC: true)
        #expect(problems(check(documents)) == ["3.4.3: HIV (AIDS) not covered", "3.4.3: hepatitis B not covered"])
    }

    @Test("3.4.4: an expired passport is not acceptable; one expiring on the decision date still is")
    func borderDocumentValidity() {
        var documents = completeSet
        documents.borderDocument = BorderDocument(number: "P1", expiresOn: day("2026-08-01"))
        let expired = check(documents)
        #expect(!expired.isComplete)
        #expect(problems(expired) == ["3.4.4: passport expired 01.08.2026"])
        documents.borderDocument = BorderDocument(number: "P1", expiresOn: decisionDay)
        #expect(check(documents).isComplete)
        documents.borderDocument = BorderDocument(number: "P1", expiresOn: decisionDay.adding(days: -1))
        #expect(problems(check(documents)) == ["3.4.4: passport expired 22.11.2026"])
        documents.borderDocument = BorderDocument(kind: .travelDocument, number: "T1", expiresOn: day("2025-01-01"))
        #expect(problems(check(documents)) == ["3.4.4: travel document expired 01.01.2025"])
    }

    @Test("3.4.5: six photos are needed", arguments: [(5, false), (6, true), (8, true)])
    func photos(count: Int, complete: Bool) {
        var documents = completeSet
        documents.photos = count
        #expect(check(documents).isComplete == complete)
        if !complete { #expect(problems(check(documents)) == ["3.4.5: only 5 of the 6 photos received"]) }
    }

    @Test("3.4.6, 3.4.7: received optional documents are listed as accepted")
    func optionalDocuments() {
        var documents = completeSet
        documents.languageCertificate = "IELTS 6.0, 2026-01-10"
        documents.honours = ["Olympiad diploma"]
        let checklist = check(documents)
        #expect(checklist.items.filter { ["3.4.6", "3.4.7"].contains($0.paragraph) }.allSatisfy { $0.status == .accepted })
    }

    @Test("3.2: basis 3.1.6 adds the SSAC's own list, which the clerk confirms")
    func ssacDocuments() {
        let unconfirmed = check(completeSet, basis: .centralisedCompetition)
        #expect(!unconfirmed.isComplete)
        #expect(unconfirmed.problems.map(\.paragraph) == ["3.2"])
        var documents = completeSet
        documents.ssacDocumentsConfirmed = true
        #expect(check(documents, basis: .centralisedCompetition).isComplete)
        #expect(!check(completeSet).items.contains { $0.paragraph == "3.2" })
    }

    @Test("3.3: doctorate applicants add the doctoral rules' documents")
    func doctoralDocuments() {
        #expect(check(completeSet, level: .doctorate).problems.map(\.paragraph) == ["3.3"])
        var documents = completeSet
        documents.doctoralDocumentsConfirmed = true
        #expect(check(documents, level: .doctorate).isComplete)
        #expect(!check(completeSet, level: .master).items.contains { $0.paragraph == "3.3" })
    }

    @Test("3.4.4: the stored applicant's passport is used when no other document is given")
    func applicantPassport() {
        let applicant = Applicant(
            surname: "Smith", name: "Anna", citizenship: "GB", birthDate: day("2000-01-01"),
            passportNumber: "P1", passportExpiry: day("2026-08-01"), institutionCode: "BDU", majorCode: "050401",
            level: .bachelor, programLanguage: "en", studyForm: .fullTime, basis: .individualContract,
            previous: PreviousEducation(level: .generalSecondary, country: "GB", institution: "School",
                                        language: "en", completedInAzerbaijan: false, continuesToNextLevel: true))
        var documents = completeSet
        documents.borderDocument = nil
        let checklist = DocumentChecklist(applicant: applicant, documents: documents, on: decisionDay)
        #expect(problems(checklist) == ["3.4.4: passport expired 01.08.2026"])
    }

    @Test("the checklist reads in Azerbaijani")
    func azerbaijani() {
        var documents = completeSet
        documents.healthCertificate = HealthCertificate(coversHIV: true, coversHepatitisB: true, coversHepatitisC: false)
        #expect(check(documents).problems.map { $0.text(.az) } == ["3.4.3: hepatit C əhatə olunmayıb"])
    }
}
