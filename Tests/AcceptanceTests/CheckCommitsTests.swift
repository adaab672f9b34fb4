import Foundation
import Testing

/// `lockstep check commits RANGE…` on a real history (DESIGN.md "Command line"; HOOKS.md §8 scenario 56).
@Suite struct CheckCommitsTests {
    /// main: start ─ second ─ "Bad commit one" ─ good ─ M("bad merge") ─ after
    ///                  └─ side: "Side bad header" ─ "docs: side good" ─┘
    final class History {
        let repo: TemporaryRepository
        var ids: [String: String] = [:]
        var short: [String: String] = [:]

        /// Commit times one second apart (as people make them), or all in the same second (as
        /// scripts and rebases make them).
        let sameSecond: Bool
        private var tick = 0

        init(sameSecond: Bool = false) throws {
            self.sameSecond = sameSecond
            repo = try TemporaryRepository(hook: false)
            ids["start"] = try repo.gitOutput("rev-parse", "HEAD")
            try commit("second", "fix: second")
            try repo.git("branch", "side").expectSuccess()
            try commit("bad", "Bad commit one")
            try commit("good", "feat: good after bad")
            try repo.git("checkout", "-q", "side").expectSuccess()
            try commit("sideBad", "Side bad header")
            try commit("sideGood", "docs: side good")
            try repo.git("checkout", "-q", "main").expectSuccess()
            try repo.git(["merge", "-q", "--no-ff", "-m", "bad merge", "side"], environment: nextDate()).expectSuccess()
            try record("merge")
            try commit("after", "chore: after merge")
        }

        private func nextDate() -> [String: String] {
            tick += sameSecond ? 0 : 1
            let date = "@\(1_735_732_800 + tick) +0000"
            return ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date]
        }

        private func commit(_ name: String, _ message: String) throws {
            try repo.git(["commit", "-q", "--allow-empty", "-m", message], environment: nextDate()).expectSuccess()
            try record(name)
        }

        private func record(_ name: String) throws {
            ids[name] = try repo.gitOutput("rev-parse", "HEAD")
            short[name] = try repo.gitOutput("rev-parse", "--short", "HEAD")
        }

        func check(_ arguments: String...) throws -> RunResult {
            try repo.lockstep(["check", "commits"] + arguments)
        }

