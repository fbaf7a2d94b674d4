import Foundation

/// Under `make test` (which installs tmux, sshd and sqlite3 before it runs the tests, and sets
/// STS_MAKE_TEST=1) a missing tool is a failure that says what is missing, never a silent skip:
/// a green run must mean the end-to-end tests ran. Run by hand (`swift test`), a test whose
/// tool is missing is skipped as before.
enum MakeTest {
    static let running = ProcessInfo.processInfo.environment["STS_MAKE_TEST"] == "1"

    /// Whether a test that needs a tool should run: when the tool is there, and always under
    /// `make test` (where the test then fails naming the tool).
    static func runs(needing present: Bool) -> Bool { present || running }

    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    /// Throws a clear failure when `tool` is not at `path`.
    static func require(_ tool: String, at path: String) throws {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw Missing(description: "\(tool) is missing (\(path)); make test installs it with apt-get (see Makefile)")
        }
    }
}
