import Foundation

/// One line of the results table: what, our figure, the budget, and (where there is one)
/// the same work done by the sqlite3 shell.
struct ResultLine {
    let what: String
    let figure: String
    let budget: String
    /// nil when there is no budget for this line.
    let met: Bool?
    let comparison: String
}

/// The table printed and appended to BENCHMARKS.md, with the machine and the command.
struct Report {
    var lines: [ResultLine] = []
    var notes: [String] = []

    mutating func add(_ what: String, _ figure: String, budget: String = "", met: Bool? = nil, comparison: String = "") {
        let line = ResultLine(what: what, figure: figure, budget: budget, met: met, comparison: comparison)
        lines.append(line)
        let mark = met.map { $0 ? "ok" : "MISSED" } ?? ""
        print(String(format: "%-58@ %-34@ %-14@ %-6@ %@", what as NSString, figure as NSString, budget as NSString,
                     mark as NSString, comparison as NSString))
    }

    func markdown(command: String) -> String {
        var text = "\n## \(Report.timestamp()) — `\(command)`\n\n"
        text += Machine.description().map { "- \($0)\n" }.joined() + "\n"
        text += "| what | measured | budget | met | sqlite3 shell, same work |\n|---|---|---|---|---|\n"
        for line in lines {
            let met = line.met.map { $0 ? "yes" : "**no**" } ?? ""
            text += "| \(line.what) | \(line.figure) | \(line.budget) | \(met) | \(line.comparison) |\n"
        }
        if !notes.isEmpty { text += "\n" + notes.map { "- \($0)\n" }.joined() }
        return text
    }

    static func timestamp() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date()) + " UTC"
    }
}

/// What this machine is, for the record.
enum Machine {
    static func description() -> [String] {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let memKB = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        let sqlite = (try? Command.run("sqlite3", ["--version"]).stdout.split(separator: " ").first.map(String.init)) ?? nil
        return [
            "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(model), \(memKB / 1_048_576) GiB",
            "kernel: \(ProcessInfo.processInfo.operatingSystemVersionString)",
            "SQLite (shell): \(sqlite ?? "not installed")",
        ]
    }
}
