import Testing
@testable import LockstepCore

struct GitConfigTests {
    func file(_ text: String) -> GitConfigFile? { GitConfigFile(bytes: Array(text.utf8)) }

    @Test func readsValuesAsGitDoes() {
        let config = file("""
            [core]
            \tcommentChar = ";"
            [Commit] cleanup = scissors ; trailing comment
            [i18n]
              commitEncoding = "ISO-8859-1"
            [remote "Origin"]
              url = a\\
            b
            [core]
              bare
            """)
        #expect(config?.value("core.commentchar") == .some(";"))
        #expect(config?.value("commit.cleanup") == .some("scissors"))
        #expect(config?.value("i18n.commitencoding") == .some("ISO-8859-1"))
        #expect(config?.value("remote.Origin.url") == .some("ab"))
        #expect(config?.value("core.bare") == .some(nil))
        #expect(config?.hasIncludes == false)
    }

    @Test func includesAreFlagged() {
        #expect(file("[include]\n path = other\n")?.hasIncludes == true)
        #expect(file("[includeIf \"gitdir:~/work/\"]\n path = work\n")?.hasIncludes == true)
    }

    @Test func brokenSyntaxIsNotGuessed() {
        #expect(file("[core\n") == nil)
        #expect(file("[core]\nx = \"open\n") == nil)
    }

    /// Found by fuzzing (scripts/fuzz gitconfig): `git config -f` says "bad config line 1".
    @Test func aSubsectionCannotEscapeItsLineFeed() {
        #expect(file("[section \"a\\\nb\"]\n\tkey = v\n") == nil)
        #expect(file("[section \"a\\\\b\\\"c\"]\n\tkey = v\n")?.value("section.a\\b\"c.key") == .some("v"))
    }

    @Test func laterLayersWin() {
        let settings = GitSettings(layers: [file("[core]\ncommentChar = ;\n")!, file("[core]\ncommentChar = \"@\"\n")!])
        #expect(settings.commentChar == "@")
    }

    @Test func environmentParameters() {
        let parsed = GitConfigEnvironment.parse("'core.commentChar'=';' 'commit.cleanup=verbatim' 'it'\\''s.x'='y'")
        #expect(parsed.map(\.key) == ["core.commentchar", "commit.cleanup", "it's.x"])
        #expect(parsed.map(\.value) == [";", "verbatim", "y"])
        let env = ["GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "Commit.Cleanup", "GIT_CONFIG_VALUE_0": "strip",
                   "GIT_CONFIG_PARAMETERS": "'commit.cleanup'='whitespace'"]
        #expect(GitSettings(layers: [GitConfigEnvironment.entries { env[$0] }]).cleanup == "whitespace")
    }
}
