import Foundation
import Testing
@testable import LockstepGit

/// Shallow clones, where libgit2 1.5.1's own revwalk fails: ranges inside the available history
/// answer like `git rev-list`; anything that needs the missing history throws `.shallow`.
@Suite struct ShallowTests {
    /// origin: 6 linear commits, a branch `side` from the 4th with 2 commits merged back.
    static func origin() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("origin")
        for index in 1...4 { try sandbox.commit("c\(index)", in: "origin", file: "f") }
        try sandbox.git("branch", "side", in: "origin")
        try sandbox.commit("c5", in: "origin", file: "f")
        try sandbox.git("switch", "-q", "side", in: "origin")
        try sandbox.commit("s1", in: "origin", file: "s")
        try sandbox.commit("s2", in: "origin", file: "s")
        try sandbox.git("switch", "-q", "main", in: "origin")
        try sandbox.merge("side", in: "origin")
        try sandbox.commit("c6", in: "origin", file: "f")
        return sandbox
    }

    private func clone(_ sandbox: GitSandbox, depth: Int, name: String = "clone") throws {
        try sandbox.git("clone", "-q", "--depth", "\(depth)", "file://" + sandbox.path("origin"), sandbox.path(name))
    }

    private func expectShallow(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try body()
            Issue.record("expected a shallow-clone error", sourceLocation: sourceLocation)
        } catch let error as GitError {
            #expect(error.kind == .shallow, "\(error)", sourceLocation: sourceLocation)
            #expect(error.fix == "fetch more history: git fetch --unshallow (CI: fetch-depth: 0)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func rangesInsideTheHistoryMatchRevList() throws {
        let sandbox = try Self.origin()
        try clone(sandbox, depth: 3)
        try sandbox.commit("local 1", in: "clone", file: "l")
        try sandbox.commit("local 2", in: "clone", file: "l")
        let repository = try sandbox.open("clone")
        #expect(repository.isShallow)
        for arguments in [["origin/main..HEAD"], ["HEAD~1..HEAD"], ["HEAD", "^origin/main"], ["^origin/main", "HEAD"],
                          ["origin/main...HEAD"], ["HEAD...origin/main"], ["HEAD~2..HEAD"], ["origin/main~1..origin/main"]] {
            #expect(try repository.walkedIDs(arguments) == sandbox.revList(arguments, in: "clone"), "\(arguments)")
        }
    }

    /// The case libgit2 1.5.1 fails on: a --depth 1 clone plus one new commit.
    @Test func depthOnePrePushRange() throws {
        let sandbox = try Self.origin()
        try clone(sandbox, depth: 1)
        let new = try sandbox.commit("feat: new", in: "clone", file: "n")
        let repository = try sandbox.open("clone")
        #expect(try repository.walkedIDs(["origin/main..HEAD"]) == [new])
        #expect(try repository.walkedIDs(["HEAD", "^origin/main"]) == sandbox.revList(["HEAD", "--not", "--remotes=origin"], in: "clone"))
    }

    @Test func walkingPastTheBoundaryThrows() throws {
        let sandbox = try Self.origin()
        try clone(sandbox, depth: 2)
        let repository = try sandbox.open("clone")
        expectShallow { _ = try repository.walkedIDs(["HEAD"]) }
        expectShallow { _ = try repository.walkedIDs([], all: true) }
        expectShallow { _ = try repository.commits(["HEAD~3..HEAD"]) }
        expectShallow { _ = try repository.commits(["HEAD~2"]) }
        // The first commits are handed out before the walk reaches the boundary.
        var handedOut = 0
        expectShallow { try repository.walkCommits(["HEAD"]) { _ in handedOut += 1; return true } }
        #expect(handedOut >= 1)
    }

    /// A negative side cut by the boundary while older positive commits remain: git counts them
    /// in (side was merged into main, so the true answer is empty), Lockstep refuses to guess.
    @Test func negativeSideCutShortThrows() throws {
        let sandbox = try Self.origin()
        try clone(sandbox, depth: 1)
        // Deepen a second branch only, so that its history goes below main's boundary.
        try sandbox.git("fetch", "-q", "--depth", "6", "origin", "side:side", in: "clone")
        let repository = try sandbox.open("clone")
        #expect(try sandbox.revList(["side", "^origin/main"], in: "clone").count == 6)
        expectShallow { _ = try repository.walkedIDs(["side", "^origin/main"]) }
    }

    @Test func shallowIsReportedAsAShape() throws {
        let sandbox = try Self.origin()
        try clone(sandbox, depth: 2)
        let repository = try sandbox.open("clone")
        #expect(repository.unsupportedShapes().map(\.kind) == [.shallow])
    }
}
