import Foundation

extension Contract {
    /// Plain text for a printer or a terminal, wrapped at `width` columns.
    public func plainText(_ language: Language, width: Int = 78) -> String {
        let width = max(40, width)
        var lines: [String] = []
        for block in blocks(language) {
            switch block {
            case .heading(let text):
                lines += Contract.wrap(text, width: width).map { Contract.centred($0, width: width) }
            case .note(let text):
                lines += Contract.wrap(text, width: width).map { Contract.centred($0, width: width) }
                lines.append("")
            case .placeAndDate(let place, let date):
                lines.append("")
                let gap = max(2, width - place.count - date.count)
                lines.append(place + String(repeating: " ", count: gap) + date)
                lines.append("")
            case .section(let text):
                lines.append("")
                lines.append(text)
                lines.append("")
            case .paragraph(let text):
                lines += Contract.wrap(text, width: width)
            case .clause(let number, let text):
                let indent = String(repeating: " ", count: number.count + 1)
                let wrapped = Contract.wrap(text, width: width - indent.count)
                for (index, line) in wrapped.enumerated() {
                    lines.append((index == 0 ? number + " " : indent) + line)
                }
            case .signature(let label, let value):
                lines.append("")
                lines.append(label)
                lines += Contract.wrap(value, width: width)
            }
        }
        // Values typed by a clerk are shown, never obeyed (`ShownText`, issue 12).
        return lines.map(ShownText.escaped).joined(separator: "\n") + "\n"
    }

    /// A complete, printable HTML page; every text is escaped.
    public func html(_ language: Language) -> String {
        var body: [String] = []
        for block in blocks(language) {
            switch block {
            case .heading(let text):
                body.append("<h1>\(Contract.escape(text))</h1>")
            case .note(let text):
                body.append("<p class=\"note\">\(Contract.escape(text))</p>")
            case .placeAndDate(let place, let date):
                body.append("<p class=\"place\"><span>\(Contract.escape(place))</span>"
                    + "<span>\(Contract.escape(date))</span></p>")
            case .section(let text):
                body.append("<h2>\(Contract.escape(text))</h2>")
            case .paragraph(let text):
                body.append("<p>\(Contract.escape(text))</p>")
            case .clause(let number, let text):
                body.append("<p class=\"clause\"><span class=\"number\">\(Contract.escape(number))</span> "
                    + "\(Contract.escape(text))</p>")
            case .signature(let label, let value):
                body.append("<p class=\"signature\"><span class=\"label\">\(Contract.escape(label))</span><br>"
                    + "\(Contract.escape(value))</p>")
            }
        }
        let title = Contract.escape(ContractTemplate.title.text(language) + " — " + Contract.field(student.full))
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <style>
            @page { size: A4; margin: 2cm; }
            body { font-family: "Times New Roman", serif; font-size: 12pt; line-height: 1.4; max-width: 44em; margin: 2em auto; }
            h1 { font-size: 13pt; text-align: center; margin: 0.3em 0; }
            h2 { font-size: 12pt; text-align: center; margin: 1.2em 0 0.6em; }
            p { text-align: justify; margin: 0.4em 0; }
            .note { text-align: center; font-size: 10pt; font-style: italic; }
            .place { display: flex; justify-content: space-between; margin: 1.5em 0; }
            .clause .number { font-weight: bold; }
            .signature { margin-top: 1.5em; }
            .signature .label { font-weight: bold; }
            @media print { body { margin: 0; max-width: none; } }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// `&`, `<`, `>`, `"` and `'` as entities.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in ShownText.escaped(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static func centred(_ line: String, width: Int) -> String {
        let pad = max(0, (width - line.count) / 2)
        return String(repeating: " ", count: pad) + line
    }

    /// Greedy word wrap; a word longer than the width stands on its own line.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
