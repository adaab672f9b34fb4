import Foundation
import Testing
@testable import LockstepGit

/// Walks compared with `git rev-list` on histories with merges, ties and clock skew.
@Suite struct RangeTests {
    /// main: c1 c2 c3 [topic: t1 t2 from c2] c4 M(topic) c5; feature: f1 f2 from c4; a tag on t1.
    static func mergedHistory() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.commit("c1", in: "r", file: "a.txt")
        try sandbox.commit("c2", in: "r", file: "a.txt")
        try sandbox.git("branch", "topic", in: "r")
        try sandbox.commit("c3", in: "r", file: "a.txt")
        try sandbox.git("switch", "-q", "topic", in: "r")
        try sandbox.commit("t1", in: "r", file: "b.txt")
        try sandbox.git("tag", "-a", "v1.0.0", "-m", "release", in: "r")
        try sandbox.commit("t2", in: "r", file: "b.txt")
        try sandbox.git("switch", "-q", "main", in: "r")
        try sandbox.commit("c4", in: "r", file: "a.txt")
        try sandbox.git("branch", "feature", in: "r")
        try sandbox.merge("topic", in: "r")
        try sandbox.commit("c5", in: "r", file: "a.txt")
        try sandbox.git("switch", "-q", "feature", in: "r")
        try sandbox.commit("f1", in: "r", file: "c.txt")
        try sandbox.commit("f2", in: "r", file: "c.txt")
        try sandbox.git("switch", "-q", "main", in: "r")
        return sandbox
    }

    static let rangeCases: [[String]] = [
        ["main"], ["HEAD"], ["topic"], ["v1.0.0"], ["main~2"], ["HEAD~1^2"], ["HEAD^^2~1"],
        ["topic..main"], ["main..topic"], ["feature..main"], ["main..feature"],
        ["main...feature"], ["feature...main"], ["topic...feature"], ["main...main"],
        ["^topic", "main"], ["main", "^topic"], ["feature", "topic", "^main~3"],
        ["feature", "main", "^v1.0.0"], ["v1.0.0..main", "feature"], ["main..", "..feature"],
        ["^main", "main"], ["main", "main", "topic"],
    ]

    @Test(arguments: rangeCases)
    func matchesRevList(_ arguments: [String]) throws {
        let sandbox = try Self.mergedHistory()
        let repository = try sandbox.open("r")
        #expect(try repository.walkedIDs(arguments) == sandbox.revList(arguments, in: "r"))
    }

    @Test func allMatchesRevListAll() throws {
        let sandbox = try Self.mergedHistory()
        try sandbox.git("update-ref", "refs/notes/x", "topic~1", in: "r")
        try sandbox.git("tag", "tree-tag", "main^{tree}", in: "r")
        let repository = try sandbox.open("r")
        #expect(try repository.walkedIDs([], all: true) == sandbox.revList(["--all"], in: "r"))
        #expect(try repository.walkedIDs(["^feature"], all: true) == sandbox.revList(["^feature", "--all"], in: "r"))
    }

    @Test func mergeCommitsReportTheirParents() throws {
        let sandbox = try Self.mergedHistory()
        let repository = try sandbox.open("r")
        var counts: [String: Int] = [:]
        try repository.walkCommits(["main"]) { commit in
            counts[commit.summary] = commit.parentCount
            return true
        }
        #expect(counts == ["c5": 1, "Merge topic": 2, "c4": 1, "t2": 1, "t1": 1, "c3": 1, "c2": 1, "c1": 0])
    }

    @Test func messagesAreTheRawBytes() throws {
        let sandbox = try Self.mergedHistory()
        let repository = try sandbox.open("r")
        try repository.walkCommits(["main"], all: true) { commit in
            let raw = try sandbox.gitData(["cat-file", "commit", commit.id.hex], in: "r")
            let body = raw[raw.range(of: Data("\n\n".utf8))!.upperBound...]
            #expect(commit.message == Array(body))
            #expect(commit.encoding == nil)
            return true
        }
    }

    @Test func stopsWhenTheBodySaysSo() throws {
        let sandbox = try Self.mergedHistory()
        let repository = try sandbox.open("r")
        var seen = 0
        try repository.walkCommits(["main"]) { _ in
            seen += 1
            return seen < 3
        }
        #expect(seen == 3)
    }

    @Test func rethrowsTheBodysError() throws {
        struct Stop: Error {}
        let sandbox = try Self.mergedHistory()
        let repository = try sandbox.open("r")
        #expect(throws: Stop.self) { try repository.walkCommits(["main"]) { _ in throw Stop() } }
    }

    @Test(arguments: [["nope"], ["nope..main"], ["main...nope"], ["^nope", "main"], ["main~40"]])
    func unknownRevisionIsNamed(_ arguments: [String]) throws {
        let sandbox = try Self.mergedHistory()
        let repository = try sandbox.open("r")
        do {
            _ = try repository.commits(arguments)
            Issue.record("expected a bad revision")
        } catch {
            #expect(error.kind == .badRevision)
            let named = arguments.first { $0.contains("nope") || $0.contains("~40") } ?? ""
            #expect(error.message.contains("'\(named.replacingOccurrences(of: "^", with: ""))'"), "\(error)")
        }
    }

    @Test func treeIsNotACommit() throws {
        let sandbox = try Self.mergedHistory()
        let repository = try sandbox.open("r")
        #expect { try repository.commits(["main^{tree}"]) } throws: { error in
            (error as? GitError)?.kind == .badRevision && "\(error)".contains("tree")
        }
    }

    /// Every commit at the same second: the order is decided by git's tie rules alone.
    @Test func tiesFollowGitsQueueOrder() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        let date = 1_700_000_000
        for name in ["a", "b"] { try sandbox.commit(name, in: "r", file: "f", date: date) }
        try sandbox.git("branch", "side", in: "r")
        for name in ["c", "d"] { try sandbox.commit(name, in: "r", file: "f", date: date) }
        try sandbox.git("switch", "-q", "side", in: "r")
        for name in ["e", "f"] { try sandbox.commit(name, in: "r", file: "g", date: date) }
        try sandbox.git("switch", "-q", "main", in: "r")
        try sandbox.merge("side", in: "r", date: date)
        try sandbox.commit("g", in: "r", file: "f", date: date)
        let repository = try sandbox.open("r")
        for arguments in [["main"], ["side", "main"], ["main~1..main"], ["side..main"], ["main...side~1"], ["main~3", "side"]] {
            #expect(try repository.walkedIDs(arguments) == sandbox.revList(arguments, in: "r"), "\(arguments)")
        }
        #expect(try repository.walkedIDs([], all: true) == sandbox.revList(["--all"], in: "r"))
    }

    /// A parent dated after its child: git's limit_list keeps going for five more commits.
    @Test func clockSkewIsHandledLikeGit() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.commit("base", in: "r", file: "f", date: 1_000)
        try sandbox.git("branch", "old", in: "r")
        try sandbox.commit("future", in: "r", file: "f", date: 9_000)
        for (index, date) in [2_000, 2_100, 2_200, 2_300, 2_400, 2_500, 2_600, 2_700].enumerated() {
            try sandbox.commit("skewed \(index)", in: "r", file: "f", date: date)
        }
        try sandbox.git("switch", "-q", "old", in: "r")
        try sandbox.commit("o1", in: "r", file: "g", date: 3_000)
        try sandbox.git("merge", "-q", "--no-ff", "-m", "m", "main~3", in: "r",
                        environment: ["GIT_COMMITTER_DATE": "@8000 +0000", "GIT_AUTHOR_DATE": "@8000 +0000"])
        let repository = try sandbox.open("r")
        for arguments in [["old..main"], ["main..old"], ["main...old"], ["^old", "main"], ["main"], ["old~1..main~2"]] {
            #expect(try repository.walkedIDs(arguments) == sandbox.revList(arguments, in: "r"), "\(arguments)")
        }
    }

    /// Past the retention limit, objects are read a second time: same commits, same bytes.
    @Test func retentionLimitDoesNotChangeTheAnswer() throws {
        let sandbox = try Self.mergedHistory()
        let repository = try sandbox.open("r")
        for arguments in [["main"], ["topic..main"], ["main...feature"], ["feature", "^main~3"]] {
            var kept: [CommitRecord] = [], reread: [CommitRecord] = []
            let walk = try repository.commits(arguments)
            while let commit = try walk.next() { kept.append(commit) }
            let small = try repository.commits(arguments, all: false, retentionLimit: 0)
            while let commit = try small.next() { reread.append(commit) }
            #expect(kept.map(\.id) == reread.map(\.id), "\(arguments)")
            #expect(kept.map(\.message) == reread.map(\.message), "\(arguments)")
        }
    }

    @Test func containsKnowsWhichObjectsArePresent() throws {
        let sandbox = try Self.mergedHistory()
        let repository = try sandbox.open("r")
        #expect(repository.contains(try repository.commitID(of: "main")))
        #expect(!repository.contains(try #require(ObjectID(hex: String(repeating: "e", count: 40)))))
        #expect(repository.unsupportedShapes().isEmpty)
    }

    @Test func commitIDPeelsTags() throws {
        let sandbox = try Self.mergedHistory()
        let repository = try sandbox.open("r")
        #expect(try repository.commitID(of: "v1.0.0").hex == sandbox.git("rev-parse", "v1.0.0^{commit}", in: "r"))
    }
}
