import Foundation
import Testing

/// Issue 15 "Words instead of codes, and no cut text" in the real `sts --demo --lang az` in
/// tmux at 80×24: the tab line tells areas apart, the applicant form names its codes and
/// opens a list as a name is typed, the 4.8 heading wraps, the report file is asked for with
/// its whole path and lands in the home directory with a byte order mark.
@Suite(.serialized, .enabled(if: StsBinary.exists && TmuxSession.available))
struct WordsEndToEndTests {
    @Test func anAzerbaijaniClerksScreensSpeakInWords() throws {
        let data = try TemporaryDirectory()
        defer { withExtendedLifetime(data) {} }
        let home = data.path + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let env = ["XDG_DATA_HOME": data.path, "HOME": home, "TERM": "xterm-256color", "LANG": "C.UTF-8", "STS_LANG": "az",
                   "TZ": "Asia/Baku"]
        let tmux = try TmuxSession(width: 80, height: 24, environment: env)
        try tmux.typeLine("cd \(data.path) && \(StsBinary.path) --demo; echo EXIT=$?")
        var screen = tmux.waitFor(timeout: 30) { $0.contains("F10") && $0.contains(" FİN ") }
        let tabs = screen.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        let labels = tabs.split(separator: " ").filter { $0.count > 1 }
        #expect(Set(labels).count == labels.count, "two areas read the same: \(tabs)")
        // Applicants: open the first, its citizenship has a name beside it.
        try tmux.keys("2")
        tmux.waitFor { $0.contains("Çatışmır") }
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Vətəndaşlıq *") }
        let citizenship = screen.split(separator: "\n").first { $0.hasPrefix("Vətəndaşlıq *") }.map(String.init) ?? ""
        #expect(citizenship.split(separator: " ").count >= 4, "a code and its name: \(citizenship)")
        // Typing a name into the previous country opens the list, narrowed.
        try tmux.keys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
        screen = tmux.waitFor { $0.contains("Əvvəlki: ölkə") }
        try tmux.literal("Gürc")
        screen = tmux.waitFor { $0.contains("▶ GE  Gürcüstan") }
        try tmux.keys("Escape")
        tmux.waitFor { !$0.contains("▶ GE  Gürcüstan") }
        try tmux.keys("Escape")
        screen = tmux.waitFor { $0.contains("Yadda saxlanmamış") || $0.contains("Çatışmır") }
        if screen.contains("Yadda saxlanmamış") || !screen.contains("Çatışmır") { try tmux.keys("Right", "Enter") }
        // Report: the heading wraps whole at 80 columns; e asks where, Enter writes to the home directory.
        try tmux.keys("5")
        screen = tmux.waitFor { $0.contains("4.8 illik hesabat") }
        let heading = screen.split(separator: "\n").filter { !$0.isEmpty }
        #expect(heading.contains { $0.hasPrefix(" Komitəsi)") }, "the addressees wrap whole: \(screen)")
        try tmux.keys("e")
        screen = tmux.waitFor { $0.contains("Hesabatı fayla yaz") }
        #expect(screen.contains("home/report-4.8-"))
        try tmux.keys("Enter")
        screen = tmux.waitFor { $0.contains("Yazıldı: \(home)/report-4.8-") }
        let file = try FileManager.default.contentsOfDirectory(atPath: home).first { $0.hasPrefix("report-4.8-") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: home + "/" + (file ?? "")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("№;Soyad;Ad;"))
        try tmux.keys("F10")
        tmux.waitFor { $0.contains("EXIT=0") }
    }
}
