import Foundation
import Testing

/// Tools the project does not control, found on the test process' PATH: each test that needs
/// one is skipped, with the reason, when it is missing.
enum ExternalTool {
    static let shellcheck = locate("shellcheck", probe: ["--version"])
    static let checkJSONSchema = locate("check-jsonschema", probe: ["--version"])
    static let zizmor = locate("zizmor", probe: ["--version"])
    static let actionlint = locate("actionlint", probe: ["--version"])
    static let preCommit = locate("pre-commit", probe: ["--version"])
    /// lefthook's own binary: its hooks find it through LEFTHOOK_BIN, since the isolated PATH
    /// of a test commit does not hold a Python wrapper's interpreter.
    static let lefthook: String? = {
        guard let wrapper = locate("lefthook", probe: ["version"]) else { return nil }
        let found = try? run(wrapper, ["version", "--full"], in: FileManager.default.temporaryDirectory,
                             environment: ProcessInfo.processInfo.environment)
        guard found?.status == 0 else { return nil }
        // The PyPI package ships the binary next to its Python module.
        let python = try? run("python3", ["-c", "import lefthook, os; print(os.path.dirname(lefthook.__file__))"],
                              in: FileManager.default.temporaryDirectory, environment: ProcessInfo.processInfo.environment)
        if let folder = python?.stdout.trimmingCharacters(in: .whitespacesAndNewlines), python?.status == 0 {
            let bin = URL(fileURLWithPath: folder).appendingPathComponent("bin")
            // bin/lefthook-<os>-<arch>/lefthook
            for folder in (try? FileManager.default.contentsOfDirectory(atPath: bin.path)) ?? [] where folder.hasPrefix("lefthook-") {
                let binary = bin.appendingPathComponent(folder).appendingPathComponent("lefthook").path
                if FileManager.default.isExecutableFile(atPath: binary) { return binary }
            }
        }
        return wrapper
    }()

    /// The first `name` on PATH that answers `probe` with status 0 (a pyenv shim for a tool the
    /// current Python lacks does not).
    static func locate(_ name: String, probe: [String]) -> String? {
        let environment = ProcessInfo.processInfo.environment
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            let answer = try? run(candidate, probe, in: FileManager.default.temporaryDirectory, environment: environment, timeout: 60)
            if answer?.status == 0 { return candidate }
        }
        return nil
    }

    /// Runs a tool with the test process' own environment (its caches, its Python).
    static func invoke(_ tool: String, _ arguments: [String], in directory: URL? = nil) throws -> RunResult {
        try run(tool, arguments, in: directory ?? Products.packageRoot,
                                environment: ProcessInfo.processInfo.environment, timeout: 600)
    }
}

enum Templates {
    static var folder: URL { Products.packageRoot.appendingPathComponent("ci-templates") }
    static var githubAction: URL { folder.appendingPathComponent("github/action.yml") }
    static var githubWorkflow: URL { folder.appendingPathComponent("github/lockstep.yml") }
    static var gitlab: URL { folder.appendingPathComponent("gitlab/lockstep.gitlab-ci.yml") }
    static var ciScript: URL { folder.appendingPathComponent("lockstep-ci.sh") }
    /// This repository's own workflows: its checks and its release.
    static var ownWorkflows: [URL] {
        ["lockstep.yml", "release.yml"].map { Products.packageRoot.appendingPathComponent(".github/workflows/\($0)") }
    }
    static var preCommitHooks: URL { Products.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml") }

    /// docs/install.md's fenced block that follows the line `marker` (the lefthook snippet).
    static func readmeBlock(after marker: String) throws -> String {
        let readme = try String(contentsOf: Products.packageRoot.appendingPathComponent("docs/install.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.contains(marker) }, "docs/install.md has no line containing \(marker)")
        let isFence = { (line: String) in line.trimmingCharacters(in: .whitespaces).hasPrefix("```") }
        let open = try #require(lines[start...].firstIndex(where: isFence))
        let close = try #require(lines[(open + 1)...].firstIndex(where: isFence))
        // A block inside a list item is indented like its fence.
        let indent = lines[open].prefix { $0 == " " }.count
        return lines[(open + 1)..<close].map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }
            .joined(separator: "\n") + "\n"
    }
}
