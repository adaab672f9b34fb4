import Testing
@testable import LockstepCore

/// The release logic examples cannot show: bump kinds, next versions, hook input parsing and CI
/// detection.
struct ReleaseLogicTests {
    private func commit(_ text: String, _ index: Int = 1) -> ReleaseCommit {
        ReleaseCommit(id: "id\(index)", shortID: "s\(index)", message: CommitMessage(exampleText: text, config: Config()))
    }

    private func tag(_ name: String) throws -> ReleaseTag { try #require(ReleaseTag(name: name, prefix: "v")) }

    @Test(arguments: [
        ("feat: x", BumpKind.minor), ("fix(api): x", .patch), ("perf: x", .patch), ("feat!: x", .major),
        ("fix: x\n\nBREAKING CHANGE: y", .major), ("chore(deps)!: drop node 16", .major), ("FEAT: x", .minor),
    ])
    func commitsCallForBumps(_ text: String, _ kind: BumpKind) {
        #expect(BumpKind(commit: CommitMessage(exampleText: text, config: Config())) == kind)
    }

    @Test(arguments: ["chore: x", "docs: x", "Merge branch 'feat'", "Revert \"feat: x\"", "Add a feature", "chore: x\n\nbreaking change: lower case is no token"])
    func otherCommitsCallForNothing(_ text: String) {
        #expect(BumpKind(commit: CommitMessage(exampleText: text, config: Config())) == nil)
    }

    @Test func incrementsNumbersOfAnySize() {
        #expect(BumpKind.increment("9") == "10")
        #expect(BumpKind.increment("199") == "200")
        #expect(BumpKind.increment("18446744073709551615") == "18446744073709551616")
    }

    @Test func nextVersionFromARelease() throws {
        let previous = try tag("v1.2.0")
        let next = NextVersion(previous: previous, commits: [commit("docs: a", 1), commit("feat: b", 2), commit("fix: c", 3), commit("feat(x): d", 4)],
                               config: TagConfig())
        #expect(next.version?.description == "1.3.0")
        #expect(next.bump == .minor)
        #expect(next.deciding.map(\.id) == ["id2", "id4"])
        #expect(next.explanation(tagPrefix: "v") == ["minor: 2 features among 4 commits since v1.2.0:", "  s2 feat: b", "  s4 feat(x): d"])
        #expect(next.json == "{\"version\": \"1.3.0\", \"bump\": \"minor\", \"commits\": [{\"id\": \"id2\", \"header\": \"feat: b\", \"bump\": \"minor\"}, "
                + "{\"id\": \"id4\", \"header\": \"feat(x): d\", \"bump\": \"minor\"}]}\n")
    }

    @Test func nothingCallsForARelease() throws {
        let next = NextVersion(previous: try tag("v1.2.0"), commits: [commit("docs: a"), commit("chore: b", 2)], config: TagConfig())
        #expect(next.version == nil && next.bump == nil && next.deciding.isEmpty)
        #expect(next.json == "{\"version\": null, \"bump\": null, \"commits\": []}\n")
        #expect(next.explanation(tagPrefix: "v").first?.hasPrefix("no release needed") == true)
    }

    @Test func aPreReleaseIsFinishedUnlessMoreIsNeeded() throws {
        let rc = try tag("v1.3.0-rc.1")
        #expect(NextVersion(previous: rc, commits: [commit("fix: a")], config: TagConfig()).version?.description == "1.3.0")
        #expect(NextVersion(previous: rc, commits: [commit("feat: a")], config: TagConfig()).version?.description == "1.3.0")
        #expect(NextVersion(previous: rc, commits: [], config: TagConfig()).version?.description == "1.3.0")
        #expect(NextVersion(previous: rc, commits: [commit("feat!: a")], config: TagConfig()).version?.description == "2.0.0")
        let patchRC = try tag("v1.2.1-rc.1")
        #expect(NextVersion(previous: patchRC, commits: [commit("feat: a")], config: TagConfig()).version?.description == "1.3.0")
        #expect(NextVersion(previous: patchRC, commits: [commit("fix: a")], config: TagConfig()).version?.description == "1.2.1")
    }

    @Test func zeroMajorConvention() throws {
        let previous = try tag("v0.3.2")
        var config = TagConfig()
        #expect(NextVersion(previous: previous, commits: [commit("feat!: a")], config: config).version?.description == "1.0.0")
        config.zeroMajorBreaking = .minor
        let next = NextVersion(previous: previous, commits: [commit("feat!: a"), commit("fix: b", 2)], config: config)
        #expect(next.version?.description == "0.4.0")
        #expect(next.bump == .minor)
        #expect(NextVersion(previous: try tag("v1.3.0"), commits: [commit("feat!: a")], config: config).version?.description == "2.0.0")
    }

    @Test func withoutATagCommitsCountFromZero() {
        #expect(NextVersion(previous: nil, commits: [commit("feat: a")], config: TagConfig()).version?.description == "0.1.0")
        #expect(NextVersion(previous: nil, commits: [commit("fix: a")], config: TagConfig()).version?.description == "0.0.1")
        #expect(NextVersion(previous: nil, commits: [commit("chore: a")], config: TagConfig()).version == nil)
    }

    @Test func releaseTagNames() throws {
        #expect(ReleaseTag.looksLikeRelease("v1.2", prefix: "v"))
        #expect(!ReleaseTag.looksLikeRelease("v-tmp", prefix: "v"))
        #expect(!ReleaseTag.looksLikeRelease("latest", prefix: "v"))
        #expect(ReleaseTag(name: "v1.2", prefix: "v") == nil)
        #expect(ReleaseTag.highest([try tag("v1.9.0"), try tag("v1.10.0"), try tag("v1.10.0-rc.1")])?.name == "v1.10.0")
    }

