import Foundation
import Testing

/// `[rules]` in `.lockstep.toml`: a rule made a warning no longer blocks (exit 0, warnings allowed).
@Suite struct RuleSeverityTests {
    @Test func warningIsShownButDoesNotBlock() throws {
        let repo = try TemporaryRepository()
        try repo.write(".lockstep.toml", "[rules]\n\"commit/type-enum\" = \"warning\"\n")
        let result = try repo.git("commit", "-q", "--allow-empty", "-m", "feature: x", environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.commitCount() == 2)
        #expect(result.stderr.contains("warning[commit/type-enum]"), "\(result)")
        #expect(!result.stderr.contains("commit rejected"), "\(result)")

        let file = try repo.messageFile("feature: x\n")
        let check = try repo.lockstep("check", "message", "--format", "json", file.path)
        #expect(check.status == 0, "\(check)")
        let object = (try? JSONSerialization.jsonObject(with: check.stdoutData)) as? [String: Any]
        #expect(object?["ok"] as? Bool == true, "\(check)")
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.first?["severity"] as? String == "warning", "\(check)")
    }

    @Test func offSilencesTheRule() throws {
        let repo = try TemporaryRepository()
        try repo.write(".lockstep.toml", "[rules]\n\"commit/type-enum\" = \"off\"\n")
        let result = try repo.git("commit", "-q", "--allow-empty", "-m", "feature: x", environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(!result.stderr.contains("type-enum"), "\(result)")
        #expect(try repo.commitCount() == 2)
    }

    @Test func unknownRuleIdIsAConfigurationError() throws {
        let repo = try TemporaryRepository()
        try repo.write(".lockstep.toml", "[rules]\n\"commit/type-enun\" = \"off\"\n")
        let result = try repo.git("commit", "--allow-empty", "-m", "feat: x")
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains(".lockstep.toml:2"), "\(result)")
        #expect(result.stderr.contains("did you mean `commit/type-enum`"), "\(result)")
        #expect(try repo.commitCount() == 1)
    }
}
