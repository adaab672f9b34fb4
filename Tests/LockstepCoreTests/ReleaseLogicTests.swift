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
        ("feat: x\n\nBREAKING CHANGE: y\n\nA paragraph of prose after it.", .major), ("feat: x\n\nBreaking Changes: None", .minor),
        ("fix: x\n\nBREAKING CHANGE: none", .patch),
    ])
    func commitsCallForBumps(_ text: String, _ kind: BumpKind) {
        #expect(BumpKind(commit: CommitMessage(exampleText: text, config: Config())) == kind)
    }

    @Test(arguments: ["chore: x", "docs: x", "Merge branch 'feat'", "Revert \"feat: x\"", "Add a feature", "chore: x\n\nbreaking change: lower case is no token",
                      "feat: ", "feat:  \t", "feat!: "])
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
        #expect(next.json(tagPrefix: "v") == "{\"version\": \"1.3.0\", \"bump\": \"minor\", \"finishes\": null, \"commits\": ["
                + "{\"id\": \"id2\", \"header\": \"feat: b\", \"bump\": \"minor\", \"breaking\": false}, "
                + "{\"id\": \"id4\", \"header\": \"feat(x): d\", \"bump\": \"minor\", \"breaking\": false}], "
                + "\"explanation\": [\"minor: 2 features among 4 commits since v1.2.0:\", \"s2 feat: b\", \"s4 feat(x): d\"]}\n")
    }

    @Test func nothingCallsForARelease() throws {
        let next = NextVersion(previous: try tag("v1.2.0"), commits: [commit("docs: a"), commit("chore: b", 2)], config: TagConfig())
        #expect(next.version == nil && next.bump == nil && next.deciding.isEmpty)
        #expect(next.json(tagPrefix: "v") == "{\"version\": null, \"bump\": null, \"finishes\": null, \"commits\": [], "
                + "\"explanation\": [\"no release needed: none of the 2 commits since v1.2.0 is a feature, a fix or a breaking change\"]}\n")
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

    /// Issue 10, item 8: the words say what the commits are, not the kind the version stands for.
    @Test func finishingAPreReleaseNamesTheCommitsForWhatTheyAre() throws {
        let fix = NextVersion(previous: try tag("v1.3.0-rc.1"), commits: [commit("fix: a")], config: TagConfig())
        #expect(fix.version?.description == "1.3.0" && fix.bump == .patch && fix.finishes?.name == "v1.3.0-rc.1")
        #expect(fix.explanation(tagPrefix: "v") == ["patch: v1.3.0 finishes the pre-release v1.3.0-rc.1; 1 fix among 1 commit since v1.3.0-rc.1:",
                                                    "  s1 fix: a"])
        #expect(fix.json(tagPrefix: "v").contains("\"bump\": \"patch\", \"finishes\": \"v1.3.0-rc.1\""))
        #expect(!fix.json(tagPrefix: "v").contains("feature") && !fix.json(tagPrefix: "v").contains("minor"))

        let feature = NextVersion(previous: try tag("v2.0.0-beta.1"), commits: [commit("feat: a"), commit("docs: b", 2)], config: TagConfig())
        #expect(feature.version?.description == "2.0.0" && feature.bump == .minor)
        let words = feature.explanation(tagPrefix: "v").joined(separator: "\n") + feature.json(tagPrefix: "v")
        #expect(words.contains("v2.0.0 finishes the pre-release v2.0.0-beta.1; 1 feature among 2 commits"), "\(words)")
        #expect(!words.contains("breaking change") && !words.contains("major") && words.contains("\"breaking\": false"), "\(words)")

        let nothing = NextVersion(previous: try tag("v1.3.0-rc.2"), commits: [commit("docs: a")], config: TagConfig())
        #expect(nothing.version?.description == "1.3.0")
        #expect(nothing.explanation(tagPrefix: "v") == ["minor: v1.3.0 finishes the pre-release v1.3.0-rc.2 (1 commit since v1.3.0-rc.2)"])
    }

    @Test func aBreakingChangeUnderTheZeroMajorConventionIsExplainedAsBreaking() throws {
        var config = TagConfig()
        config.zeroMajorBreaking = .minor
        let next = NextVersion(previous: try tag("v0.3.0"), commits: [commit("feat!: new API"), commit("feat: b", 2)], config: config)
        #expect(next.version?.description == "0.4.0" && next.bump == .minor)
        let lines = next.explanation(tagPrefix: "v")
        #expect(lines.first == "minor: 1 breaking change and 1 feature among 2 commits since v0.3.0:", "\(lines)")
        #expect(lines.last == "  (a breaking change bumps the minor while the major is 0: tag.zero-major-breaking = \"minor\")", "\(lines)")
        #expect(next.json(tagPrefix: "v").contains("\"header\": \"feat!: new API\", \"bump\": \"minor\", \"breaking\": true"))
    }

    @Test func theBumpKindFixNamesTheZeroMajorSetting() throws {
        func fix(_ text: String, config: String = "") throws -> String? {
            try AnyRule(BumpMatchesCommits()).checkExample(Example(text, config: config)).first?.fix
        }
        let staying = try fix("-- tag --\nv0.4.0\n-- annotation --\nR\n-- tags --\nv0.3.0\n-- commits --\nfeat!: new API\n")
        #expect(staying?.contains("tag `v1.0.0` instead") == true && staying?.contains("zero-major-breaking = \"minor\"") == true, "\(staying ?? "")")
        let leaving = try fix("-- tag --\nv1.0.0\n-- annotation --\nR\n-- tags --\nv0.3.0\n-- commits --\nfeat!: new API\n",
                              config: "[tag]\nzero-major-breaking = \"minor\"")
        #expect(leaving?.contains("tag `v0.4.0` instead") == true && leaving?.contains("set it to \"major\"") == true, "\(leaving ?? "")")
        let unrelated = try fix("-- tag --\nv1.2.1\n-- annotation --\nR\n-- tags --\nv1.2.0\n-- commits --\nfeat: b\n")
        #expect(unrelated?.contains("zero-major") == false, "\(unrelated ?? "")")
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
