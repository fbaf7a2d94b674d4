import Domain
import Foundation
import Storage

/// `sts certificate PIN`: issues the citizen's e-certificate (seed 000) and prints it.
enum CertificateCommand {
    static let help = Phrases.helpCertificate

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db", "--purpose", "--format", "--out"],
                                 flagOptions: ["--help", "--force"])
        if args.has("--help") { print(help.shown); return 0 }
        let raw = try args.requirePositionals([Phrases.argPIN.shown])[0]
        let pin = try RegistryCommandSupport.pin(raw)
        let format = args.value("--format") ?? "text"
        guard ["text", "json", "html"].contains(format) else {
            throw UsageError(Phrases.cliIsNot("--format", format, ["text", "json", "html"]))
        }
        let purpose = args.value("--purpose").map { raw -> LookupPurpose? in LookupPurpose(parsing: raw) } ?? .citizenRequest
        guard let purpose else { throw UsageError(Phrases.cliPurposeEmpty) }
        // The output file is made (empty, mode 0600) before the certificate is issued: a name
        // that is taken, or a directory the user may not write, is refused before the act, not
        // after it is on the record.
        let force = args.has("--force")
        let reserved = try args.value("--out").map { try reserve($0, force: force) }
        var issuedOK = false
        defer { if let reserved, !issuedOK { unlink(reserved) } }
        let service = try RegistryCommandSupport.service(dbFlag: args.value("--db"))
        let language = RegistryCommandSupport.language
        guard let issued = try StoreCommandSupport.refusals({
            try service.issueCertificate(pin: pin, purpose: purpose)
        }) else {
            throw FailureError(Phrases.noRecordsForPIN(pin.value).text(language))
        }
        let (certificate, issue) = issued
        let text: String
        switch format {
        case "json": text = RegistryCommandSupport.certificateJSON(certificate, issue: issue).rendered(pretty: true) + "\n"
        case "html": text = CertificateDocument.html(certificate, issue: issue, language: language)
        default: text = CertificateDocument.text(certificate, issue: issue, language: language)
        }
        try RegistryCommandSupport.write(text, to: args.value("--out"), replace: true)
        issuedOK = true
        if let out = args.value("--out") {
            StoreCommandSupport.printError(Phrases.cliCertificateWritten(issue.code, to: out).shown)
        }
        return 0
    }

    /// Creates the output file, or a scratch file beside it with `--force`, to learn now
    /// that it can be written; returns what to remove if the certificate is not issued.
    private static func reserve(_ path: String, force: Bool) throws -> String {
        let probe = force ? path + ".sts-\(getpid())" : path
        do {
            try PrivateFile.createEmpty(at: probe)
        } catch {
            throw FailureError(error.phrase)
        }
        if force { unlink(probe); return path + ".sts-none" }
        return probe
    }
}
