import Testing
@testable import LockstepCore

/// The parser reads ASCII lines as bytes and other lines as characters: both must find the same
/// parts at the same columns.
struct ChangelogTextTests {
    /// Every line form the parser knows, and the slips the rules report.
    static let document = """
        # Changelog
        <!-- one line -->
        Intro{e}.

        ## [Unreleased]
        ### Added
        - New feature{e} X (#123)
          continued{e}
           - nested{e}
        lazy continuation{e}

        Stray prose{e}.
        ### added
        -
        #### Deep{e}
        ## [1.2.0](https://ex{e}mple.com) - 2025-02-30
        ## [v1.1.0] - 2025-01-01 [YANKED]
        ### Fixed
        1. Bug{e} (#126)
        10) Other{e}
        *      code{e}
        ```markdown{e}
        ## [9.9.9] - 2025-01-01
        ```
        ~~~
        ### Removed
        ~~~~
        <!--
        ## [8.8.8] - 2025-01-01 {e}
        -->
        ## [1.0.0]   -   2024-13-01 ##
        Summary{e}.
        ---
        - - -
        ## 1.0.0 (2024-01-01) {e}
        ## Notes{e}
        ##
        ## [1.02.0] - 2023-01-01
        ### S{e}curit{e}
        - X

        [Unreleased]: https://example.com/compare/v1.2.0...HEAD
           [1.2.0]:   <https://ex{e}mple.com/v1.2.0>
        [0.9.0]: https://example.com/v0.9.0
        [a [b]]: https://example.com
        """

    static func parse(_ text: String, asCharacters: Bool) -> ChangelogParser {
        var parser = ChangelogParser()
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let changelogLine = ChangelogLine(number: offset + 1, text: String(line))
            if asCharacters {
                parser.read(line, line: changelogLine)
            } else {
                parser.read(ASCIIText(Array(line.utf8)[...]), line: changelogLine)
            }
        }
        parser.finish()
        return parser
    }

    /// Every field of a heading (`==` compares only what they are read from).
    static func fields(_ heading: ChangelogHeading) -> String {
        Mirror(reflecting: heading).children.map { "\($0.label ?? "?"): \($0.value)" }.joined(separator: ", ")
    }

    @Test func bytesAndCharactersReadAnASCIIDocumentAlike() {
        let text = Self.document.replacing("{e}", with: "e")
        #expect(text.utf8.allSatisfy { $0 < 0x80 })
        let bytes = Self.parse(text, asCharacters: false), characters = Self.parse(text, asCharacters: true)
        #expect(bytes.sections.count == 8)
        #expect(String(describing: bytes.sections) == String(describing: characters.sections))
        #expect(bytes.sections.map { Self.fields($0.heading) } == characters.sections.map { Self.fields($0.heading) })
        #expect(bytes.title == characters.title && bytes.links == characters.links && bytes.preamble == characters.preamble)
    }

    @Test func nonASCIITextKeepsEveryPositionAndFinding() throws {
        func findings(_ text: String) -> [String] {
            let config = Config()
            let tree = TreeSnapshot(entries: [config.changelog.path: .file(Array(text.utf8))])
            let input = ReleaseInput(tree: tree, baseline: nil, tags: [], config: config)
            return ReleaseCheck.run(input, config: config, scope: .changelog).map {
                "\($0.rule) \($0.line ?? 0):\($0.column ?? 0)+\($0.width) \($0.message.replacing("é", with: "e"))"
            }
        }
        let ascii = Self.document.replacing("{e}", with: "e"), accented = Self.document.replacing("{e}", with: "é")
        #expect(findings(ascii).count > 10)
        #expect(findings(ascii) == findings(accented))
        let parsed = Changelog(text: ascii), accentedParsed = Changelog(text: accented)
        #expect(parsed.sections.map(\.heading.dateColumn) == accentedParsed.sections.map(\.heading.dateColumn))
        #expect(parsed.links.map(\.column) == accentedParsed.links.map(\.column))
        #expect(parsed.sections.map { $0.categories.map(\.entries) }.description.replacing("é", with: "e")
                == accentedParsed.sections.map { $0.categories.map(\.entries) }.description.replacing("é", with: "e"))
    }

    @Test(arguments: ["[1.2.0] - 2025-11-10", "[1.2.0] – 2025-11-10", "1.2.0 (2025-11-10)", "[v1.2.0] - 2025-11-10 [yanked]",
                      "[1.2.0](https://x) - 2025-11-10", "Unreleased", "[UNRELEASED]", "Notes", "V2.0.0", "[1.2]", "[1.0.0-é]",
                      "", "[", "[]", "[1.2.0] 2025-02-30, (2025-01-01)", "[1.0.0] - 2025-01-01 [YANKED]", "v", "[1.2.0]\t- 2025-11-10"])
    func headingsReadAlikeFromBytesAndCharacters(_ text: String) {
        let characters = Self.fields(ChangelogHeading(Substring(text), column: 4))
        #expect(Self.fields(ChangelogHeading(text, column: 4)) == characters)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(Self.fields(ChangelogHeading(ASCIIText(Array(text.utf8)[...]), column: 4)) == characters)
        }
    }

    @Test func labelsThatAreNormalAlreadyStayAsTheyAre() {
        #expect(ChangelogLink.normalize("1.2.0-rc.1") == "1.2.0-rc.1" && ChangelogLink.normalize("unreleased") == "unreleased")
        #expect(ChangelogLink.normalize("V1.2.0-RC.1") == "v1.2.0-rc.1" && ChangelogLink.normalize("\u{212A}") == "k")
        #expect(ChangelogLink.normalize("") == "" && ChangelogLink.normalize("a\tb") == "a b")
    }

    @Test func asciiBytesAreTheirCharacters() {
        for byte in UInt8(0)..<0x80 {
            let character = Character(Unicode.Scalar(byte)), ascii = ASCIICharacter(byte: byte)
            #expect(ascii.isWhitespace == character.isWhitespace, "\(byte)")
            #expect(ascii.isASCIIDigit == character.isASCIIDigit, "\(byte)")
            #expect(ascii.asciiValue == character.asciiValue, "\(byte)")
        }
    }

    /// A combining mark joins the character before it: ` \u{301}` is no indentation, `#\u{301}` no
    /// heading marker, `<!-\u{301}-` no comment. Such lines are read as characters.
    @Test func combiningMarksChangeWhatALineIs() {
        let changelog = Changelog(text: " \u{301}## [1.0.0] - 2025-01-01\n##\u{301} [2.0.0]\n## [3.0.0] - 2025-01-01\n<!-\u{301}- x\n- e\u{301}\n")
        #expect(changelog.sections.map(\.heading.version) == ["3.0.0"])
        #expect(changelog.preamble.map(\.number) == [1, 2])
        #expect(changelog.sections[0].looseLines.map(\.number) == [4, 5])
    }
}
