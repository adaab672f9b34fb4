import Testing
@testable import LockstepGit

/// The small parsers behind the repository: ids, raw commit headers, revision suffixes, git's
/// path lists and booleans.
@Suite struct ParsingTests {
    @Test func objectIDRoundTrips() throws {
        let hex = "0123456789abcdef0123456789ABCDEF01234567"
        let id = try #require(ObjectID(hex: hex))
        #expect(id.hex == hex.lowercased())
        #expect(ObjectID(bytes: id.bytes) == id)
        #expect(ObjectID(hex: String(hex.dropLast())) == nil)
        #expect(ObjectID(hex: String(hex.dropLast()) + "g") == nil)
        #expect(ObjectID(bytes: [UInt8](repeating: 1, count: 19)) == nil)
    }

    @Test func rawCommitHeader() {
        let tree = String(repeating: "a", count: 40), first = String(repeating: "b", count: 40)
        let second = String(repeating: "c", count: 40)
        let text = "tree \(tree)\nparent \(first)\nparent \(second)\nauthor A <a@b> 5 +0000\n"
            + "committer C <c> 1700000123 +0200\nencoding ISO-8859-1\ngpgsig -----BEGIN\n encoding no\n -----END\n"
            + "\nsubject\n\nbody\n"
        var parents: [ObjectID] = []
        let header = Array(text.utf8).withUnsafeBytes { RawCommit.header(of: $0, parents: &parents) }
        #expect(parents.map(\.hex) == [first, second])
        #expect(header.parentCount == 2)
        #expect(header.committerTime == 1_700_000_123)
        let bytes = Array(text.utf8)
        #expect(header.encoding.map { String(decoding: bytes[$0], as: UTF8.self) } == "ISO-8859-1")
        #expect(String(decoding: bytes[header.messageStart...], as: UTF8.self) == "subject\n\nbody\n")
    }

    @Test func rawCommitWithoutMessage() {
        let text = "tree \(String(repeating: "a", count: 40))\nauthor A <a> 1 +0000\ncommitter C <c> 2 +0000\n"
        var parents: [ObjectID] = []
        let header = Array(text.utf8).withUnsafeBytes { RawCommit.header(of: $0, parents: &parents) }
        #expect(header.messageStart == text.utf8.count)
        #expect(header.committerTime == 2 && parents.isEmpty && header.encoding == nil)
    }

    @Test func ancestrySteps() {
        #expect(AncestrySteps.split("HEAD")?.steps == [])
        #expect(AncestrySteps.split("HEAD~2^2")?.base == "HEAD")
        #expect(AncestrySteps.split("HEAD~2^2")?.steps == [.init(isFirstParentChain: true, count: 2),
                                                             .init(isFirstParentChain: false, count: 2)])
        #expect(AncestrySteps.split("v1.2^{commit}~")?.base == "v1.2^{commit}")
        #expect(AncestrySteps.split("main@{1}^")?.steps == [.init(isFirstParentChain: false, count: 1)])
        #expect(AncestrySteps.split("release/v1.2")?.base == "release/v1.2")
        #expect(AncestrySteps.split("~1") == nil)
    }

    @Test func alternatePathLists() {
        #expect(GitEnvironment.pathList("/a:/b::/c") == ["/a", "/b", "/c"])
        #expect(GitEnvironment.pathList("\"/with:colon\":/plain") == ["/with:colon", "/plain"])
        #expect(GitEnvironment.pathList("\"/tab\\there\\042q\"") == ["/tab\there\"q"])
        #expect(GitEnvironment.pathList("") == [])
    }

    @Test func environmentPathsAreResolvedAgainstTheStart() {
        let environment = GitEnvironment(["GIT_DIR": "../.git", "GIT_WORK_TREE": ".", "GIT_INDEX_FILE": ".git/index",
                                          "GIT_ALTERNATE_OBJECT_DIRECTORIES": "/srv/r/./objects:rel",
                                          "GIT_CEILING_DIRECTORIES": "/home:relative:", "HOME": "/home/u"],
                                         startDirectory: "/srv/r/sub")
        #expect(environment.gitDirectory == "/srv/r/sub/../.git")
        #expect(environment.workTree == "/srv/r/sub")
        #expect(environment.indexFile == ".git/index", "resolved later, at the top of the work tree")
        #expect(environment.alternateObjectDirectories == ["/srv/r/objects", "/srv/r/sub/rel"])
        #expect(environment.ceilingDirectories == ["/home"])
        #expect(environment.configFiles.system == "/etc/gitconfig")
        #expect(environment.configFiles.xdg == "/home/u/.config/git/config")
        #expect(environment.configFiles.global == "/home/u/.gitconfig")
    }

    @Test func gitBooleans() {
        #expect(GitEnvironment.bool("Yes") == true && GitEnvironment.bool("on") == true && GitEnvironment.bool("2") == true)
        #expect(GitEnvironment.bool("off") == false && GitEnvironment.bool("") == false && GitEnvironment.bool("0") == false)
        #expect(GitEnvironment.bool("maybe") == nil && GitEnvironment.bool(nil) == nil)
    }

    @Test func summaries() throws {
        let id = try #require(ObjectID(hex: String(repeating: "0", count: 40)))
        #expect(CommitRecord(id: id, message: Array("feat: x\r\n\nbody".utf8), encoding: nil, parentCount: 1).summary == "feat: x")
        #expect(CommitRecord(id: id, message: [], encoding: nil, parentCount: 0).summary == "")
        #expect(CommitRecord(id: id, message: [0x63, 0x61, 0x66, 0xE9], encoding: "latin1", parentCount: 0).summary == "café")
    }
}
