import Foundation
import Testing
@testable import LockstepCore

/// Release notes drawn from real-looking changelogs: sections, references, footers, 2.0.0 files.
struct ReleaseNotesTests {
    static let koprogo = """
        # Changelog

        All notable changes to this project will be documented in this file.
        The format is based on [Keep a Changelog][kac], and this project adheres to Semantic Versioning 2.0.0.

        ## [Unreleased]

        ### Added
        - Dark mode [#9]

        ## [1.2.0] - 2025-11-10

        This release adds feature X; see the [guide][].

        ### Added
        - New feature X ([#123])
        - New endpoint `/api/v1/feature-x` ([#124][pr124]),
          documented in the API guide:

          ```md
          ## [9.9.9] - not a section
          [#999]: https://example.invalid/999
          ```

        ### Changed
        - **Breaking:** Improved performance of Y by 30% (#125), see [Y] and `[#126]`

        ### Fixed
        - Bug in Z causing incorrect calculation ([fix][#126])

        ---

        ## [1.1.0] - 2025-10-01
        ### Fixed
        - Bug [Unreleased]

        ---
        This file is maintained by hand. [Unused footer link][kac]

        [kac]: https://keepachangelog.com/en/2.0.0/
        [Unreleased]: https://github.com/gilmry/koprogo/compare/v1.2.0...HEAD
        [1.2.0]: https://github.com/gilmry/koprogo/compare/v1.1.0...v1.2.0
        [1.1.0]: https://github.com/gilmry/koprogo/releases/tag/v1.1.0
        [#123]: https://github.com/gilmry/koprogo/pull/123
        [pr124]: https://github.com/gilmry/koprogo/pull/124
        [#126]: https://github.com/gilmry/koprogo/issues/126
        [y]: https://docs.koprogo.com/y
        [guide]: https://docs.koprogo.com/guide
        [#9]: https://github.com/gilmry/koprogo/issues/9
        [#123]: https://example.invalid/a-second-definition-is-unused
        """

