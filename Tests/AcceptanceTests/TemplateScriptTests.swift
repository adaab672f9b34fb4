import Foundation
import Testing

/// `ci-templates/lockstep-ci.sh check`, the step both CI templates run, in real clones of a
/// repository with a remote: what it checks for a pull/merge request, a push and a tag, and
/// that a shallow clone is deepened, never silently checked in part (HOOKS.md scenario 56).
@Suite struct TemplateScriptTests {
    /// An "origin" with main (one commit) and a `topic` branch: "feat: good", then `topicTail`.
    private struct Origin {
        let repo: TemporaryRepository
        let main: String
        let topic: String

        init(topicTail: String = "bad message") throws {
            repo = try TemporaryRepository(hook: false)
            main = try repo.gitOutput("rev-parse", "HEAD")
            try repo.git("checkout", "-q", "-b", "topic").expectSuccess()
            try repo.git("commit", "-q", "--allow-empty", "-m", "feat: good").expectSuccess()
            try repo.git("commit", "-q", "--allow-empty", "-m", topicTail).expectSuccess()
            topic = try repo.gitOutput("rev-parse", "HEAD")
            try repo.git("checkout", "-q", "main").expectSuccess()
        }

        /// A clone as CI makes it: `depth` 1 by default, the branch checked out.
        func clone(depth: Int? = 1, branch: String = "topic") throws -> URL {
            let clone = repo.root.appendingPathComponent("ci-\(UUID().uuidString)")
            var arguments = ["clone", "-q", "--branch", branch]
            if let depth { arguments += ["--depth", "\(depth)"] }
            try repo.git(arguments + ["file://\(repo.path.path)", clone.path]).expectSuccess()
            return clone
        }

        func ciCheck(in clone: URL, _ variables: [String: String]) throws -> RunResult {
            let environment = repo.environment.merging(["LOCKSTEP": Products.lockstep]) { $1 }.merging(variables) { $1 }
            return try run("/bin/sh", [Templates.ciScript.path, "check"], in: clone, environment: environment)
        }

        /// What a GitHub Actions run sets (its variables and event payload) and what the action
        /// passes on (`LOCKSTEP_*`), for a pull request from `topic` into main or a push to `topic`.
        func github(pullRequestFrom base: String? = nil, pushFrom before: String? = nil, head: String,
                    title: String = "Add things") throws -> [String: String] {
            let payload: String
            var variables = ["GITHUB_ACTIONS": "true", "GITHUB_SHA": head, "LOCKSTEP_HEAD": head, "LOCKSTEP_DEFAULT_BRANCH": "main"]
            if let base {
                payload = #"{"pull_request": {"head": {"sha": "\#(head)"}, "base": {"sha": "\#(base)"}, "title": "\#(title)"}, "repository": {"default_branch": "main"}}"#
                variables.merge(["GITHUB_EVENT_NAME": "pull_request", "GITHUB_REF": "refs/pull/1/merge", "GITHUB_HEAD_REF": "topic",
                                 "GITHUB_BASE_REF": "main", "LOCKSTEP_EVENT": "pull_request", "LOCKSTEP_BASE": base,
                                 "LOCKSTEP_TITLE": title]) { $1 }
            } else {
                payload = #"{"before": "\#(before ?? "")", "after": "\#(head)", "repository": {"default_branch": "main"}}"#
                variables.merge(["GITHUB_EVENT_NAME": "push", "GITHUB_REF": "refs/heads/topic", "LOCKSTEP_EVENT": "push",
                                 "LOCKSTEP_REF": "refs/heads/topic", "LOCKSTEP_BASE": before ?? ""]) { $1 }
            }
            let event = try repo.write("event-\(UUID().uuidString).json", payload, in: repo.root)
            variables["GITHUB_EVENT_PATH"] = event.path
            return variables
        }
    }

    private func annotations(_ result: RunResult, _ rule: String) -> Int {
        result.stdout.components(separatedBy: "title=\(rule)::").count - 1
    }

