// swift-tools-version:6.0
// The Student Tracking System. No Swift package dependencies: Foundation plus the
// system libraries ncursesw and sqlite3, each wrapped once in a system-library target, and
// the two glibc calls of the setgid gatekeeper that Swift's Glibc module does not declare.
import PackageDescription

let package = Package(
    name: "sts",
    products: [
        .executable(name: "sts", targets: ["sts"]),
        .executable(name: "sts-bench", targets: ["sts-bench"]),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw",
                       providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CPOSIX", path: "Sources/CPOSIX"),
        .target(name: "Domain"),
        .target(name: "Storage", dependencies: ["Domain", "CSQLite"]),
        .target(name: "TerminalUI", dependencies: ["Domain"]),
        .target(name: "NcursesTerminal", dependencies: ["TerminalUI", "CNcursesw"]),
        .target(name: "Screens", dependencies: ["Domain", "Storage", "TerminalUI"]),
        .executableTarget(name: "sts",
                          dependencies: ["Domain", "Storage", "TerminalUI", "NcursesTerminal", "Screens", "CPOSIX"]),
        .executableTarget(name: "sts-bench", dependencies: ["Domain", "Storage", "CPOSIX"]),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Domain"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "Domain"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TerminalUI"]),
        .testTarget(name: "ScreensTests", dependencies: ["Screens", "Storage", "Domain", "TerminalUI"]),
        // Drives the built `sts` binary (in tmux and as a subprocess); `make test` builds it first.
        .testTarget(name: "EndToEndTests"),
    ],
    swiftLanguageModes: [.v6]
)
