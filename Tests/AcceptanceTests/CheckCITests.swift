import Foundation
import Testing

/// `lockstep check ci`: the range from GitHub Actions' and GitLab CI's variables, every applicable
/// rule, and a clear word when the clone is too shallow for the range.
@Suite struct CheckCITests {
    private func gitHub(_ repo: TemporaryRepository, event: String, ref: String, sha: String, payload: String,
                        extra: [String: String] = [:]) throws -> [String: String] {
        let file = try repo.write("event-\(UUID().uuidString).json", payload, in: repo.root)
        return ["GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": event, "GITHUB_REF": ref, "GITHUB_SHA": sha,
                "GITHUB_EVENT_PATH": file.path].merging(extra) { $1 }
    }

    @Test func gitHubPullRequestJudgesItsCommitsBranchAndReleaseFiles() throws {
        let repo = try TemporaryRepository.withOrigin()
        let base = try repo.gitOutput("rev-parse", "main")
        try repo.git("switch", "-q", "-c", "feature/export").expectSuccess()
        try repo.commit("feat: export", file: "export.txt")
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.git("add", "-A").expectSuccess()
        let head = try repo.commit("bump the version")
        let environment = try gitHub(repo, event: "pull_request", ref: "refs/pull/3/merge", sha: head,
                                     payload: #"{"pull_request": {"base": {"sha": "\#(base)"}, "head": {"sha": "\#(head)"}}}"#,
                                     extra: ["GITHUB_HEAD_REF": "feature/export", "GITHUB_BASE_REF": "main"])
        let result = try repo.lockstep(["check", "ci"], environment: environment)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("lockstep: GitHub Actions pull request feature/export → main"), "\(result)")
        #expect(Set(result.errorRules) == ["commit/header-format", "version/mirror-match", "version/changelog-section"], "\(result)")
        #expect(result.stderr.contains("checked 2 commits, branch feature/export"), "\(result)")

        let annotations = try repo.lockstep(["--format", "github", "check", "ci"], environment: environment)
        #expect(annotations.stdout.contains("::error "), "\(annotations)")
    }

    @Test func gitHubPushOfANewBranchJudgesWhatNoOtherBranchHas() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("switch", "-q", "-c", "feature/good", "develop").expectSuccess()
        let head = try repo.commit("feat: good", file: "good.txt")
        let zero = String(repeating: "0", count: 40)
        let environment = try gitHub(repo, event: "push", ref: "refs/heads/feature/good", sha: head,
                                     payload: #"{"before": "\#(zero)", "after": "\#(head)"}"#)
        let result = try repo.lockstep(["check", "ci"], environment: environment)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("checked 1 commit, branch feature/good"), "only the new commit, not develop's\n\(result)")
    }

    @Test func gitHubTagEventJudgesTheTag() throws {
        let repo = try TemporaryRepository.withOrigin()
        let head = try repo.gitOutput("rev-parse", "HEAD")
        let good = try repo.lockstep(["check", "ci"], environment: try gitHub(repo, event: "push", ref: "refs/tags/v1.2.0", sha: head, payload: "{}"))
        #expect(good.status == 0, "\(good)")
        #expect(good.stderr.contains("lockstep: GitHub Actions tag v1.2.0"), "\(good)")
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "v1.2.1").expectSuccess()
        let bad = try repo.lockstep(["check", "ci"], environment: try gitHub(repo, event: "push", ref: "refs/tags/v1.2.1", sha: head, payload: "{}"))
        #expect(bad.status == 1, "\(bad)")
        #expect(bad.errorRules.contains("tag/annotated"), "\(bad)")
    }

    @Test func gitLabMergeRequestAndBranchPipelines() throws {
        let repo = try TemporaryRepository.withOrigin()
        let base = try repo.gitOutput("rev-parse", "main")
        try repo.git("switch", "-q", "-c", "hotfix/v1.2.1", "develop").expectSuccess()
        let head = try repo.commit("fix: urgent", file: "urgent.txt")
        let request = try repo.lockstep(["check", "ci"], environment: [
            "GITLAB_CI": "true", "CI_MERGE_REQUEST_IID": "12", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME": "hotfix/v1.2.1",
            "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main", "CI_MERGE_REQUEST_DIFF_BASE_SHA": base, "CI_COMMIT_SHA": head])
        #expect(request.status == 1, "\(request)")
        #expect(request.stderr.contains("GitLab CI merge request hotfix/v1.2.1 → main"), "\(request)")
        #expect(request.errorRules.contains("branch/hotfix-base"), "\(request)")

        try repo.git("switch", "-q", "main").expectSuccess()
        let before = try repo.gitOutput("rev-parse", "HEAD")
        let after = try repo.commit("fix: on main", file: "main.txt")
        let branch = try repo.lockstep(["check", "ci"], environment: [
            "GITLAB_CI": "true", "CI_COMMIT_BRANCH": "main", "CI_COMMIT_BEFORE_SHA": before, "CI_COMMIT_SHA": after])
        #expect(branch.status == 0, "\(branch)")
        #expect(branch.stderr.contains("checked 1 commit, branch main"), "\(branch)")
    }

    /// CI checkouts are shallow by default: say so and how to deepen, never judge a truncated range.
    @Test func aShallowCloneIsExplained() throws {
        let repo = try TemporaryRepository.withOrigin()
        let base = try repo.gitOutput("rev-parse", "main")
        try repo.git("switch", "-q", "-c", "feature/x").expectSuccess()
        try repo.commit("feat: one", file: "one.txt")
        let head = try repo.commit("feat: two", file: "two.txt")
        try repo.git("push", "-q", "--no-verify", "origin", "feature/x").expectSuccess()
        let clone = repo.root.appendingPathComponent("ci")
        try repo.git("clone", "-q", "--depth", "1", "--branch", "feature/x", "file://" + repo.origin.path, clone.path).expectSuccess()
        let payload = #"{"pull_request": {"base": {"sha": "\#(base)"}, "head": {"sha": "\#(head)"}}}"#
        let result = try repo.lockstep(["check", "ci"], in: clone, environment: try gitHub(
            repo, event: "pull_request", ref: "refs/pull/4/merge", sha: head, payload: payload,
            extra: ["GITHUB_HEAD_REF": "feature/x", "GITHUB_BASE_REF": "main"]))
        #expect(result.status == 3, "\(result)")
        #expect(result.stdout.contains("error[repo/shallow]"), "\(result)")
        #expect(result.stdout.contains("actions/checkout with `fetch-depth: 0`"), "\(result)")
        #expect(result.stderr.contains("(shallow clone)"), "\(result)")
    }

    @Test func outsideCIItJudgesWhatNoRemoteHas() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("not conventional", file: "x.txt")
        let result = try repo.lockstep("check", "ci")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("no CI detected"), "\(result)")
        #expect(result.errorRules == ["commit/header-format"], "\(result)")
    }
}
