import Foundation
import Testing

/// Where the built executables and this package's sources are.
enum Products {
    /// The products folder: the directory of the running test bundle, where SwiftPM also puts
    /// `lockstep` and `lockstep-cli` (the test target depends on both).
    static let directory: URL = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL.resolvingSymlinksInPath().deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL.resolvingSymlinksInPath())
        // macOS: the runner is a helper elsewhere in the toolchain; the test code is in an .xctest
        // bundle inside the products folder.
        candidates.append(Bundle(for: BundleMarker.self).bundleURL.resolvingSymlinksInPath().deletingLastPathComponent())
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("lockstep").path) }
            ?? candidates[0]
    }()

    private final class BundleMarker {}

    static var lockstep: String { directory.appendingPathComponent("lockstep").path }
    static var lockstepCLI: String { directory.appendingPathComponent("lockstep-cli").path }

    /// Fails the current test with a clear message when the executables are not where SwiftPM
    /// should have built them.
    static func requireBuilt(sourceLocation: SourceLocation = #_sourceLocation) throws {
        for path in [lockstep, lockstepCLI] {
            try #require(FileManager.default.isExecutableFile(atPath: path),
                         "expected the built executable at \(path) (products folder \(directory.path), beside the test bundle \(CommandLine.arguments.first ?? "?"))",
                         sourceLocation: sourceLocation)
        }
    }

    /// The package's root, from this file's path (Tests/AcceptanceTests/Harness/Products.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `hooks/commit-msg` as install.sh writes it: the `bin=''` line names the built binary.
    static func installedHook(_ name: String) throws -> String {
        let source = try String(contentsOf: packageRoot.appendingPathComponent("hooks/\(name)"), encoding: .utf8)
        let quoted = lockstep.replacingOccurrences(of: "'", with: "'\\''")
        var replaced = 0
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line == "bin=''" else { return String(line) }
            replaced += 1
            return "bin='\(quoted)'"
        }
        try #require(replaced == 1, "hooks/\(name) should hold exactly one `bin=''` line for install.sh to replace")
        return lines.joined(separator: "\n")
    }
}
