import Domain
import Foundation
import Synchronization

/// The progress of a long command (import, demo, backup, check) on standard error.
///
/// When standard error is a terminal, one line redrawn in place four times a second by a
/// thread of its own: done/total, percent, items per second and time left; `finish`
/// erases it and prints the summary on standard output. When standard error is not a
/// terminal (a pipe, a log file, cron) nothing is drawn — no redraws, no carriage returns —
/// and only the summary is printed. `--quiet` prints neither: only errors, through `error`.
///
/// The work itself only adds to two atomic counters (`advance`, `update`), or lets the
/// line read its own numbers (`start(total:sample:)`), so the hot loop waits for nothing.
///
/// ```swift
/// let progress = ProgressLine(label: "backup", unit: Phrases.progressPages, quiet: quiet)
/// progress.start(total: pages)
/// for … { …; progress.advance() }
/// progress.finish(["copied \(pages) pages to \(path)"])
/// ```
final class ProgressLine: @unchecked Sendable {
    /// What standard error is.
    enum Output {
        case terminal
        case plain
        case quiet
    }

    let output: Output
    private let label: String
    private let unit: Phrase
    private let language: Language
    private let interval: Double
    private let done = Atomic<Int>(0)
    private let items = Atomic<Int>(0)
    private let total = Atomic<Int>(0)
    private let lock = NSLock()
    // Under `lock`:
    private var sample: (@Sendable () -> (done: Int, total: Int, items: Int))?
    private var drawnWidth = 0
    private var started: Date?
    private var finished = false
    private let wake = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)
    private var thread: Thread?

    /// - Parameters:
    ///   - label: what is being done, first on the line (`students.csv`, `backup`).
    ///   - unit: what `advance` counts (`Phrases.progressRows`).
    ///   - quiet: `--quiet`: nothing but errors.
    ///   - interval: seconds between redraws.
    init(label: String, unit: Phrase, language: Language = StoreCommandSupport.language, quiet: Bool = false,
         interval: Double = 0.25) {
        self.label = label
        self.unit = unit
        self.language = language
        self.interval = interval
        output = quiet ? .quiet : (isatty(2) == 1 ? .terminal : .plain)
    }

    deinit {
        if thread != nil && !finished { stopDrawing() }
    }

    /// Begins: `total` units of work (0 when unknown). With `sample`, the line reads done,
    /// total and items from it at each redraw instead of from `advance`.
    func start(total: Int, sample: (@Sendable () -> (done: Int, total: Int, items: Int))? = nil) {
        self.total.store(total, ordering: .relaxed)
        lock.withLock {
            self.sample = sample
            started = Date()
        }
        guard output == .terminal else { return }
        let thread = Thread { [self] in drawLoop() }
        thread.name = "sts progress"
        self.thread = thread
        thread.start()
    }

    /// `count` more units done (and as many items).
    @inline(__always)
    func advance(by count: Int = 1) {
        done.add(count, ordering: .relaxed)
        items.add(count, ordering: .relaxed)
    }

    /// Sets how much is done, and how many items that is when they are counted apart
    /// (bytes of a file done, rows read).
    func update(done: Int, items: Int? = nil, total: Int? = nil) {
        self.done.store(done, ordering: .relaxed)
        self.items.store(items ?? done, ordering: .relaxed)
        if let total { self.total.store(total, ordering: .relaxed) }
    }

    /// An error line (a refused row, a warning): printed on standard error in every mode,
    /// the progress line erased first and drawn again at the next redraw.
    func error(_ line: String) {
        lock.withLock {
            erase()
            Self.write(2, line + "\n")
        }
    }

    /// Ends: the line is erased and `summary` printed on standard output (not with --quiet).
    func finish(_ summary: [String]) {
        stopDrawing()
        guard output != .quiet, !summary.isEmpty else { return }
        Self.write(1, summary.joined(separator: "\n") + "\n")
    }

    /// Stops redrawing and erases the line, printing nothing (the command failed; its error follows).
    func abandon() { stopDrawing() }

    private func stopDrawing() {
        let wasRunning = lock.withLock { () -> Bool in
            defer { finished = true }
            return !finished && thread != nil
        }
        if wasRunning {
            wake.signal()
            stopped.wait()
        }
        lock.withLock { erase() }
    }

    private func drawLoop() {
        while true {
            _ = wake.wait(timeout: .now() + interval)
            let keepGoing = lock.withLock { () -> Bool in
                guard !finished else { return false }
                draw()
                return true
            }
            if !keepGoing { break }
        }
        stopped.signal()
    }

    /// Under `lock`.
    private func draw() {
        guard let started else { return }
        let numbers = sample?() ?? (done: done.load(ordering: .relaxed), total: total.load(ordering: .relaxed),
                                    items: items.load(ordering: .relaxed))
        var text = Self.text(label: label, unit: unit, done: numbers.done, total: numbers.total, items: numbers.items,
                             elapsed: Date().timeIntervalSince(started), language: language)
        let width = max(20, Self.terminalWidth() - 1)
        if text.count > width { text = String(text.prefix(width)) }
        let padding = max(0, drawnWidth - text.count)
        Self.write(2, "\r" + text + String(repeating: " ", count: padding))
        drawnWidth = text.count
    }

    /// Under `lock`.
    private func erase() {
        guard drawnWidth > 0 else { return }
        Self.write(2, "\r" + String(repeating: " ", count: drawnWidth) + "\r")
        drawnWidth = 0
    }

    /// `students.csv: 412 000 rows · 41 % · 98 000 rows/s · 6 s left`
    static func text(label: String, unit: Phrase, done: Int, total: Int, items: Int, elapsed: Double,
                     language: Language) -> String {
        var parts = [label + ": " + Phrases.progressCount(items) + " " + unit.text(language)]
        if total > 0 {
            parts.append("\(min(100, done * 100 / total)) %")
        }
        if elapsed >= 0.5, items > 0 {
            parts.append(Phrases.progressCount(Int(Double(items) / elapsed)) + " " + unit.text(language)
                         + Phrases.progressPerSecond.text(language))
            if total > 0, done > 0, done < total {
                let left = elapsed * Double(total - done) / Double(done)
                parts.append(Phrases.progressLeft(Phrases.progressDuration(seconds: Int(left.rounded(.up)))
                    .text(language)).text(language))
            }
        }
        return parts.joined(separator: " · ")
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    private static func write(_ descriptor: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Foundation.write(descriptor, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}