    // MARK: Hook input

    @Test func prePushLinesAreReadFromTheRight() throws {
        let a = String(repeating: "a", count: 40), b = String(repeating: "b", count: 40), zero = String(repeating: "0", count: 40)
        let text = "refs/heads/main \(a) refs/heads/main \(b)\nHEAD@{1 day ago} \(a) refs/heads/old \(zero)\n(delete) \(zero) refs/tags/v1 \(b)\n"
        let updates = try RefUpdate.prePush(Array(text.utf8))
        #expect(updates.count == 3)
        #expect(updates[1].source == "HEAD@{1 day ago}" && updates[1].ref == "refs/heads/old" && updates[1].isCreation)
        #expect(updates[2].isDeletion && updates[2].tag == "v1" && updates[2].branch == nil)
        #expect(updates[0].branch == "main" && updates[0].old == b && updates[0].new == a)
        #expect(try RefUpdate.prePush([]).isEmpty)
    }

    @Test func malformedHookInputIsAnError() {
        #expect(throws: RefUpdateError.self) { try RefUpdate.prePush(Array("refs/heads/main abc refs/heads/main def\n".utf8)) }
        #expect(throws: RefUpdateError.self) { try RefUpdate.preReceive(Array("just words\n".utf8)) }
    }

    @Test func preReceiveLines() throws {
        let a = String(repeating: "a", count: 40), zero = String(repeating: "0", count: 40)
        let updates = try RefUpdate.preReceive(Array("\(zero) \(a) refs/heads/x\n\(a) \(zero) refs/tags/v1.2.0".utf8))
        #expect(updates.map(\.ref) == ["refs/heads/x", "refs/tags/v1.2.0"])
        #expect(updates[0].isCreation && updates[1].isDeletion && updates[0].source == nil)
    }

    // MARK: CI

    private func environment(_ values: [String: String]) -> (String) -> String? { { values[$0] } }

    @Test func gitHubPullRequestReadsThePayload() throws {
        let payload = #"{"pull_request": {"base": {"sha": "base1"}, "head": {"sha": "head1"}}, "repository": {"default_branch": "main"}}"#
        let context = try #require(CIContext.detect(environment(["GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "pull_request",
                                                                 "GITHUB_HEAD_REF": "hotfix/v1.2.1", "GITHUB_BASE_REF": "main",
                                                                 "GITHUB_SHA": "merge1", "GITHUB_REF": "refs/pull/3/merge"]),
                                                    eventPayload: Array(payload.utf8)))
        #expect(context == CIContext(provider: .github, event: .review, branch: "hotfix/v1.2.1", target: "main", tag: nil,
                                     head: "head1", base: "base1"))
    }

    @Test func gitHubPushAndTag() throws {
        let push = try #require(CIContext.detect(environment(["GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "push",
                                                              "GITHUB_REF": "refs/heads/feature/x", "GITHUB_SHA": "after1"]),
                                                 eventPayload: Array(#"{"before": "before1", "after": "after1"}"#.utf8)))
        #expect(push.event == .push && push.branch == "feature/x" && push.base == "before1" && push.head == "after1")
        let tag = try #require(CIContext.detect(environment(["GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "push",
                                                             "GITHUB_REF": "refs/tags/v1.3.0", "GITHUB_SHA": "c1"])))
        #expect(tag.event == .tag && tag.tag == "v1.3.0")
    }

    @Test func gitLabPipelines() throws {
        let request = try #require(CIContext.detect(environment([
            "GITLAB_CI": "true", "CI_MERGE_REQUEST_IID": "7", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME": "feature/x",
            "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "dev", "CI_MERGE_REQUEST_DIFF_BASE_SHA": "b", "CI_COMMIT_SHA": "h"])))
        #expect(request.event == .review && request.branch == "feature/x" && request.target == "dev" && request.base == "b" && request.head == "h")
        let branch = try #require(CIContext.detect(environment(["GITLAB_CI": "true", "CI_COMMIT_BRANCH": "main",
                                                                "CI_COMMIT_BEFORE_SHA": String(repeating: "0", count: 40), "CI_COMMIT_SHA": "h"])))
        #expect(branch.event == .push && branch.branch == "main")
        #expect(branch.depthFix.contains("GIT_DEPTH: 0"))
        let tag = try #require(CIContext.detect(environment(["GITLAB_CI": "true", "CI_COMMIT_TAG": "v1.2.0", "CI_COMMIT_SHA": "h"])))
        #expect(tag.event == .tag && tag.tag == "v1.2.0")
        #expect(CIContext.detect(environment(["CI": "true"])) == nil)
    }

    // MARK: Configuration

    @Test func branchAndTagKeys() throws {
        let config = try Config.parse("""
            [branch]
            develop = "dev"
            prefixes = ["feature/", "fix/"]
            names = ["staging"]
            [tag]
            zero-major-breaking = "minor"
            """, file: ".lockstep.toml")
        #expect(config.branch.develop == "dev" && config.branch.main == "main")
        #expect(config.branch.prefixes == ["feature/", "fix/"] && config.branch.names == ["staging"])
        #expect(config.tag.zeroMajorBreaking == .minor)
        #expect(throws: ConfigError.self) { try Config.parse("[tag]\nzero-major-breaking = \"patch\"\n", file: "f") }
        #expect(throws: ConfigError.self) { try Config.parse("[branch]\nmain = \"a b\"\n", file: "f") }
        #expect(throws: ConfigError.self) { try Config.parse("[branch]\ndevelopp = \"dev\"\n", file: "f") }
    }
}
