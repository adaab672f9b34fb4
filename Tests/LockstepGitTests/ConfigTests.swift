import Foundation
import Testing
@testable import LockstepGit
import LockstepCore

/// `configString` compared with `git config` under the same environment.
@Suite struct ConfigTests {
    private func expectSame(_ name: String, _ sandbox: GitSandbox, in directory: String = "r",
                            environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let ours = try sandbox.open(directory, environment: environment).configString(name)
        let theirs = try? sandbox.git(["config", name], in: directory, environment: environment)
        #expect(ours == theirs, "\(name)", sourceLocation: sourceLocation)
    }

    @Test func levelsIncludesAndPriority() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.write("[lockstep]\n\tglobal = g\n\tshared = global\n[include]\n\tpath = extra.inc\n", to: "home/.gitconfig")
        try sandbox.write("[lockstep]\n\tincluded = yes\n", to: "home/extra.inc")
        try sandbox.write("[lockstep]\n\txdg = x\n\tshared = xdg\n", to: "home/.config/git/config")
        try sandbox.git("config", "lockstep.shared", "local", in: "r")
        try sandbox.git("config", "--add", "lockstep.multi", "one", in: "r")
        try sandbox.git("config", "--add", "lockstep.multi", "two", in: "r")
        try sandbox.write("[Lockstep \"Sub.Section\"]\n\tKey = v\n[lockstep]\n\tflag\n", to: "r/.git/config.append")
        let config = try String(contentsOfFile: sandbox.path("r/.git/config"), encoding: .utf8)
            + (try String(contentsOfFile: sandbox.path("r/.git/config.append"), encoding: .utf8))
        try sandbox.write(config, to: "r/.git/config")
        for name in ["lockstep.global", "lockstep.shared", "lockstep.xdg", "lockstep.included", "lockstep.multi",
                     "lockstep.Sub.Section.key", "LOCKSTEP.Sub.Section.KEY", "lockstep.flag", "lockstep.unset",
                     "core.bare"] {
            try expectSame(name, sandbox)
        }
        #expect(try sandbox.open("r").configString("lockstep.unset") == nil)
    }

    @Test func environmentChoosesTheFiles() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.write("[lockstep]\n\tfrom = elsewhere\n", to: "other.gitconfig")
        try sandbox.write("[lockstep]\n\tfrom = home\n", to: "home/.gitconfig")
        try sandbox.write("[lockstep]\n\tsystem = s\n", to: "system.gitconfig")
        try expectSame("lockstep.from", sandbox)
        try expectSame("lockstep.from", sandbox, environment: ["GIT_CONFIG_GLOBAL": sandbox.path("other.gitconfig")])
        let system = ["GIT_CONFIG_NOSYSTEM": "0", "GIT_CONFIG_SYSTEM": sandbox.path("system.gitconfig")]
        try expectSame("lockstep.system", sandbox, environment: system)
        #expect(try sandbox.open("r", environment: system).configString("lockstep.system") == "s")
        try expectSame("lockstep.system", sandbox, environment: ["GIT_CONFIG_SYSTEM": sandbox.path("system.gitconfig")])
        // The machine's /etc/gitconfig stays out while GIT_CONFIG_NOSYSTEM=1.
        try expectSame("core.excludesFile", sandbox)
    }

    /// `git -c` values reach hooks through GIT_CONFIG_PARAMETERS; capture what git exports.
    @Test func commandLineValuesWin() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.git("config", "lockstep.quoted", "file", in: "r")
        let exported = try sandbox.git(["-c", "Lockstep.Sub.Key=one", "-c", "lockstep.quoted=it's a 'test'!",
                                        "-c", "lockstep.flag", "-c", "alias.e=!printenv GIT_CONFIG_PARAMETERS", "e"], in: "r")
        let environment = ["GIT_CONFIG_PARAMETERS": exported]
        for name in ["lockstep.Sub.key", "lockstep.quoted", "lockstep.flag", "alias.e"] {
            try expectSame(name, sandbox, environment: environment)
        }
        let counted = ["GIT_CONFIG_COUNT": "2", "GIT_CONFIG_KEY_0": "lockstep.quoted", "GIT_CONFIG_VALUE_0": "first",
                       "GIT_CONFIG_KEY_1": "lockstep.quoted", "GIT_CONFIG_VALUE_1": "second"]
        try expectSame("lockstep.quoted", sandbox, environment: counted)
        #expect(try sandbox.open("r", environment: counted).configString("lockstep.quoted") == "second")
    }

    @Test func parsesOldAndNewParameterStyles() {
        let parsed = GitConfigEnvironment.parse("'a.b=1' 'C.D.E'='x'\\''y' 'f.g' 'h.i'=''\\!'z'")
        #expect(parsed.map(\.key) == ["a.b", "c.D.e", "f.g", "h.i"])
        #expect(parsed.map(\.value) == ["1", "x'y", nil, "!z"])
    }

    @Test func shortIDMatchesRevParse() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        var ids: [String] = []
        for index in 0..<40 { ids.append(try sandbox.commit("c\(index)", in: "r", file: "f\(index % 3)")) }
        let repository = try sandbox.open("r")
        for id in ids {
            let objectID = try #require(ObjectID(hex: id))
            #expect(repository.shortID(of: objectID) == (try sandbox.git("rev-parse", "--short", id, in: "r")))
        }
        try sandbox.git("gc", "-q", in: "r")
        try sandbox.git("config", "core.abbrev", "12", in: "r")
        let configured = try sandbox.open("r")
        let last = try #require(ObjectID(hex: ids[39]))
        #expect(configured.shortID(of: last) == (try sandbox.git("rev-parse", "--short", ids[39], in: "r")))
        try sandbox.git("config", "core.abbrev", "no", in: "r")
        #expect(try sandbox.open("r").shortID(of: last) == ids[39])
    }

    /// Prefixes that collide: 10,400 objects (packed and loose) with core.abbrev=4.
    @Test func shortIDLengthensOnCollisions() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        let packed = (0..<10_000).map { "blob\ndata \(String($0).utf8.count + 1)\n\($0)\n\n" }.joined()
        try sandbox.git(["fast-import", "--quiet"], in: "r", input: Data(packed.utf8))
        for index in 10_000..<10_400 { try sandbox.write("\(index)\n", to: "loose/\(index)") }
        let paths = (10_000..<10_400).map { sandbox.path("loose/\($0)") }.joined(separator: "\n") + "\n"
        try sandbox.git(["hash-object", "-w", "--stdin-paths"], in: "r", input: Data(paths.utf8))
        let all = try sandbox.git(["cat-file", "--batch-all-objects", "--batch-check=%(objectname)"], in: "r")
            .split(separator: "\n").map(String.init)
        #expect(all.count == 10_400)
        try sandbox.git("config", "core.abbrev", "4", in: "r")
        let sample = Array(all.prefix(150))
        let expected = try sample.map { try sandbox.git("rev-parse", "--short", $0, in: "r") }
        let repository = try sandbox.open("r")
        let ours = try sample.map { repository.shortID(of: try #require(ObjectID(hex: $0))) }
        #expect(ours == expected)
        #expect(Set(expected.map(\.count)).count > 1, "some prefixes should need more digits")
    }
}
