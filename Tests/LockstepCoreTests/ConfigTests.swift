import Testing
@testable import LockstepCore

struct ConfigTests {
    @Test func defaultsFollowDesign() {
        let config = Config()
        #expect(config.commit.types == ["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"])
        #expect(config.commit.headerMaxLength == 100 && config.commit.scopes == nil)
        #expect(!config.commit.requireScope && !config.commit.requireSignoff)
    }

    @Test func readsEveryCommitKey() throws {
        let config = try Config.parse("""
            [commit]
            types = ["feat", "Fix"]
            scopes = ["api"]
            header-max-length = 72
            require-scope = true
            require-signoff = true
            """, file: ".lockstep.toml")
        #expect(config.commit.types == ["feat", "fix"] && config.commit.scopes == ["api"])
        #expect(config.commit.headerMaxLength == 72 && config.commit.requireScope && config.commit.requireSignoff)
    }

    func error(_ text: String) -> ConfigError? {
        do { _ = try Config.parse(text, file: ".lockstep.toml"); return nil } catch { return error }
    }

    @Test func unknownKeyNamesLineAndClosestKey() {
        let found = error("[commit]\ntypes = [\"feat\"]\nheader-max-lenght = 80\n")
        #expect(found?.position == Position(line: 3, column: 1))
        #expect(found?.fix == "did you mean `header-max-length`?")
    }

    @Test func unknownSectionAndRule() {
        #expect(error("[comit]\n")?.fix == "did you mean `commit`?")
        let rule = error("[rules]\n\"commit/type-enun\" = \"off\"\n")
        #expect(rule?.position?.line == 2 && rule?.fix == "did you mean `commit/type-enum`?")
        #expect(error("[rules]\n\"commit/type-enum\" = \"loud\"\n")?.message.contains("error") == true)
    }

    @Test func wrongTypesAndBadTOMLNameTheLine() {
        #expect(error("[commit]\nheader-max-length = \"80\"\n")?.position?.line == 2)
        #expect(error("[commit]\nrequire-scope = yes\n")?.position?.line == 2)
        #expect(error("[commit]\ntypes = [1]\n")?.message == "commit.types must be an array of non-empty strings")
        #expect(error("top = 1\n") != nil)
    }
}
