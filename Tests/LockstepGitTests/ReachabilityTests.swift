import Foundation
import Testing
@testable import LockstepGit

/// `firstReachable`, the `git tag --merged` behind `version/no-decrease`: answers agree with
/// `git merge-base --is-ancestor` on branches, merges and a shallow clone.
@Suite struct ReachabilityTests {
    @Test func agreesWithGitOnBranchesAndMerges() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        let root = try sandbox.commit("root", in: "r", date: 1_700_000_000)
        let onMain = try sandbox.commit("main 1", in: "r", date: 1_700_001_000)
        try sandbox.git("checkout", "-q", "-b", "side", in: "r")
        let onSide = try sandbox.commit("side 1", in: "r", date: 1_700_002_000)
        try sandbox.git("checkout", "-q", "main", in: "r")
        let later = try sandbox.commit("main 2", in: "r", date: 1_700_003_000)
        let repository = try sandbox.open("r")
        let ids = try [onSide, later, onMain, root].map { try #require(ObjectID(hex: $0)) }
        // From main: the side commit is out of reach, the newest main commit is first in reach.
        #expect(try repository.firstReachable(ids, from: ids[1]) == 1)
        #expect(try repository.firstReachable([ids[0]], from: ids[1]) == nil)
        #expect(try repository.firstReachable([ids[0], ids[2]], from: ids[1]) == 1)
        let merge = try sandbox.merge("side", in: "r", date: 1_700_004_000)
        #expect(try repository.firstReachable([ids[0]], from: try #require(ObjectID(hex: merge))) == 0)
    }

    @Test func aShallowCloneAnswersFromTheHistoryItHas() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        var commits: [String] = []
        for index in 0..<6 { commits.append(try sandbox.commit("c\(index)", in: "r", date: 1_700_000_000 + index * 1_000)) }
        try sandbox.git("clone", "-q", "--depth", "3", "file://" + sandbox.path("r"), sandbox.path("s"))
        let repository = try sandbox.open("s")
        let tip = try #require(ObjectID(hex: commits[5]))
        #expect(try repository.firstReachable([try #require(ObjectID(hex: commits[3]))], from: tip) == 0)
    }
}
