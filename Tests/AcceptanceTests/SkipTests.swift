import Foundation
import Testing

/// `LOCKSTEP_SKIP=rule,…`: the named rules are skipped once, and say so (HOOKS.md §8 scenario 69).
@Suite struct SkipTests {
    @Test func skippedRuleLetsTheCommitThrough() throws {
        let repo = try TemporaryRepository()
        let result = try repo.git("commit", "-q", "--allow-empty", "-m", "feature: x",
                                  environment: ["LOCKSTEP_SKIP": "commit/type-enum"])
        #expect(result.status == 0, "\(result)")
        #expect(try repo.commitCount() == 2)
        #expect(try repo.lastMessage() == "feature: x\n")
        #expect(result.stderr.contains("commit/type-enum") && result.stderr.lowercased().contains("skip"),
                "a skip is never silent\n\(result)")
        result.expectNoColour()
    }

    @Test func skippingOneRuleStillChecksTheOthers() throws {
        let repo = try TemporaryRepository()
        let result = try repo.git("commit", "--allow-empty", "-m", "feature: x\nno blank line",
                                  environment: ["LOCKSTEP_SKIP": "commit/type-enum"])
        result.expectRejection(rule: "commit/body-leading-blank", at: ".git/COMMIT_EDITMSG:2:1", excerpt: "no blank line")
        #expect(!result.stderr.contains("error[commit/type-enum]"), "\(result)")
        #expect(try repo.commitCount() == 1)
    }

    @Test func severalRulesSeparatedByCommas() throws {
        let repo = try TemporaryRepository()
        let result = try repo.git("commit", "-q", "--allow-empty", "-m", "feature: x\nno blank line",
                                  environment: ["LOCKSTEP_SKIP": "commit/type-enum,commit/body-leading-blank"])
        #expect(result.status == 0, "\(result)")
        #expect(try repo.commitCount() == 2)
        #expect(result.stderr.contains("commit/type-enum") && result.stderr.contains("commit/body-leading-blank"),
                "both skips are reported\n\(result)")
    }

    @Test func misspeltRuleIdRefusesAndSuggests() throws {
        let repo = try TemporaryRepository()
        let result = try repo.git("commit", "--allow-empty", "-m", "feat: x",
                                  environment: ["LOCKSTEP_SKIP": "commit/type-enun"])
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains("commit/type-enun"), "the unknown id is named\n\(result)")
        #expect(result.stderr.contains("did you mean `commit/type-enum`"), "\(result)")
        #expect(try repo.commitCount() == 1)
        result.expectNoColour()
    }

    @Test func misspeltRuleIdIsAUsageErrorForTheCommandLine() throws {
        let repo = try TemporaryRepository()
        let file = try repo.messageFile("feat: x\n")
        let result = try repo.lockstep("check", "message", file.path, environment: ["LOCKSTEP_SKIP": "commit/type-enun"])
        #expect(result.status == 2, "\(result)")
        #expect(result.output.contains("commit/type-enum"), "\(result)")
        let commits = try repo.lockstep("check", "commits", "--all", environment: ["LOCKSTEP_SKIP": "commit/type-enun"])
        #expect(commits.status == 2, "\(commits)")
        #expect(commits.output.contains("commit/type-enum"), "\(commits)")
    }
}
