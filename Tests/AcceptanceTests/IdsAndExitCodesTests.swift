import Foundation
import Testing

/// Issue 10 item 14: one id and exit code per failure across commands, full ids in JSON, and
/// words that say what was judged.
@Suite struct IdsAndExitCodesTests {
    @Test func anUnknownRevisionIsTheSameFailureEverywhere() throws {
        let repo = try TemporaryRepository()
        let commits = try repo.lockstep("check", "commits", "nosuch")
        let next = try repo.lockstep("next-version", "nosuch")
        #expect(commits.status == 2 && next.status == 2, "\(commits)\n\(next)")
        #expect(commits.output.contains("error[repo/bad-revision]"), "\(commits)")
        #expect(next.output.contains("error[repo/bad-revision]"), "\(next)")
    }

    @Test func aShallowCloneAskedForMissingHistoryIsRepoShallow() throws {
        let repo = try TemporaryRepository()
        try repo.commit("fix: one", file: "one.txt")
        try repo.commit("fix: two", file: "two.txt")
        let clone = repo.root.appendingPathComponent("shallow")
        try repo.git("clone", "-q", "--depth", "1", "file://\(repo.path.path)", clone.path).expectSuccess()
        let result = try repo.lockstep(["check", "commits", "HEAD~2..HEAD"], in: clone)
        #expect(result.status == 3, "\(result)")
        #expect(result.output.contains("error[repo/shallow]") && !result.output.contains("repo/unreadable"), "\(result)")
    }

    @Test func jsonGivesTheFullCommitID() throws {
        let repo = try TemporaryRepository()
        let bad = try repo.commit("bad header", file: "bad.txt")
        let result = try repo.lockstep("--format", "json", "check", "commits", "HEAD")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("\"commit\": \"\(bad)\""), "\(result)")
        let text = try repo.lockstep("check", "commits", "HEAD")
        #expect(text.stdout.contains("commit \(bad.prefix(7))") && !text.stdout.contains(bad), "text keeps the short id\n\(text)")
    }

    @Test func checkBranchNamesTheBranchAndSaysWhatADetachedHeadIs() throws {
        let repo = try TemporaryRepository()
        let onMain = try repo.lockstep("check", "branch")
        #expect(onMain.status == 0 && onMain.stderr.contains("branch main: all pass"), "\(onMain)")
        #expect(!onMain.output.contains("branch HEAD"), "\(onMain)")
        try repo.git("checkout", "-q", "--detach").expectSuccess()
        let detached = try repo.lockstep("check", "branch")
        #expect(detached.status == 2 && detached.output.contains("HEAD is detached at"), "\(detached)")
        #expect(detached.output.contains("lockstep check branch NAME"), "\(detached)")
    }

    @Test func explainListsAnAreaAndSuggestsTheNearestID() throws {
        let repo = try TemporaryRepository()
        for area in ["commit", "commit/", "commit/*"] {
            let listed = try repo.lockstep("explain", area)
            #expect(listed.status == 0 && listed.stdout.contains("commit/type-enum") && listed.stdout.contains("commit/header-format"), "\(listed)")
            #expect(!listed.stdout.contains("tag/"), "\(listed)")
        }
        let short = try repo.lockstep("explain", "type-enum")
        #expect(short.status == 2 && short.stderr.contains("did you mean commit/type-enum?"), "\(short)")
        let unknown = try repo.lockstep("explain", "zzz")
        #expect(unknown.status == 2 && unknown.stderr.contains("lockstep rules"), "\(unknown)")
    }
}
