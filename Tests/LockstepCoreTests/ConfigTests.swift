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

    // Issue 10 item 11.
    @Test func anEmptyTypeListIsRefused() {
        let found = error("[commit]\ntypes = []\n")
        #expect(found?.message.contains("commit.types is empty") == true && found?.position?.line == 2)
    }

    @Test func pathErrorsShowAnExampleOfTheirOwnKind() {
        #expect(error("[migration]\npath = \"/abs\"\n")?.message.contains("\"backend/migrations\"") == true)
        #expect(error("[changelog]\npath = \"../x\"\n")?.message.contains("\"CHANGELOG.md\"") == true)
        #expect(error("[version]\nsource = \"\"\n")?.message.contains("\"backend/Cargo.toml\"") == true)
    }

    @Test func anUnquotedRuleIDIsToldToBeQuoted() {
        let found = error("[rules]\ncommit/type-enum = \"off\"\n")
        #expect(found?.fix == "quote the rule id: `\"commit/type-enum\" = \"off\"`", "\(String(describing: found))")
        #expect(found?.position?.line == 2)
    }

    @Test func aMisspeltSeverityGetsTheWordMeant() {
        #expect(error("[rules]\n\"commit/type-enum\" = \"warn\"\n")?.fix == "did you mean `\"warning\"`?")
        #expect(error("[rules]\n\"commit/type-enum\" = \"disabled\"\n")?.fix == "did you mean `\"off\"`?")
    }

    @Test func anAreaTakesEveryRuleOfItAndARuleNamedAloneWins() throws {
        let config = try Config.parse("[rules]\n\"commit/type-enum\" = \"error\"\n\"commit/*\" = \"warning\"\n", file: ".lockstep.toml")
        let typeEnum = try #require(rule(withID: "commit/type-enum")).info
        let headerFormat = try #require(rule(withID: "commit/header-format")).info
        #expect(config.severity(of: headerFormat) == .warning && config.severity(of: typeEnum) == .error)
        #expect(error("[rules]\n\"comit/*\" = \"off\"\n")?.fix == "did you mean `commit/*`?")
    }

    @Test func aVersionPatternOnAMissingFileIsReported() throws {
        let config = try Config.parse("[version]\npatterns = [{ path = \"deploy/compose.yaml\", pattern = \"api:{version}\" }]\n",
                                      file: ".lockstep.toml")
        let input = ReleaseInput(exampleText: "-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n-- deploy/compose.yml --\nimage: api:1.2.0\n",
                                 config: config)
        let found = input.current.problems
        #expect(found.count == 1 && found.first?.file == "deploy/compose.yaml", "\(found)")
        #expect(found.first?.message.contains("not in this tree") == true)
    }

    @Test func aLineBreakIsShownAsBackslashN() {
        #expect(VisibleText.escaping("api:\n{version}\u{1B}") == "api:\\n{version}\\u{1B}")
    }
}
