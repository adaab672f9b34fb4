import Foundation
import Testing

/// The command-line contract (DESIGN.md "Command line"): formats, stdin, exit codes, the catalog.
@Suite struct CommandLineTests {
    static let ruleIDs = [
        "commit/body-leading-blank", "commit/breaking-change-format", "commit/description-empty",
        "commit/empty-message", "commit/encoding", "commit/footer-format", "commit/header-format",
        "commit/header-max-length", "commit/header-whitespace", "commit/scope-enum", "commit/scope-format",
        "commit/scope-required", "commit/signed-off-by", "commit/type-case", "commit/type-enum",
    ]

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

    @Test func globalOptionsBeforeTheCommand() throws {
        // DESIGN.md: `lockstep [-C PATH] [--config FILE] [--format text|json|github] <command>`.
        let repo = try TemporaryRepository()
        try repo.write(".lockstep.toml", "[commit]\ntypes = [\"deploy\"]\n")
        let file = try repo.messageFile("deploy: x\n")
        let inRepo = try repo.lockstep("-C", repo.path.path, "check", "message", file.path, in: repo.root)
        #expect(inRepo.status == 0, "-C makes the work tree's .lockstep.toml apply\n\(inRepo)")

        let asJSON = try repo.lockstep("--format", "json", "check", "message", file.path, in: repo.root)
        #expect(asJSON.status == 1, "outside the repository `deploy` is not a type\n\(asJSON)")
        #expect((try? JSONSerialization.jsonObject(with: asJSON.stdoutData)) != nil, "\(asJSON)")

        let config = try repo.write("other.toml", "[commit]\ntypes = [\"deploy\"]\n", in: repo.root)
        let withConfig = try repo.lockstep("--config", config.path, "check", "message", file.path, in: repo.root)
        #expect(withConfig.status == 0, "\(withConfig)")
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

    @Test func rulesListsEveryRule() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let result = try repo.lockstep("rules")
        #expect(result.status == 0, "\(result)")
        for id in Self.ruleIDs {
            #expect(result.stdout.contains(id), "`lockstep rules` is missing \(id)\n\(result)")
        }
    }

    @Test func rulesAsJSON() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let result = try repo.lockstep("rules", "--format", "json")
        #expect(result.status == 0, "\(result)")
        let rules = try #require(try json(result) as? [[String: Any]], "\(result)")
        #expect(Set(rules.compactMap { $0["id"] as? String }) == Set(Self.ruleIDs))
        for rule in rules {
            #expect(rule["severity"] is String && rule["summary"] is String && rule["rationale"] is String,
                    "\(rule)")
        }
    }

    @Test func explainShowsRationaleAndExamples() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let rules = try #require(try json(try repo.lockstep("rules", "--format", "json")) as? [[String: Any]])
        let typeEnum = try #require(rules.first { $0["id"] as? String == "commit/type-enum" })
        let rationale = try #require(typeEnum["rationale"] as? String)
        let failing = try #require((typeEnum["failing"] as? [String])?.first)
        let passing = try #require((typeEnum["passing"] as? [String])?.first)

        let result = try repo.lockstep("explain", "commit/type-enum")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("commit/type-enum"))
        #expect(result.stdout.contains(rationale), "the rationale is shown\n\(result)")
        #expect(result.stdout.contains(passing), "a passing example is shown\n\(result)")
        #expect(result.stdout.contains(failing), "a failing example is shown\n\(result)")
        #expect(result.stdout.contains("commit.types"), "the config key is named\n\(result)")
    }

    @Test func explainUnknownRule() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let unknown = try repo.lockstep("explain", "nope")
        #expect(unknown.status == 2, "\(unknown)")
        #expect(unknown.output.contains("nope"), "\(unknown)")
        let misspelt = try repo.lockstep("explain", "commit/type-enun")
        #expect(misspelt.status == 2, "\(misspelt)")
        #expect(misspelt.output.contains("commit/type-enum"), "the closest id is suggested\n\(misspelt)")
    }

    @Test func versionAndHelp() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let version = try repo.lockstep("--version")
        #expect(version.status == 0, "\(version)")
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression) != nil, "\(version)")
        let help = try repo.lockstep("--help")
        #expect(help.status == 0, "\(help)")
        #expect(help.stdout.contains("check") && help.stdout.contains("explain"), "\(help)")
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
