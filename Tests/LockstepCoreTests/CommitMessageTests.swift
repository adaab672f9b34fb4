import Testing
@testable import LockstepCore

struct CommitMessageTests {
    @Test func headerParts() throws {
        let header = try ConventionalHeader.parse("feat(api,web)!: drop v0").get()
        #expect(header.type == "feat" && header.scope == "api,web" && header.hasBang)
        #expect(header.description == "drop v0" && header.descriptionColumn == 17 && header.colonColumn == 15)
    }

    @Test func nonASCIIColumnsAreCharacters() throws {
        let header = try ConventionalHeader.parse("fix(ü): é").get()
        #expect(header.descriptionColumn == 9)
    }

    @Test func footersAndBreakingChange() {
        let message = CommitMessage(stored: """
            feat: x

            Body paragraph: with a colon.

            BREAKING CHANGE: routes
            moved to v1
            Refs #12
            """)
        #expect(message.body.map(\.text) == ["", "Body paragraph: with a colon.", ""])
        #expect(message.footers.map(\.token) == ["BREAKING CHANGE", "Refs"])
        #expect(message.footers.first?.value == "routes\nmoved to v1")
        #expect(message.hasBreakingChange)
    }

    @Test func bangIsBreaking() {
        #expect(CommitMessage(stored: "refactor!: drop x").hasBreakingChange)
        #expect(!CommitMessage(stored: "feat: x\n\nBreaking change: lower case is not").hasBreakingChange)
    }

    @Test(arguments: ["Merge branch 'topic'", "Merge branch 'c1' into c2\n\n# Conflicts:\n#\ta.txt",
                      "Merge pull request #12 from a/b", "Revert \"feat: x\"\n\nThis reverts commit 1234.",
                      "fixup! fixup! feat: x", "squash! feat: x", "amend! feat: x\n\nnew body",
                      "Merge remote-tracking branch 'origin/main'", "Merge tag 'v1.2.0'", "Reapply \"feat: x\""])
    func gitsOwnMessagesAreSkipped(_ text: String) {
        let message = CommitMessage(stored: text)
        #expect(message.isGitGenerated)
        #expect(MessageCheck.run(message, config: Config()).isEmpty)
    }

    @Test func squashMessageIsReportedWithAHeaderToWrite() {
        let found = MessageCheck.run(CommitMessage(stored: "Squashed commit of the following:\n\ncommit abc\n"),
                                     config: Config())
        #expect(found.map(\.rule) == ["commit/header-format"])
        #expect(found.first?.fix?.contains("merge --squash") == true)
    }

    @Test func oneDiagnosticPerMistake() {
        #expect(MessageCheck.run(CommitMessage(stored: "Feat: x"), config: Config()).map(\.rule) == ["commit/type-case"])
        #expect(MessageCheck.run(CommitMessage(stored: "feature: x"), config: Config()).map(\.rule) == ["commit/type-enum"])
        #expect(MessageCheck.run(CommitMessage(stored: "feat: x"), config: Config()).isEmpty)
    }

    @Test func typeSuggestionNamesTheIntendedType() {
        let found = MessageCheck.run(CommitMessage(stored: "feature: x"), config: Config())
        #expect(found.first?.fix?.hasPrefix("use `feat`") == true)
    }

    @Test func severityAndSkipComeFromConfigAndEnvironment() throws {
        let config = try Config.parse("[rules]\n\"commit/type-enum\" = \"warning\"\n", file: ".lockstep.toml")
        let found = MessageCheck.run(CommitMessage(stored: "feature: x"), config: config)
        #expect(found.map(\.severity) == [.warning])
        #expect(ExitStatus(diagnostics: found) == .passed)
        let skipped = MessageCheck.run(CommitMessage(stored: "feature: x"), config: Config(),
                                       skipping: try SkipList("commit/type-enum"))
        #expect(skipped.isEmpty)
        #expect(MessageCheck.run(CommitMessage(stored: "Feature x"), config: Config(),
                                 skipping: try SkipList("commit/*")).isEmpty)
    }

    @Test func unknownSkippedRuleSuggestsTheClosest() {
        #expect(throws: ConfigError.self) { try SkipList("commit/type-enun") }
        do { _ = try SkipList("commit/type-enun") } catch { #expect(error.fix == "did you mean `commit/type-enum`?") }
    }
}

