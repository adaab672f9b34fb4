import Testing
@testable import LockstepCore

/// The changelog rules together, on whole files: what single examples cannot show.
struct ChangelogRuleTests {
    static let rules = releaseRules.filter { type(of: $0).info.id.hasPrefix("changelog/") }

    func findings(_ text: String, config: String = "") throws -> [Diagnostic] {
        findings(Array(text.utf8), config: try Config.parse(config, file: ".lockstep.toml"))
    }

    func findings(_ bytes: [UInt8], config: Config = Config(), entry: TreeEntry? = nil) -> [Diagnostic] {
        let tree = TreeSnapshot(entries: [config.changelog.path: entry ?? .file(bytes)])
        let input = ReleaseInput(tree: tree, baseline: nil, tags: [], config: config)
        return Self.rules.flatMap { $0.check(input, config: config) }
    }

    /// What the hook reports: the findings of `after` that `before` (HEAD) does not have already.
    func introduced(_ before: String, _ after: String) -> [Diagnostic] {
        let config = Config()
        let tree = { (text: String) in TreeSnapshot(entries: [config.changelog.path: .file(Array(text.utf8))]) }
        let input = ReleaseInput(tree: tree(after), baseline: tree(before), tags: [], config: config)
        return ReleaseCheck.introduced(input, config: config, scope: .changelog)
    }

    /// RELEASE_PROCESS.md step 3's format, over several releases.
    static let realistic = """
        # Changelog

        All notable changes to KoproGo are documented in this file.

        The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
        and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

        <!-- Add new entries under [Unreleased]; `lockstep release prepare` dates them. -->

        ## [Unreleased]

        ### Added
        - Export des charges en PDF (#131)

        ## [1.2.0] - 2025-11-10

        ### Added
        - New feature X (#123)
        - New endpoint `/api/v1/feature-x` (#124)

        ### Changed
        - Improved performance of Y by 30% (#125)

        ### Fixed
        - Bug in Z causing incorrect calculation (#126)

        ### Security
        - Updated dependency A to patch CVE-2025-XXXX

        ## [1.1.1] - 2025-10-20

        ### Fixed
        - Login failed for e-mail addresses with a `+` (#118)

        ## [1.1.0] - 2025-10-06

        ### Added
        - Building creation wizard (#101)
        - Units can be imported from CSV, with columns:
          ```
          name;floor;share
          ```
        - Unités importées : « étage » accepte 0 (#105)

        ### Deprecated
        - `/api/v1/buildings/list`, replaced by `/api/v1/buildings` (#107)

        ## [1.0.0] - 2025-09-01 [YANKED]

        ### Added
        - First public release

        ### Removed
        - The beta sign-up page (#90)

        [unreleased]: https://github.com/gilmry/koprogo/compare/v1.2.0...HEAD
        [1.2.0]: https://github.com/gilmry/koprogo/compare/v1.1.1...v1.2.0
        [1.1.1]: https://github.com/gilmry/koprogo/compare/v1.1.0...v1.1.1
        [1.1.0]: https://github.com/gilmry/koprogo/compare/v1.0.0...v1.1.0
        [1.0.0]: https://github.com/gilmry/koprogo/releases/tag/v1.0.0
        """

    @Test func realisticChangelogPassesEveryRule() throws {
        #expect(Self.realistic.split(separator: "\n", omittingEmptySubsequences: false).count >= 60)
        #expect(try findings(Self.realistic).isEmpty)
        #expect(try findings(Self.realistic.replacing("\n", with: "\r\n")).isEmpty)
        #expect(findings([0xEF, 0xBB, 0xBF] + Array(Self.realistic.utf8)).isEmpty)
    }

    @Test func everyRuleIsRegisteredOnceInBothLists() {
        let ids = ["category", "conflict-marker", "date", "date-order", "duplicate-category", "duplicate-version", "empty-category", "empty-release",
                   "entry-format", "heading-format", "link-references", "link-target", "no-removed-release", "order", "readable", "title", "unreleased",
                   "version-semver"].map { "changelog/" + $0 }
        #expect(allRules.map(\.info.id).filter { $0.hasPrefix("changelog/") } == ids)
        #expect(Set(Self.rules.map { type(of: $0).info.id }) == Set(ids) && Self.rules.count == ids.count)
        #expect(allRules.filter { $0.info.id.hasPrefix("changelog/") }.allSatisfy { $0.info.severity == ($0.info.id == "changelog/title" ? .warning : .error) })
    }

