import Foundation
import Testing

/// The command-line contract (DESIGN.md "Command line"): formats, stdin, exit codes, the catalog.
@Suite struct CommandLineTests {
    private func json(_ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        try #require(try? JSONSerialization.jsonObject(with: result.stdoutData),
                     "stdout is not JSON\n\(result)", sourceLocation: sourceLocation)
    }

    @Test func textFormat() throws {
        let repo = try TemporaryRepository()
        let bad = try repo.messageFile("feature: add login\n")
        let result = try repo.lockstep("check", "message", bad.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("error[commit/type-enum]"), "\(result)")
        #expect(result.stdout.contains("--> \(bad.path):1:1"), "\(result)")
        #expect(result.stdout.contains(" 1 | feature: add login\n"), "\(result)")
        #expect(result.stdout.contains("= fix: use `feat`"), "\(result)")
        #expect(!result.output.contains("git commit -e -F"), "the recovery hint is for the hook only\n\(result)")
        result.expectNoColour()

        let good = try repo.messageFile("feat: add login\n")
        let passed = try repo.lockstep("check", "message", good.path)
        #expect(passed.status == 0, "\(passed)")
        #expect(!passed.output.contains("error["), "\(passed)")
    }

    @Test func jsonFormat() throws {
        let repo = try TemporaryRepository()
        let bad = try repo.messageFile("feature: add login\n")
        let result = try repo.lockstep("check", "message", "--format", "json", bad.path)
        #expect(result.status == 1, "\(result)")
        let object = try #require(try json(result) as? [String: Any], "\(result)")
        #expect(object["ok"] as? Bool == false)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]], "\(result)")
        try #require(diagnostics.count == 1, "\(result)")
        let diagnostic = diagnostics[0]
        #expect(diagnostic["rule"] as? String == "commit/type-enum")
        #expect(diagnostic["severity"] as? String == "error")
        #expect((diagnostic["message"] as? String)?.contains("feature") == true, "\(result)")
        #expect((diagnostic["fix"] as? String)?.contains("feat") == true, "\(result)")
        #expect(diagnostic["file"] as? String == bad.path)
        #expect(diagnostic["line"] as? Int == 1)
        #expect(diagnostic["column"] as? Int == 1)
        #expect(diagnostic["commit"] == nil && diagnostic["ref"] == nil, "keys that do not apply are absent\n\(result)")

        let good = try repo.messageFile("feat: add login\n")
        let passed = try repo.lockstep("check", "message", "--format", "json", good.path)
        #expect(passed.status == 0, "\(passed)")
        let passedObject = try #require(try json(passed) as? [String: Any])
        #expect(passedObject["ok"] as? Bool == true)
        #expect((passedObject["diagnostics"] as? [Any])?.isEmpty == true, "\(passed)")
    }

    @Test func githubFormat() throws {
        let repo = try TemporaryRepository()
        let bad = try repo.messageFile("feature: add login\n")
        let result = try repo.lockstep("check", "message", "--format", "github", bad.path)
        #expect(result.status == 1, "\(result)")
        let first = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("::error file=\(bad.path),line=1,col=1,"), "\(result)")
        #expect(first.contains("title=commit/type-enum::"), "\(result)")
        result.expectNoColour()
    }

    // DESIGN.md: `lockstep [-C PATH] [--config FILE] [--format text|json|github] <command>`.

    @Test func directoryOptionBeforeTheCommand() throws {
        let repo = try TemporaryRepository()
        try repo.write(".lockstep.toml", "[commit]\ntypes = [\"deploy\"]\n")
        let file = try repo.messageFile("deploy: x\n")
        let result = try repo.lockstep("-C", repo.path.path, "check", "message", file.path, in: repo.root)
        #expect(result.status == 0, "-C makes the work tree's .lockstep.toml apply\n\(result)")
    }

    @Test func formatOptionBeforeTheCommand() throws {
        let repo = try TemporaryRepository()
        let file = try repo.messageFile("Add x\n")
        let result = try repo.lockstep("--format", "json", "check", "message", file.path)
        #expect(result.status == 1, "\(result)")
        let object = (try? JSONSerialization.jsonObject(with: result.stdoutData)) as? [String: Any]
        #expect(object?["ok"] as? Bool == false, "\(result)")
    }

    @Test func configOptionBeforeTheCommand() throws {
        let repo = try TemporaryRepository()
        let config = try repo.write("other.toml", "[commit]\ntypes = [\"deploy\"]\n", in: repo.root)
        let file = try repo.messageFile("deploy: x\n")
        let result = try repo.lockstep("--config", config.path, "check", "message", file.path)
        #expect(result.status == 0, "\(result)")
    }

    @Test func directoryOptionAfterTheCommand() throws {
        let repo = try TemporaryRepository()
        try repo.write(".lockstep.toml", "[commit]\ntypes = [\"deploy\"]\n")
        let file = try repo.messageFile("deploy: x\n")
        let outside = try repo.lockstep("check", "message", file.path, in: repo.root)
        #expect(outside.status == 1, "premise: without the repository's config `deploy` fails\n\(outside)")
        let inRepo = try repo.lockstep("check", "message", "-C", repo.path.path, file.path, in: repo.root)
        #expect(inRepo.status == 0, "\(inRepo)")
    }

    @Test func standardInput() throws {
        let repo = try TemporaryRepository()
        let bad = try repo.lockstep("check", "message", "-", stdin: Data("Add x\n".utf8))
        #expect(bad.status == 1, "\(bad)")
        #expect(bad.stdout.contains("error[commit/header-format]"), "\(bad)")
        #expect(bad.stdout.contains("--> <stdin>:1:1"), "\(bad)")
        let good = try repo.lockstep("check", "message", "-", stdin: Data("feat: x\n".utf8))
        #expect(good.status == 0, "\(good)")
    }

    @Test func missingMessageFileIsExitThree() throws {
        let repo = try TemporaryRepository()
        let missing = repo.root.appendingPathComponent("no-such-message.txt").path
        let result = try repo.lockstep("check", "message", missing)
        #expect(result.status == 3, "\(result)")
        #expect(result.output.contains(missing), "the file is named\n\(result)")
    }

    @Test(arguments: [["check", "nonsense"], ["check", "message"], ["frobnicate"], ["check", "commits"],
                      ["hook", "no-such-hook", "x"], ["rules", "--format", "yaml"]])
    func usageErrorsAreExitTwo(_ arguments: [String]) throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let result = try run(Products.lockstep, arguments, in: repo.path, environment: repo.environment)
        #expect(result.status == 2, "\(arguments)\n\(result)")
        #expect(!result.stderr.isEmpty, "a usage error says what is wrong\n\(result)")
    }

    @Test func versionOnStandardOutput() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let version = try repo.lockstep("--version")
        #expect(version.status == 0, "\(version)")
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression) != nil,
                "`lockstep --version` prints the version on stdout, for scripts\n\(version)")
    }

    @Test func helpOnStandardOutput() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let help = try repo.lockstep("--help")
        #expect(help.status == 0, "\(help)")
        #expect(help.stdout.contains("check") && help.stdout.contains("explain"),
                "`lockstep --help` prints on stdout (pipe it to a pager)\n\(help)")
    }

    @Test func hookCommandWritesToStandardError() throws {
        let repo = try TemporaryRepository()
        let bad = try repo.messageFile("Add x\n")
        let result = try repo.lockstep("hook", "commit-msg", bad.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty, "git sends a hook's stdout to its stderr; the hook writes stderr itself\n\(result)")
        #expect(result.stderr.contains("error[commit/header-format]"), "\(result)")
        #expect(result.stderr.contains("git commit -e -F \(bad.path)"), "\(result)")
    }

    @Test func missingFullExecutableIsExplained() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let alone = repo.root.appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        let copy = alone.appendingPathComponent("lockstep")
        try FileManager.default.copyItem(atPath: Products.lockstep, toPath: copy.path)
        let result = try run(copy.path, ["rules"], in: repo.path, environment: repo.environment)
        #expect(result.status == 3, "\(result)")
        #expect(result.output.contains("lockstep-cli"), "\(result)")
    }
}
