import Foundation
import Testing
@testable import LockstepGit

/// `Repository.tagCommits` (peeled from packed-refs when git wrote the peel there) lists what
/// `git rev-parse refs/tags/NAME^{commit}` gives, for every kind of tag.
@Suite struct TagCommitsTests {
    @Test func tagCommitsMatchGit() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.commit("c1", in: "r", file: "f")
        try sandbox.git("tag", "-a", "v1.0.0", "-m", "m", in: "r")
        try sandbox.git("tag", "-a", "outer", "-m", "tag of tag", "v1.0.0", in: "r")
        try sandbox.git("tag", "light", in: "r")
        try sandbox.git("tag", "-a", "app/v2.0.0", "-m", "nested", in: "r")
        try sandbox.git("tag", "treetag", "HEAD^{tree}", in: "r")
        try sandbox.git("tag", "-a", "annotree", "-m", "tree", "HEAD^{tree}", in: "r")
        try sandbox.commit("c2", in: "r", file: "f")
        try sandbox.git("pack-refs", "--all", in: "r")
        // Loose after packing: a new tag, and one moved (loose overrides packed).
        try sandbox.git("tag", "-a", "v1.1.0", "-m", "m", in: "r")
        try sandbox.git("tag", "-f", "-a", "v1.0.0", "-m", "moved", in: "r")
        let repository = try sandbox.open("r")
        let listed = try repository.tagCommits().map { "\($0.name) \($0.commit.hex)" }
        var expected: [String] = []
        for line in try sandbox.git("for-each-ref", "--format=%(refname:strip=2)", "refs/tags/", in: "r").split(separator: "\n") {
            let name = String(line)
            guard let commit = try? sandbox.git("rev-parse", "--verify", "-q", "refs/tags/\(name)^{commit}", in: "r") else { continue }
            let trimmed = commit.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { expected.append("\(name) \(trimmed)") }
        }
        #expect(listed == expected)
    }
}
