import Testing
@testable import LockstepCore

struct OutputTests {
    let diagnostic = Diagnostic("commit/type-enum", "`feature` is not an allowed type", fix: "use `feat`",
                                file: ".git/COMMIT_EDITMSG", line: 1, column: 1, excerpt: "feature: x", width: 7)

    @Test func textShowsLocationExcerptAndFix() {
        let text = TextRenderer(color: false).render([diagnostic])
        #expect(text == """
            error[commit/type-enum]: `feature` is not an allowed type
              --> .git/COMMIT_EDITMSG:1:1
               |
             1 | feature: x
               | ^^^^^^^
               = fix: use `feat`

            """)
        #expect(!text.contains("\u{1B}"))
        #expect(TextRenderer(color: true).render([diagnostic]).contains("\u{1B}[1;31m"))
    }

    /// Columns count characters; the markers sit under what a terminal shows, where emoji and
    /// CJK characters take two columns.
    @Test func markersLineUpUnderWideCharacters() {
        let wide = Diagnostic("changelog/entry-format", "x", fix: "y", file: "CHANGELOG.md", line: 3, column: 5,
                              excerpt: "✨ 漢 1.2.0", width: 5)
        let lines = TextRenderer(color: false).render([wide]).split(separator: "\n")
        #expect(lines[3] == " 3 | ✨ 漢 1.2.0", "\(lines)")
        #expect(lines[4] == "   | " + String(repeating: " ", count: 6) + "^^^^^", "\(lines)")
    }

    @Test func jsonHasTheContractKeys() {
        #expect(JSONRenderer.render([diagnostic]) == """
            {"ok": false, "diagnostics": [{"rule": "commit/type-enum", "severity": "error", "message": "`feature` is not an allowed type", "fix": "use `feat`", "file": ".git/COMMIT_EDITMSG", "line": 1, "column": 1}]}

            """)
        #expect(JSONRenderer.render([]) == "{\"ok\": true, \"diagnostics\": []}\n")
        #expect(JSONRenderer.quote("a\"\\\n\u{01}é") == "\"a\\\"\\\\\\n\\u0001é\"")
    }

    @Test func githubEscapesDataAndProperties() {
        var commitFinding = diagnostic
        commitFinding.file = "a,b:c.txt"
        #expect(GitHubRenderer.render([commitFinding]) ==
            "::error file=a%2Cb%3Ac.txt,line=1,col=1,title=commit/type-enum::`feature` is not an allowed type%0Afix: use `feat`\n")
    }

    @Test func docsRulesPageIsGeneratedFromTheRules() {
        let markdown = RuleCatalog.markdown()
        for rule in allRules { #expect(markdown.contains("## \(rule.info.id)")) }
    }
}

struct ShellQuotingTests {
    @Test(arguments: [(".git/COMMIT_EDITMSG", ".git/COMMIT_EDITMSG"), ("/tmp/it's my repo/x", "'/tmp/it'\\''s my repo/x'"),
                      ("a b", "'a b'"), ("", "''"), ("$(id)", "'$(id)'")])
    func quotesOnlyWhatNeedsIt(_ word: String, _ expected: String) {
        #expect(ShellQuoting.quote(word) == expected)
    }
}

struct VisibleTextTests {
    @Test func controlCharactersNeverReachTheTerminal() {
        let hostile = Diagnostic("version/manifest-readable", "bad \u{1B}[2J value", fix: "x\u{07}",
                                 file: "a\u{1B}.toml", line: 1, column: 1, excerpt: "version = \"\u{1B}]0;title\u{07}\"\u{202E}")
        for text in [TextRenderer(color: false).render([hostile]), GitHubRenderer.render([hostile])] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        }
        #expect(VisibleText.escaping("tab\tkept é") == "tab\tkept é")
        #expect(VisibleText.escaping("\u{1B}[31m") == "\\u{1B}[31m")
    }
}