        func id(_ name: String) -> String { ids[name]! }
    }

    private func expectReported(_ result: RunResult, _ history: History, _ names: [String],
                                sourceLocation: SourceLocation = #_sourceLocation) {
        let headers = ["bad": "Bad commit one", "sideBad": "Side bad header", "merge": "bad merge"]
        #expect(result.status == 1, "\(result)", sourceLocation: sourceLocation)
        for (name, header) in headers {
            let shown = result.output.contains(header)
            #expect(shown == names.contains(name), "\(header) should \(names.contains(name) ? "" : "not ")be reported\n\(result)",
                    sourceLocation: sourceLocation)
            if names.contains(name), let short = history.short[name] {
                #expect(result.output.contains(short), "short id \(short) of `\(header)` missing\n\(result)",
                        sourceLocation: sourceLocation)
            }
        }
        #expect(result.stdout.contains("error[commit/header-format]"), "\(result)", sourceLocation: sourceLocation)
        result.expectNoColour(sourceLocation: sourceLocation)
    }

    @Test func twoDotRange() throws {
        let history = try History()
        expectReported(try history.check("\(history.id("second"))..main"), history, ["bad", "sideBad"])
    }

    @Test func mergesOnlyWithIncludeMerges() throws {
        let history = try History()
        let range = "\(history.id("second"))..main"
        expectReported(try history.check("--include-merges", range), history, ["bad", "sideBad", "merge"])
        expectReported(try history.check(range, "--include-merges"), history, ["bad", "sideBad", "merge"])
    }

    @Test func threeDotRange() throws {
        let history = try History()
        expectReported(try history.check("\(history.id("sideGood"))...\(history.id("good"))"), history, ["bad", "sideBad"])
        expectReported(try history.check("\(history.id("sideGood"))..\(history.id("good"))"), history, ["bad"])
    }

    @Test func negatedRevision() throws {
        let history = try History()
        expectReported(try history.check("^\(history.id("second"))", history.id("good")), history, ["bad"])
        expectReported(try history.check(history.id("good"), "^side"), history, ["bad"])
    }

    @Test func singleRevisionIsItsHistory() throws {
        let history = try History()
        let clean = try history.check(history.id("second"))
        #expect(clean.status == 0, "\(clean)")
        #expect(!clean.output.contains("error["), "\(clean)")
        expectReported(try history.check(history.id("good")), history, ["bad"])
        expectReported(try history.check("side"), history, ["sideBad"])
    }

    @Test func everything() throws {
        let history = try History()
        expectReported(try history.check("--all"), history, ["bad", "sideBad"])
        expectReported(try history.check("--all", "--include-merges"), history, ["bad", "sideBad", "merge"])
    }

    @Test func allGoodIsExitZero() throws {
        let history = try History()
        let result = try history.check("\(history.id("bad"))..\(history.id("good"))")
        #expect(result.status == 0, "\(result)")
        #expect(!result.output.contains("error["), "\(result)")
        let merges = try history.check("--include-merges", "\(history.id("merge"))..main")
        #expect(merges.status == 0, "\(merges)")
    }

    @Test func unknownRevisionIsNamed() throws {
        let history = try History()
        let result = try history.check("nope..main")
        #expect(result.status == 2 || result.status == 3, "\(result)")
        #expect(result.output.contains("nope"), "the revision is named\n\(result)")
    }

    @Test func emptyRepositoryWithAll() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let result = try repo.lockstep("check", "commits", "--all")
        #expect(result.status == 0, "\(result)")
    }

    @Test func jsonNamesTheCommits() throws {
        let history = try History()
        let result = try history.check("--format", "json", "\(history.id("second"))..main")
        #expect(result.status == 1, "\(result)")
        let object = try #require(try? JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any], "\(result)")
        #expect(object["ok"] as? Bool == false)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]], "\(result)")
        #expect(Set(diagnostics.compactMap { $0["commit"] as? String }) == [history.id("bad"), history.id("sideBad")],
                "\(result)")
        #expect(diagnostics.allSatisfy { $0["rule"] is String && $0["message"] is String }, "\(result)")
    }

    @Test func githubFormatForCommits() throws {
        let history = try History()
        let result = try history.check("--format", "github", "\(history.id("second"))..main")
        #expect(result.status == 1, "\(result)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.hasPrefix("::error ") }, "\(result)")
        #expect(result.stdout.contains(history.short["bad"]!), "\(result)")
    }

    private func shallowClone(_ history: History) throws -> URL {
        let clone = history.repo.root.appendingPathComponent("shallow")
        let result = try history.repo.git("clone", "-q", "--depth", "2", "file://\(history.repo.path.path)", clone.path,
                                          in: history.repo.root)
        try result.expectSuccess()
        #expect(FileManager.default.fileExists(atPath: clone.appendingPathComponent(".git/shallow").path),
                "premise: the clone is shallow")
        return clone
    }

    @Test func shallowCloneAskedForEverythingSaysShallow() throws {
        let history = try History()
        let clone = try shallowClone(history)
        for arguments in [["check", "commits", "HEAD"], ["check", "commits", "--all"]] {
            let result = try run(Products.lockstep, arguments, in: clone, environment: history.repo.environment)
            #expect(result.status == 3, "a shallow history cannot be judged whole\n\(result)")
            #expect(result.output.lowercased().contains("shallow"), "\(result)")
        }
    }

    @Test(arguments: [false, true])
    func shallowCloneRangeInsideTheFetchedHistory(sameSecond: Bool) throws {
        // `HEAD~1..HEAD` needs nothing beyond the fetched commits: git answers it in the clone.
        let history = try History(sameSecond: sameSecond)
        let clone = try shallowClone(history)
        let expected = try history.repo.gitOutput("rev-list", "HEAD~1..HEAD", in: clone)
        #expect(expected == history.id("after"), "premise: git lists the one commit after the merge")
        let result = try run(Products.lockstep, ["check", "commits", "HEAD~1..HEAD"], in: clone,
                             environment: history.repo.environment)
        #expect(result.status == 0, "the one commit after the merge is present and good (same second: \(sameSecond))\n\(result)")
    }

    @Test func fromASubdirectoryAndALinkedWorktree() throws {
        let history = try History()
        let range = "\(history.id("second"))..\(history.id("good"))"
        let sub = history.repo.path.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        expectReported(try history.repo.lockstep(["check", "commits", range], in: sub), history, ["bad"])

        let worktree = history.repo.root.appendingPathComponent("wt")
        try history.repo.git("worktree", "add", "-q", "--detach", worktree.path, history.id("good")).expectSuccess()
        expectReported(try history.repo.lockstep(["check", "commits", "HEAD"], in: worktree), history, ["bad"])
        expectReported(try history.repo.lockstep(["check", "commits", "-C", worktree.path, "HEAD"], in: history.repo.root),
                       history, ["bad"])
    }

    @Test func outsideARepositoryIsExitThree() throws {
        let repo = try TemporaryRepository(hook: false, initialCommit: false)
        let result = try repo.lockstep(["check", "commits", "--all"], in: repo.root)
        #expect(result.status == 3, "\(result)")
        #expect(!result.output.isEmpty, "\(result)")
    }
}