struct HeaderSuggestionTests {
    @Test(arguments: [("Fix login bug", "fix: login bug"), ("Add buildings endpoint", "feat: add buildings endpoint"),
                      ("Update deps", "chore: update deps"), ("  Refactor: the parser", "refactor: the parser"),
                      ("wip", "feat: wip")])
    func plainHeadersGetAConventionalSuggestion(_ header: String, _ expected: String) {
        #expect(HeaderFormat.suggestion(for: header) == expected)
    }
}

extension CommitMessage {
    /// A message as stored in history, under the default configuration.
    init(stored text: String) { self.init(exampleText: text, config: Config()) }
}

struct GitInvocationTests {
    @Test(arguments: [
        (["git", "commit", "--amend", "-m", "x"], "commit", true), (["/usr/bin/git", "-C", "repo", "-c", "a=b", "commit", "--am"], "commit", true),
        (["git", "commit", "-m", "--amend"], "commit", false), (["git", "commit", "-a", "--amend"], "commit", true), (["git", "commit", "--", "--amend"], "commit", false),
        (["git", "--no-pager", "tag", "-a", "v1"], "tag", false), (["/usr/lib/git-core/git", "fetch", "origin"], "fetch", false),
        (["sh", "-c", "git commit --amend"], nil, false), ([], nil, false),
    ] as [([String], String?, Bool)])
    func readsTheParentCommand(_ arguments: [String], _ subcommand: String?, _ amend: Bool) {
        let invocation = GitInvocation(parentArguments: arguments)
        #expect(invocation.subcommand == subcommand)
        #expect(invocation.isAmend == amend)
    }
}

struct CommitOptionsTests {
    @Test(arguments: [
        (["-v"], CommitOptions(verbose: 1)), (["-vv", "--verbose"], CommitOptions(verbose: 3)),
        (["-v", "--no-verbose"], CommitOptions(verbose: 0)), (["--verb"], CommitOptions(verbose: 1)),
        (["-av"], CommitOptions(verbose: 1, isAll: true)), (["-amv"], CommitOptions(isAll: true)),
        (["-m", "-v"], CommitOptions()), (["-F", "-", "--cleanup", "scissors"], CommitOptions(cleanup: "scissors")),
        (["--clean=strip", "--cleanup=verbatim"], CommitOptions(cleanup: "verbatim")), (["-uno", "-v"], CommitOptions(verbose: 1)),
        (["--amend", "--no-all"], CommitOptions(isAmend: true)), (["--", "-v"], CommitOptions()), ([], CommitOptions()),
        (["--no-verify", "--no-edit", "--author", "-v <a@b>"], CommitOptions()),
    ] as [([String], CommitOptions)])
    func readsGitCommitsOptions(_ arguments: [String], _ expected: CommitOptions) {
        #expect(CommitOptions(arguments: arguments) == expected, "\(arguments)")
    }

    /// builtin/commit.c: the scissors cut is `verbose || cleanup == scissors`; nil is an unknown command line.
    @Test func theCutFollowsVerboseAndScissors() {
        let text = "feat: x\n\n# ------------------------ >8 ------------------------\ndiff --git a/x b/x\n"
        func message(_ mode: CleanupMode, _ verbose: Bool?) -> CommitMessage {
            CommitMessage(bytes: Array(text.utf8), cleanup: mode, commentChar: .standard, verbose: verbose)
        }
        #expect(message(.strip, true).lines.map(\.text) == ["feat: x"])
        #expect(message(.strip, nil).uncutScissorsLine == nil)
        #expect(message(.strip, false).uncutScissorsLine?.number == 3)
        #expect(message(.whitespace, false).uncutScissorsLine?.number == 3)
        #expect(message(.scissors, false).uncutScissorsLine == nil)
        #expect(message(.verbatim, true).lines.map(\.text) == ["feat: x"])
    }
}
