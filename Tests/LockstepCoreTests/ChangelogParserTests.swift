import Testing
@testable import LockstepCore

/// What the rule examples cannot show about the changelog parser: the parts it builds.
struct ChangelogParserTests {
    @Test func readsTitleSectionsCategoriesEntriesAndLinks() {
        let changelog = Changelog(text: """
            # Changelog

            Intro.

            ## [Unreleased]

            ## [1.2.0] - 2025-11-10
            ### Added
            - New feature X (#123)
            * Nouvelle « fonctionnalité » ✨
            ### Fixed
            1. Bug in Z (#126)

            [1.2.0]: https://github.com/gilmry/koprogo/compare/v1.1.0...v1.2.0
            """)
        #expect(changelog.title?.number == 1)
        #expect(changelog.preamble.map(\.text) == ["Intro."])
        #expect(changelog.sections.map(\.heading.version) == ["Unreleased", "1.2.0"])
        let release = changelog.sections[1]
        #expect(release.heading.date == "2025-11-10" && release.heading.dateColumn == 14 && release.heading.isCanonical)
        #expect(release.categories.map(\.name) == ["Added", "Fixed"])
        #expect(release.categories.map(\.nameColumn) == [5, 5])
        #expect(release.categories[0].entries.map(\.number) == [9, 10])
        #expect(release.categories[1].entries.map(\.number) == [12])
        #expect(changelog.links == [ChangelogLink(label: "1.2.0", target: "https://github.com/gilmry/koprogo/compare/v1.1.0...v1.2.0",
                                                  line: 14, column: 2)])
    }

    @Test func fencedCodeHidesHeadingsUntilTheMatchingFence() {
        let changelog = Changelog(text: """
            ## [Unreleased]
            ### Added
            - Example:

              ````markdown
              ## [9.9.9] - 2025-01-01
              ```
              ### Removed
              ````
            ~~~
            ## [8.8.8] - 2025-01-01
            ~~~~
            ```not`a fence
            ## [1.0.0] - 2025-01-01
            """)
        #expect(changelog.sections.map(\.heading.version) == ["Unreleased", "1.0.0"])
        #expect(changelog.sections[0].categories.map(\.name) == ["Added"])
        // ``` with a backtick in its info string is inline code, not a fence: it is prose.
        #expect(changelog.sections[0].categories[0].strayLines.map(\.number) == [13])
    }

    @Test func htmlCommentsHideHeadingsAndDoNotOpenFences() {
        let changelog = Changelog(text: """
            <!-- one line -->
            # Changelog
            <!--
            ## [0.0.1] - 2020-01-01
            ```
            -->
            ## [Unreleased]
            <!-- - not an entry --> 
            ### Added
            - X
            """)
        #expect(changelog.title?.number == 2)
        #expect(changelog.sections.map(\.heading.version) == ["Unreleased"])
        #expect(changelog.sections[0].looseLines.isEmpty)
        #expect(changelog.sections[0].categories.first?.entries.map(\.number) == [10])
    }

    @Test func crlfAndByteOrderMarkAreNotContent() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# Changelog\r\n\r\n## [1.2.0] - 2025-11-10\r\n### Fixed\r\n- é\r\n".utf8)
        let changelog = Changelog(bytes: bytes)
        #expect(changelog.lines == ["# Changelog", "", "## [1.2.0] - 2025-11-10", "### Fixed", "- é"])
        #expect(changelog.title?.number == 1)
        #expect(changelog.sections.first?.heading.isCanonical == true)
        #expect(changelog.sections.first?.categories.first?.entries.map(\.text) == ["- é"])
        #expect(changelog.firstUndecodableLine == nil && !changelog.isBinary)
    }

    @Test func emptyInput() {
        for text in ["", "\n", "\r\n"] {
            let changelog = Changelog(text: text)
            #expect(changelog.title == nil && changelog.sections.isEmpty && changelog.links.isEmpty && changelog.preamble.isEmpty)
        }
    }

    @Test func closingHashesAreNotPartOfAHeading() {
        let changelog = Changelog(text: """
            # Changelog #
            ## [1.2.0] - 2025-11-10 ##
            ### Added ###
            - X
            ## [1.1.0] - 2025-10-01 [YANKED]#
            ### C#
            ##
            """)
        #expect(changelog.title != nil)
        #expect(changelog.sections.map(\.heading.text) == ["[1.2.0] - 2025-11-10", "[1.1.0] - 2025-10-01 [YANKED]#", ""])
        #expect(changelog.sections[0].heading.isCanonical)
        #expect(changelog.sections[0].categories.map(\.name) == ["Added"])
        #expect(changelog.sections[1].categories.map(\.name) == ["C#"])
        #expect(!changelog.sections[1].heading.isCanonical)
    }

    @Test func headingsNeedASpaceAndAtMostThreeSpacesOfIndent() {
        let changelog = Changelog(text: "##[1.0.0] - 2025-01-01\n    ## [2.0.0] - 2025-01-01\n   ## [3.0.0] - 2025-01-01\n")
        #expect(changelog.sections.map(\.heading.version) == ["3.0.0"])
        #expect(changelog.sections[0].heading.versionColumn == 8)
    }

    @Test func linkDefinitions() {
        let changelog = Changelog(text: """
            ## [Unreleased]
            - [not]: a definition, an item
            [Unreleased]: https://example.com/compare/v1.0.0...HEAD
               [1.0.0]:   <https://example.com/releases/tag/v1.0.0>  "title"
            [empty]:
            [a [b]]: https://example.com
            [ ]: https://example.com
            `[code]: x`
            """)
        #expect(changelog.links.map(\.label) == ["Unreleased", "1.0.0"])
        #expect(changelog.links.map(\.target) == ["https://example.com/compare/v1.0.0...HEAD", "https://example.com/releases/tag/v1.0.0"])
        #expect(changelog.links.map(\.column) == [2, 5])
        #expect(changelog.links[0].normalizedLabel == "unreleased")
        #expect(ChangelogLink.normalize("  Un  Released ") == "un released")
    }

    @Test func sectionBodyStopsBeforeTheNextHeadingAndSkipsLinkDefinitions() {
        let changelog = Changelog(text: "## [Unreleased]\n- X\n## [1.0.0] - 2025-01-01\n### Added\n- Y\n\n[1.0.0]: https://x\n")
        #expect(changelog.sections.map(\.body) == [["## [Unreleased]", "- X"], ["## [1.0.0] - 2025-01-01", "### Added", "- Y", ""]])
    }

    @Test func proseAfterABlankLineIsNotAnEntrysContinuation() {
        let changelog = Changelog(text: """
            ## [1.0.0] - 2025-01-01
            ### Added
            - X
            lazy continuation
              indented continuation

              indented paragraph of X
              - nested item of X
            - Y

            Loose prose.
            ---
            -
            """)
        let added = changelog.sections[0].categories[0]
        #expect(added.entries.map(\.text) == ["- X", "- Y"])
        #expect(added.strayLines.map(\.text) == ["Loose prose."])
        #expect(added.emptyItems.map(\.number) == [13])
    }

    @Test func listItemsNeedTheirContentColumn() {
        let changelog = Changelog(text: "## [1.0.0] - 2025-01-01\n### Added\n  - X\n  - Y\n     - nested\n-not an item\n")
        let added = changelog.sections[0].categories[0]
        #expect(added.entries.map(\.text) == ["  - X", "  - Y"])
        #expect(added.strayLines.map(\.text) == [])  // `-not an item` right under an item is its lazy continuation
        #expect(ChangelogMarkdown.listItem("-not" as Substring) == nil && ChangelogMarkdown.listItem("10) x" as Substring)?.contentOffset == 4)
        #expect(ChangelogMarkdown.listItem("-      code" as Substring)?.contentOffset == 2)
        #expect(ChangelogMarkdown.isThematicBreak("- - -" as Substring) && ChangelogMarkdown.isThematicBreak("***" as Substring)
                && !ChangelogMarkdown.isThematicBreak("--" as Substring))
    }

    @Test func textBeforeTheFirstCategoryAndDeepHeadings() {
        let changelog = Changelog(text: "## [1.0.0] - 2025-01-01\nSummary.\n#### Deep\n### Added\n#### Backend\n- X\n")
        #expect(changelog.sections[0].looseLines.map(\.number) == [2, 3])
        #expect(changelog.sections[0].categories[0].subheadings.map(\.number) == [5])
        #expect(changelog.sections[0].categories[0].entries.map(\.number) == [6])
    }

    @Test func headingsAreReadLeniently() {
        func heading(_ text: String) -> ChangelogHeading { ChangelogHeading(text, column: 4) }
        #expect(heading("[1.2.0] – 2025-11-10").date == "2025-11-10")
        #expect(heading("1.2.0 (2025-11-10)").dateColumn == 11 && !heading("1.2.0 (2025-11-10)").isBracketed)
        #expect(heading("[v1.2.0] - 2025-11-10").versionWithoutPrefix == "1.2.0")
        #expect(heading("[1.2.0](https://x) - 2025-11-10").hasInlineLink)
        #expect(heading("Unreleased").isUnreleased && !heading("Unreleased").isCanonical)
        #expect(!heading("Notes").looksLikeVersion && heading("V2.0.0").looksLikeVersion)
        #expect(heading("[1.0.0] - 2025-02-30").date == "2025-02-30")
        #expect(heading("[1.0.0] - 2025-01-01 [YANKED]").isYanked && heading("[1.0.0] - 2025-01-01 [YANKED]").isCanonical)
    }

    @Test func badBytesAndNULBytesAreRecorded() {
        let bad = Changelog(bytes: Array("# Changelog\n## [Unreleased]\n- caf".utf8) + [0xE9] + Array("\n".utf8))
        #expect(bad.firstUndecodableLine == 3 && !bad.isBinary)
        #expect(bad.lines[2] == "- caf\u{FFFD}")
        let utf16: [UInt8] = [0xFF, 0xFE] + "# Changelog\n".utf8.flatMap { [$0, 0] }
        #expect(Changelog(bytes: utf16).firstNULLine == 1)
        #expect(Changelog(bytes: Array("a\nb\n".utf8) + [0]).firstNULLine == 3)
    }
}