    @Test func diagnosticsNameTheConfiguredFileLineColumnAndExcerpt() throws {
        let found = try findings("# Changelog\n## [Unreleased]\n## [1.2.0] - 2025-02-30\n### Added\n- X\n",
                                 config: "[changelog]\npath = \"docs/CHANGES.md\"")
        #expect(found.count == 1)
        #expect(found.first?.rule == "changelog/date" && found.first?.file == "docs/CHANGES.md")
        #expect(found.first?.line == 3 && found.first?.column == 14 && found.first?.width == 10)
        #expect(found.first?.excerpt == "## [1.2.0] - 2025-02-30" && found.first?.fix?.contains("28 days") == true)
    }

    @Test func aMissingChangelogIsNotJudgedHere() {
        let input = ReleaseInput(tree: TreeSnapshot(), baseline: nil, tags: [], config: Config())
        #expect(Self.rules.flatMap { $0.check(input, config: Config()) }.isEmpty)
    }

    @Test func unreadableEntriesAndBinaryFilesAreReportedOnce() {
        let link = findings([], entry: .symlink(target: "../outside.md"))
        #expect(link.map(\.rule) == ["changelog/readable"] && link.first?.file == "CHANGELOG.md")
        #expect(findings([], entry: .tooLarge(size: 50 << 20)).map(\.rule) == ["changelog/readable"])
        let utf16: [UInt8] = [0xFF, 0xFE] + "# Changelog\n## 1.0\n".utf8.flatMap { [$0, 0] }
        let binary = findings(utf16)
        #expect(binary.map(\.rule) == ["changelog/readable"] && binary.first?.message.contains("NUL") == true)
        let latin1 = findings(Array("# Changelog\n## [Unreleased]\n### Fixed\n- Caf".utf8) + [0xE9] + Array(" cr\u{E8}me\n".utf8))
        #expect(latin1.map(\.rule) == ["changelog/readable"])
        #expect(latin1.first?.line == 4 && latin1.first?.column == 6 && latin1.first?.message == "CHANGELOG.md is not valid UTF-8")
    }

    /// A changelog as teams write it before adopting the rules: python-kacl counts dozens of errors in such files.
    static let adopted = """
        # Changelog

        ## [Unreleased]

        ## [2.0.0] - 2025-11-10
        Une version majeure : lire le guide de migration.

        ### Added (backend)
        - API v2

        ### Added (frontend)
        - Nouveau tableau de bord

        ### Performance
        - Requêtes 30 % plus rapides

        ## Migration guide
        Run `sqlx migrate run`, then:

        1. restart the API
        2. clear the caches

        ## Notes
        Anything goes here.
        """

    @Test func leniencyKeysAdmitAnExistingChangelog() throws {
        let strict = try findings(Self.adopted)
        #expect(Set(strict.map(\.rule)) == ["changelog/heading-format", "changelog/category", "changelog/entry-format"])
        #expect(strict.filter { $0.rule == "changelog/heading-format" }.map(\.line) == [17, 23])
        #expect(strict.filter { $0.rule == "changelog/heading-format" }.first?.fix?.contains("extra-sections = [\"Migration guide\"]") == true)
        #expect(strict.filter { $0.rule == "changelog/category" }.map(\.line) == [8, 11, 14])
        let lenient = """
            [changelog]
            extra-sections = ["Migration guide", "notes"]
            category-suffixes = true
            extra-categories = ["Performance"]
            section-summaries = true
            """
        #expect(try findings(Self.adopted, config: lenient).isEmpty)
        // Each key admits only its own deviation.
        #expect(try findings(Self.adopted, config: "[changelog]\ncategory-suffixes = true").filter { $0.rule == "changelog/category" }.map(\.line) == [14])
        #expect(try findings(Self.adopted, config: "[changelog]\nsection-summaries = true").filter { $0.rule == "changelog/entry-format" }.isEmpty)
    }

    @Test func leniencyKeysParseWithDefaults() throws {
        let defaults = Config().changelog
        #expect(defaults.extraSections.isEmpty && defaults.extraCategories.isEmpty && !defaults.categorySuffixes && !defaults.sectionSummaries)
        let config = try Config.parse("[changelog]\nextra-sections = [\"Notes\"]\nextra-categories = [\"Docs\"]\ncategory-suffixes = true\nsection-summaries = true\n",
                                      file: ".lockstep.toml").changelog
        #expect(config.extraSections == ["Notes"] && config.extraCategories == ["Docs"] && config.categorySuffixes && config.sectionSummaries)
        #expect(throws: ConfigError.self) { try Config.parse("[changelog]\ncategory-suffixes = \"yes\"\n", file: ".lockstep.toml") }
        #expect(throws: ConfigError.self) { try Config.parse("[changelog]\nextra-sections = \"Notes\"\n", file: ".lockstep.toml") }
        for key in ["extra-sections", "extra-categories", "category-suffixes", "section-summaries"] {
            #expect(ConfigSchema.reference.contains { $0.path == "changelog." + key })
            #expect(allRules.contains { $0.info.configKeys.contains("changelog." + key) }, "no rule reads changelog.\(key)")
        }
    }

