import Domain
import Foundation
import Storage

/// `sts verify CODE`: what an issued certificate said and whether the registry still says it.
enum VerifyCommand {
    static let help = Phrases.helpVerify

    static func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--db"], flagOptions: ["--help", "--json"])
        if args.has("--help") { print(help.shown); return 0 }
        let raw = try args.requirePositionals([Phrases.argCode.shown])[0]
        guard VerificationCode.normalized(raw) != nil else {
            throw UsageError(Phrases.cliNotACode(StoreCommandSupport.safe(raw)))
        }
        let service = try RegistryCommandSupport.service(dbFlag: args.value("--db"))
        let language = RegistryCommandSupport.language
        guard let found = try StoreCommandSupport.refusals({ try service.verify(code: raw) }) else {
            if args.has("--json") {
                print(JSON.object([("code", .string(raw)), ("found", .bool(false))]).rendered())
            }
            throw FailureError(Phrases.codeNotFound.text(language) + ": " + StoreCommandSupport.safe(raw))
        }
        if args.has("--json") {
            let json = JSON.object([
                ("code", .string(found.issue.code)), ("found", .bool(true)), ("unchanged", .bool(found.differences.isEmpty)),
                ("differences", .array(found.differences.map { .string($0.text(language)) })),
                ("issued_at", .string(found.issue.issuedAt)), ("issued_by", .string(found.issue.issuedBy)),
                ("purpose", .string(found.purpose)),
                ("certificate", RegistryCommandSupport.certificateJSON(found.certificate, issue: nil)),
            ])
            print(json.rendered(pretty: true))
            return 0
        }
        var text = CertificateDocument.text(found.certificate, issue: found.issue, language: language)
        if found.differences.isEmpty {
            text += "\n" + Phrases.codeUnchanged.text(language) + ".\n"
        } else {
            text += "\n" + Phrases.codeChanged.text(language) + "\n"
            for difference in found.differences {
                text += "  - " + ShownText.escaped(difference.text(language)) + "\n"
            }
        }
        print(text, terminator: "")
        return 0
    }
}
