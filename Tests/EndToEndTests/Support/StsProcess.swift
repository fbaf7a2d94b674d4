import Foundation

/// The built `sts` binary (`make test` builds it before the tests run) and ways to run it.
enum StsBinary {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var path: String { packageRoot.appendingPathComponent(".build/debug/sts").path }
    static var exists: Bool { FileManager.default.isExecutableFile(atPath: path) }

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `sts` with arguments and extra environment, waits, and returns what it printed.
    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> Output {
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let result = try Subprocess.run(path, arguments, environment: env, stdin: stdin)
        return Output(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }
}

/// A scratch directory removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "sts-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