    @Test func pullRequestInAShallowCloneIsDeepenedAndChecked() throws {
        let origin = try Origin()
        let clone = try origin.clone()
        #expect(try origin.repo.gitOutput("rev-parse", "--is-shallow-repository", in: clone) == "true")
        let result = try origin.ciCheck(in: clone, try origin.github(pullRequestFrom: origin.main, head: origin.topic))
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("shallow clone: fetching the whole history"), "\(result)")
        #expect(annotations(result, "commit/header-format") == 1, "the one bad commit, annotated\n\(result)")
        #expect(try origin.repo.gitOutput("rev-parse", "--is-shallow-repository", in: clone) == "false")
    }

    @Test func goodPullRequestPassesAndTheTitleIsCheckedWhenSquashing() throws {
        let origin = try Origin(topicTail: "fix: also good")
        let clone = try origin.clone(depth: nil)
        let request = try origin.github(pullRequestFrom: origin.main, head: origin.topic)
        let plain = try origin.ciCheck(in: clone, request)
        #expect(plain.status == 0, "\(plain)")
        #expect(!plain.stdout.contains("::error"), "\(plain)")

        let squash = try origin.ciCheck(in: clone, request.merging(["LOCKSTEP_SQUASH_TITLE": "true"]) { $1 })
        #expect(squash.status == 1, "\(squash)")
        #expect(annotations(squash, "commit/header-format") == 1, "\(squash)")
        #expect(squash.stderr.contains("the request title"), "\(squash)")
    }

    @Test func pushChecksOnlyTheNewCommits() throws {
        let origin = try Origin(topicTail: "fix: fine")
        try origin.repo.git("checkout", "-q", "topic").expectSuccess()
        let before = try origin.repo.gitOutput("rev-parse", "HEAD")
        try origin.repo.git("commit", "-q", "--allow-empty", "-m", "Not conventional").expectSuccess()
        let after = try origin.repo.gitOutput("rev-parse", "HEAD")
        let clone = try origin.clone()
        let result = try origin.ciCheck(in: clone, try origin.github(pushFrom: before, head: after))
        #expect(result.status == 1, "\(result)")
        #expect(annotations(result, "commit/header-format") == 1, "one bad commit\n\(result)")

        // A new branch (before = zeros) is checked from where it leaves the default branch.
        let fresh = try origin.ciCheck(in: try origin.clone(), try origin.github(pushFrom: String(repeating: "0", count: 40), head: after))
        #expect(fresh.status == 1, "\(fresh)")
        #expect(annotations(fresh, "commit/header-format") == 1, "\(fresh)")
    }

    /// A merged-results pipeline: GitLab builds a merge commit of the request into its target; the
    /// request's own commits are what is judged, its head is CI_MERGE_REQUEST_SOURCE_BRANCH_SHA.
    @Test func gitlabMergeRequestPipeline() throws {
        let origin = try Origin()
        try origin.repo.git("checkout", "-q", "--detach", "main").expectSuccess()
        try origin.repo.git("merge", "-q", "--no-ff", "--no-edit", "topic").expectSuccess()
        let merged = try origin.repo.gitOutput("rev-parse", "HEAD")
        try origin.repo.git("update-ref", "refs/merge-requests/1/merge", merged).expectSuccess()
        try origin.repo.git("checkout", "-q", "main").expectSuccess()
        // The runner's clone: shallow, then the merge request's ref, checked out detached.
        let clone = try origin.clone(depth: 2)
        try origin.repo.git("fetch", "-q", "--depth", "2", "origin", "+refs/merge-requests/1/merge:refs/merge-requests/1/merge", in: clone).expectSuccess()
        try origin.repo.git("checkout", "-q", "--detach", merged, in: clone).expectSuccess()
        let result = try origin.ciCheck(in: clone, [
            "GITLAB_CI": "true", "CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_IID": "1",
            "CI_MERGE_REQUEST_DIFF_BASE_SHA": origin.main, "CI_MERGE_REQUEST_SOURCE_BRANCH_SHA": origin.topic,
            "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME": "topic", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main",
            "CI_COMMIT_SHA": merged, "CI_MERGE_REQUEST_TITLE": "feat: things", "CI_DEFAULT_BRANCH": "main",
            "LOCKSTEP_SQUASH_TITLE": "true"])
        #expect(result.status == 1, "\(result)")
        #expect(result.output.components(separatedBy: "error[commit/header-format]").count == 2, "text output on GitLab\n\(result)")
        #expect(!result.output.contains("::error"), "\(result)")
    }

    @Test func shallowCloneThatCannotBeDeepenedFailsLoudly() throws {
        let origin = try Origin()
        let clone = try origin.clone()
        try origin.repo.git("remote", "remove", "origin", in: clone).expectSuccess()
        let result = try origin.ciCheck(in: clone, try origin.github(pullRequestFrom: origin.main, head: origin.topic))
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("shallow clone"), "\(result)")
    }

    @Test func releaseTagIsChecked() throws {
        let repo = try TemporaryRepository.release()
        try repo.git("tag", "-a", "v1.2.0", "-m", "Release v1.2.0").expectSuccess()
        let clone = repo.root.appendingPathComponent("ci-tag")
        try repo.git("clone", "-q", "--depth", "1", "--branch", "v1.2.0", "file://\(repo.path.path)", clone.path).expectSuccess()
        let head = try repo.gitOutput("rev-parse", "HEAD")
        let environment = repo.environment.merging([
            "LOCKSTEP": Products.lockstep, "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "push", "GITHUB_REF": "refs/tags/v1.2.0",
            "GITHUB_SHA": head, "LOCKSTEP_EVENT": "push", "LOCKSTEP_REF": "refs/tags/v1.2.0", "LOCKSTEP_HEAD": head]) { $1 }
        let result = try run("/bin/sh", [Templates.ciScript.path, "check"], in: clone, environment: environment)
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.contains("::error"), "\(result)")
    }

    @Test func cacheKeyNamesTheSources() throws {
        let repo = try TemporaryRepository(hook: false)
        let environment = repo.environment.merging(["LOCKSTEP_BUILD_FROM_SOURCE": "true"]) { $1 }
        let result = try run("/bin/sh", [Templates.ciScript.path, "cache-key"], in: repo.path, environment: environment)
        try result.expectSuccess()
        #expect(result.stdout.hasPrefix("key=lockstep-"), "\(result)")
    }

    /// Installing from a release archive (the default): the key names the archive and its checksum.
    @Test func cacheKeyNamesTheArchive() throws {
        let repo = try TemporaryRepository(hook: false)
        func key(_ archive: String, _ sha256: String) throws -> String {
            let environment = repo.environment.merging(["LOCKSTEP_ARCHIVE": archive, "LOCKSTEP_SHA256": sha256]) { $1 }
            let result = try run("/bin/sh", [Templates.ciScript.path, "cache-key"], in: repo.path, environment: environment)
            try result.expectSuccess()
            return result.stdout
        }
        let first = try key("https://example.com/lockstep-1.0.0-x86_64-linux.tar.gz", String(repeating: "a", count: 64))
        #expect(first.hasPrefix("key=lockstep-archive-"), "\(first)")
        #expect(try key("https://example.com/lockstep-1.0.0-x86_64-linux.tar.gz", String(repeating: "b", count: 64)) != first)
        #expect(try key("https://example.com/lockstep-1.0.1-x86_64-linux.tar.gz", String(repeating: "a", count: 64)) != first)
    }
}