    /// The hook drops findings HEAD already had: a new release on top leaves old findings alone,
    /// a new mistake is new even when the same line is wrong in an older section, and on release
    /// day the Unreleased categories that move into the new release are not new.
    @Test func onlyWhatTheCommitIntroducesIsReported() throws {
        let head = """
            Changelog
            ## [Unreleased]
            ### Fixes
            - W
            ## [1.1.0] - 2025-10-01
            ### Bug fixes
            - X
            ### Added
            ## [1.0.0] (2025-09-01)
            - Y
            """
        let withRelease = head.replacing("## [1.1.0]", with: "## [1.2.0] - 2025-11-10\n### Fixed\n- Z\n\n## [1.1.0]")
        #expect(introduced(head, withRelease).isEmpty, "\(introduced(head, withRelease).map(\.message))")
        let withBadRelease = head.replacing("## [1.1.0]", with: "## [1.2.0] - 2025-11-10\n### Bug fixes\n- Z\n### Added\n## [1.1.0]")
        #expect(introduced(head, withBadRelease).map(\.rule) == ["changelog/category", "changelog/empty-category"],
                "\(introduced(head, withBadRelease).map(\.message))")
        let releaseDay = head.replacing("## [Unreleased]\n", with: "## [Unreleased]\n\n## [1.2.0] - 2025-11-10\n")
        #expect(introduced(head, releaseDay).isEmpty, "\(introduced(head, releaseDay).map(\.message))")
    }

    /// Shapes from public changelogs that were once misjudged.
    @Test func realWorldShapesGetTheRightMessage() throws {
        let head = "# Changelog\n\n## [Unreleased]\n\n"
        let yanked = try findings(head + "## [2.2.1] [YANKED]\n### Fixed\n- X\n")
        #expect(yanked.map(\.message) == ["the release has no date"], "\(yanked.map(\.message))")
        let setext = try findings("Changelog\n=========\n\n## [Unreleased]\n")
        #expect(setext.isEmpty, "\(setext.map(\.message))")
        let twoLines = try findings("Changelog for\nKoproGo\n===\n\n## [Unreleased]\n")
        #expect(twoLines.isEmpty, "\(twoLines.map(\.message))")
        for notATitle in ["#### Changelog\n===\n", "- Changelog\n===\n", "Changelog\n= =\n"] {
            #expect(try findings(notATitle + "\n## [Unreleased]\n").map(\.rule).contains("changelog/title"), "\(notATitle)")
        }
        // A paragraph of prose is one finding; the release and the category are not called empty.
        let prose = try findings(head + "## [1.30.0] - 2025-01-02\nFirst packaged release.\nUnsigned installers.\n\n## [1.29.0] - 2025-01-01\n"
                                 + "### Changed\n#### Theme file format\nNow TOML.\n")
        #expect(prose.map(\.rule) == ["changelog/entry-format", "changelog/entry-format", "changelog/entry-format"],
                "\(prose.map(\.message))")
    }

    /// The benchmark's shape: 300 releases, 2,400 lines, links at the end.
    @Test func aLargeChangelogPassesAndItsDuplicatesAreFound() throws {
        let releases = 300
        var text = "# Changelog\n\n## [Unreleased]\n\n"
        var links = "[unreleased]: https://github.com/gilmry/koprogo/compare/v1.\(releases).0...HEAD\n"
        for index in 0..<releases {
            let minor = releases - index
            let month = 1 + minor % 12
            let date = "\(2000 + minor / 12)-\(month < 10 ? "0" : "")\(month)-1\(index % 10)"
            text += "## [1.\(minor).0] - \(date)\n\n### Added\n- Feature \(minor) (#\(minor))\n- Détail « \(minor) » ✨\n\n### Fixed\n- Bug \(minor)\n"
            links += "[1.\(minor).0]: https://github.com/gilmry/koprogo/compare/v1.\(minor - 1).0...v1.\(minor).0\n"
        }
        text += "\n" + links
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count > 2_400)
        let found = try findings(text)
        #expect(found.isEmpty, "\(found.prefix(3).map(\.message))")
        let doubled = try findings(text + text.replacing("## [Unreleased]", with: ""))
        #expect(doubled.filter { $0.rule == "changelog/duplicate-version" }.count == releases, "\(doubled.prefix(3).map(\.message))")
    }
}