    @Test func markdownIsTheBodyWithTheDefinitionsItUsesAndNoFooter() throws {
        let changelog = Changelog(text: Self.koprogo)
        let notes = try #require(ReleaseNotes(changelog, .version("1.2.0")))
        #expect(notes.markdown == """
            This release adds feature X; see the [guide][].

            ### Added
            - New feature X ([#123])
            - New endpoint `/api/v1/feature-x` ([#124][pr124]),
              documented in the API guide:

              ```md
              ## [9.9.9] - not a section
              [#999]: https://example.invalid/999
              ```

            ### Changed
            - **Breaking:** Improved performance of Y by 30% (#125), see [Y] and `[#126]`

            ### Fixed
            - Bug in Z causing incorrect calculation ([fix][#126])

            [#123]: https://github.com/gilmry/koprogo/pull/123
            [pr124]: https://github.com/gilmry/koprogo/pull/124
            [#126]: https://github.com/gilmry/koprogo/issues/126
            [y]: https://docs.koprogo.com/y
            [guide]: https://docs.koprogo.com/guide

            """)
        #expect(ReleaseNotes.markdown(changelog, version: "v1.2.0") == notes.markdown)
    }

    @Test func theLastSectionLeavesTheFileFooterOut() throws {
        let notes = try #require(ReleaseNotes(Changelog(text: Self.koprogo), .version("1.1.0")))
        #expect(notes.markdown == """
            ### Fixed
            - Bug [Unreleased]

            [Unreleased]: https://github.com/gilmry/koprogo/compare/v1.2.0...HEAD

            """)
    }

    @Test func headingsInsideCodeFencesAreNoSections() {
        let changelog = Changelog(text: Self.koprogo)
        #expect(changelog.sections.map(\.heading.version) == ["Unreleased", "1.2.0", "1.1.0"])
        #expect(ReleaseNotes(changelog, .version("9.9.9")) == nil)
    }

    @Test func selectionByVersionLatestAndUnreleased() throws {
        let changelog = Changelog(text: Self.koprogo)
        #expect(ReleaseNotes(changelog, .latest)?.version == "1.2.0")
        #expect(ReleaseNotes(changelog, .unreleased)?.markdown == "### Added\n- Dark mode [#9]\n\n[#9]: https://github.com/gilmry/koprogo/issues/9\n")
        #expect(ReleaseNotes(changelog, .version("unreleased"))?.version == "Unreleased")
        #expect(ReleaseNotes(changelog, .version("v1.1.0"))?.date == "2025-10-01")
        #expect(ReleaseNotes(Changelog(text: "# Changelog\n## [Unreleased]\n"), .latest) == nil)
    }

    @Test func dataHoldsSummaryCategoriesAndBreakingEntries() throws {
        let notes = try #require(ReleaseNotes(Changelog(text: Self.koprogo), .version("1.2.0")))
        #expect(notes.summary == "This release adds feature X; see the [guide][].")
        #expect(notes.categories.map(\.name) == ["Added", "Changed", "Fixed"])
        #expect(notes.categories.map(\.entries.count) == [2, 1, 1])
        let changed = notes.categories[1].entries[0]
        #expect(changed.isBreaking && changed.description == "Improved performance of Y by 30% (#125), see [Y] and `[#126]`")
        #expect(notes.categories[0].entries[1].text.hasSuffix("documented in the API guide:\n\n```md\n## [9.9.9] - not a section\n[#999]: https://example.invalid/999\n```"))
        #expect(!notes.categories[0].entries[0].isBreaking)
    }

    @Test func jsonShape() throws {
        let notes = try #require(ReleaseNotes(Changelog(text: Self.koprogo), .version("1.2.0")))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(notes.json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["version", "date", "yanked", "summary", "categories", "markdown"])
        #expect(object["version"] as? String == "1.2.0" && object["date"] as? String == "2025-11-10")
        #expect(object["yanked"] as? Bool == false && object["markdown"] as? String == notes.markdown)
        let categories = try #require(object["categories"] as? [[String: Any]])
        let changed = try #require(categories[1]["entries"] as? [[String: Any]])
        #expect(categories[1]["name"] as? String == "Changed")
        #expect(changed[0]["breaking"] as? Bool == true && changed[0]["line"] as? Int == 26)
        #expect((changed[0]["text"] as? String)?.hasPrefix("Improved performance") == true)
        let unreleased = try #require(ReleaseNotes(Changelog(text: Self.koprogo), .unreleased))
        let other = try #require(try JSONSerialization.jsonObject(with: Data(unreleased.json.utf8)) as? [String: Any])
        #expect(other["date"] is NSNull && other["summary"] is NSNull)
    }

    @Test func crlfAndAnEmptySection() throws {
        let changelog = Changelog(text: "# Changelog\r\n\r\n## [Unreleased]\r\n\r\n## [1.0.0] - 2025-01-02\r\n### Added\r\n- First [a]\r\n\r\n[a]: https://a\r\n")
        #expect(ReleaseNotes(changelog, .unreleased)?.markdown == "")
        #expect(ReleaseNotes(changelog, .latest)?.markdown == "### Added\n- First [a]\n\n[a]: https://a\n")
    }

    @Test(arguments: [
        ("The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.0.0/).", KeepAChangelogVersion.v1_0_0),
        ("The format is based on [Keep a Changelog](https://keepachangelog.com/fr/1.1.0/).", .v1_1_0),
        ("Format: Keep a Changelog v2.0.0.", .v2_0_0),
        ("Based on Keep a Changelog, and adheres to Semantic Versioning 2.0.0.", .v1_1_0),
        ("Nothing said.", .v1_1_0),
    ])
    func keepAChangelogVersionFromThePreamble(_ preamble: String, _ expected: KeepAChangelogVersion) {
        #expect(Changelog(text: "# Changelog\n\n\(preamble)\n\n## [Unreleased]\n").keepAChangelogVersion == expected)
    }

    @Test func keepAChangelogVersionThroughAReferenceLink() {
        #expect(Changelog(text: Self.koprogo).keepAChangelogVersion == .v2_0_0)
        let unused = "# Changelog\nBased on Keep a Changelog.\n## [Unreleased]\n[kac]: https://keepachangelog.com/en/2.0.0/\n"
        #expect(Changelog(text: unused).keepAChangelogVersion == .v1_1_0)
    }
}

extension ReleaseNotes: Equatable {
    public static func == (lhs: ReleaseNotes, rhs: ReleaseNotes) -> Bool { lhs.markdown == rhs.markdown && lhs.line == rhs.line }
}

/// Changelogs written to Keep a Changelog 1.0.0, as keepachangelog.com's own file was: lower-case
/// link labels, `[unreleased]`, compare links, yanked releases.
struct KeepAChangelog100NotesTests {
    static let text = """
        # Change Log
        All notable changes to this project will be documented in this file.

        The format is based on [Keep a Changelog](http://keepachangelog.com/en/1.0.0/)
        and this project adheres to [Semantic Versioning](http://semver.org/spec/v2.0.0.html).

        ## [Unreleased]
        ### Changed
        - Update and improvement of Polish translation from [@m-aciek].

        ## [1.0.0] - 2017-06-20
        ### Added
        - New visual identity by [@tylerfortune8].
        - Version navigation.
        ### Removed
        - Section about "changelog" vs "CHANGELOG".

        ## [0.3.0] - 2015-12-03 [YANKED]
        ### Added
        - RU translation from [@aishek](https://github.com/aishek).

        [unreleased]: https://github.com/olivierlacan/keep-a-changelog/compare/v1.0.0...HEAD
        [1.0.0]: https://github.com/olivierlacan/keep-a-changelog/compare/v0.3.0...v1.0.0
        [@m-aciek]: https://github.com/m-aciek
        [@tylerfortune8]: https://github.com/tylerfortune8
        """

    @Test func notesOfA100File() throws {
        let changelog = Changelog(text: Self.text)
        #expect(changelog.keepAChangelogVersion == .v1_0_0)
        let notes = try #require(ReleaseNotes(changelog, .latest))
        #expect(notes.version == "1.0.0" && notes.summary == nil)
        #expect(notes.markdown == """
            ### Added
            - New visual identity by [@tylerfortune8].
            - Version navigation.
            ### Removed
            - Section about "changelog" vs "CHANGELOG".

            [@tylerfortune8]: https://github.com/tylerfortune8

            """)
        let yanked = try #require(ReleaseNotes(changelog, .version("0.3.0")))
        #expect(yanked.isYanked && yanked.definitions.isEmpty)
        #expect(ReleaseNotes(changelog, .unreleased)?.definitions == ["[@m-aciek]: https://github.com/m-aciek"])
    }
}
