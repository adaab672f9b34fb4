import Foundation
import Testing
@testable import LockstepGit

/// What the branch and tag checks read: refs by prefix, tag objects, HEAD's branch, remotes,
/// `rev-list A --not B…` and merge bases, compared with what git prints, in full and shallow clones.
@Suite struct RefReadingTests {
    /// origin: main c1–c3 tagged v1.0.0 (annotated) at c2 and `light` (lightweight) at c3; develop from c2.
    static func origin() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("origin")
        try sandbox.commit("c1", in: "origin", file: "f")
        try sandbox.commit("c2", in: "origin", file: "f")
        try sandbox.git("tag", "-a", "v1.0.0", "-m", "Release v1.0.0", in: "origin")
        try sandbox.git("tag", "-a", "outer", "-m", "a tag of a tag", "v1.0.0", in: "origin")
        try sandbox.git("branch", "develop", in: "origin")
        try sandbox.commit("c3", in: "origin", file: "f")
        try sandbox.git("tag", "light", in: "origin")
        try sandbox.git("switch", "-q", "develop", in: "origin")
        try sandbox.commit("d1", in: "origin", file: "d")
        try sandbox.commit("d2", in: "origin", file: "d")
        try sandbox.git("switch", "-q", "main", in: "origin")
        return sandbox
    }

    @Test func referencesUnderAPrefixMatchForEachRef() throws {
        let sandbox = try Self.origin()
        try sandbox.git("clone", "-q", sandbox.path("origin"), sandbox.path("clone"))
        let repository = try sandbox.open("clone")
        let listed = try repository.references(under: "refs/remotes/origin/").map { "\($0.name) \($0.target.hex)" }
        let expected = try sandbox.git("for-each-ref", "--format=%(refname) %(objectname) %(symref)", "refs/remotes/origin/", in: "clone")
            .split(separator: "\n").filter { $0.hasSuffix(" ") }.map { String($0.dropLast()) }
        #expect(listed == expected)
        #expect(try repository.remoteNames() == ["origin"])
        #expect(repository.headBranch() == "refs/heads/main")
        try sandbox.git("switch", "-q", "--detach", in: "clone")
        #expect(try sandbox.open("clone").headBranch() == nil)
    }

    @Test func tagObjectsAreReadAndPeeled() throws {
        let sandbox = try Self.origin()
        let repository = try sandbox.open("origin")
        let annotated = try #require(try repository.referenceTarget("refs/tags/v1.0.0"))
        #expect(annotated.hex == (try sandbox.git("rev-parse", "refs/tags/v1.0.0", in: "origin")))
        #expect(repository.objectKind(of: annotated) == .tag)
        let annotation = try #require(try repository.annotation(annotated))
        #expect(annotation.name == "v1.0.0" && annotation.message == "Release v1.0.0\n" && annotation.targetKind == .commit)
        let commit = try sandbox.git("rev-parse", "v1.0.0^{commit}", in: "origin")
        #expect(try repository.peeled(annotated)?.id.hex == commit)
        let outer = try #require(try repository.referenceTarget("refs/tags/outer"))
        #expect(try repository.peeled(outer)?.id.hex == commit, "a tag of a tag ends at the commit")
        let light = try #require(try repository.referenceTarget("refs/tags/light"))
        #expect(repository.objectKind(of: light) == .commit)
        #expect(try repository.annotation(light) == nil)
        #expect(try repository.referenceTarget("refs/tags/nope") == nil)
        #expect(repository.objectKind(of: try #require(ObjectID(hex: String(repeating: "1", count: 40)))) == nil)
    }

    @Test func walksAndMergeBasesMatchGit() throws {
        let sandbox = try Self.origin()
        let repository = try sandbox.open("origin")
        func id(_ revision: String) throws -> ObjectID { try #require(ObjectID(hex: try sandbox.git("rev-parse", revision, in: "origin"))) }
        let walked = try repository.commits(from: [try id("develop")], hiding: [try id("main"), try id("v1.0.0^{commit}")])
        var ids: [String] = []
        while let record = try walked.next() { ids.append(record.id.hex) }
        #expect(ids == (try sandbox.revList(["develop", "--not", "main", "v1.0.0^{commit}"], in: "origin")))
        #expect(try repository.mergeBase(try id("develop"), try id("main"))?.hex == (try sandbox.git("merge-base", "develop", "main", in: "origin")))
    }

    @Test func shallowClonesAnswerInsideTheirHistoryAndSaySoBeyond() throws {
        let sandbox = try Self.origin()
        try sandbox.git("clone", "-q", "--depth", "1", "--no-single-branch", "file://" + sandbox.path("origin"), sandbox.path("clone"))
        let new = try sandbox.commit("local", in: "clone", file: "l")
        let repository = try sandbox.open("clone")
        let main = try #require(try repository.referenceTarget("refs/remotes/origin/main"))
        let develop = try #require(try repository.referenceTarget("refs/remotes/origin/develop"))
        let walk = try repository.commits(from: [try #require(ObjectID(hex: new))], hiding: [main])
        #expect(try walk.next()?.id.hex == new)
        #expect(try walk.next() == nil)
        do {
            _ = try repository.mergeBase(develop, main)
            Issue.record("the merge base lies past the shallow boundary")
        } catch {
            #expect(error.kind == .shallow, "\(error)")
        }
        do {
            let beyond = try repository.commits(from: [develop], hiding: [main])
            while try beyond.next() != nil {}
            Issue.record("develop's history past the boundary cannot be told from main's")
        } catch {
            #expect(error.kind == .shallow, "\(error)")
        }
    }
}
