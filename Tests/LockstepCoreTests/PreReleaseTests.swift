import Testing
@testable import LockstepCore

/// What the release rules' examples cannot show: the configuration they read, path patterns,
/// announcements and the checklist built from a release.
struct PreReleaseTests {
    func error(_ text: String) -> ConfigError? {
        do { _ = try Config.parse(text, file: ".lockstep.toml"); return nil } catch { return error }
    }

    @Test func announceAndChecklistConfiguration() throws {
        let config = try Config.parse("""
            [announce]
            project = "KoproGo"
            docs-url = "https://docs.koprogo.com/changelog/{tag}"
            [checklist]
            migration-guides = ["docs/upgrading.md"]
            co-change = [{ when = ["backend/src/handlers/"], then = ["docs/api/"], item = "API documentation updated if endpoints changed" },
                         { when = ["a"], then = ["b"] }]
            """, file: ".lockstep.toml")
        #expect(config.announce.project == "KoproGo" && config.announce.releaseURL == nil)
        #expect(config.checklist.migrationGuides == ["docs/upgrading.md"])
        #expect(config.checklist.coChanges == [CoChange(when: ["backend/src/handlers/"], then: ["docs/api/"], item: "API documentation updated if endpoints changed"),
                                               CoChange(when: ["a"], then: ["b"])])
        #expect(Config().checklist.coChanges.isEmpty, "none by default")
        #expect(error("[checklist]\nco-change = [{ when = [\"a\"] }]\n")?.message.contains("must be { when") == true)
        #expect(error("[checklist]\nco-change = [{ when = [], then = [\"b\"] }]\n")?.position?.line == 2)
        #expect(error("[checklist]\nco-change = [{ when = [\"a\"], then = [\"b\"], items = \"x\" }]\n") != nil)
    }

    @Test(arguments: [
        ("docs/api/", "docs/api/buildings.md", true), ("docs/api/", "docs/apis.md", false),
        ("backend/src/routes.rs", "backend/src/routes.rs", true), ("backend/src/routes.rs", "backend/src/routes.rsx", false),
        ("frontend/src/pages/**/*.svelte", "frontend/src/pages/A.svelte", true),
        ("frontend/src/pages/**/*.svelte", "frontend/src/pages/admin/users/B.svelte", true),
        ("frontend/src/pages/*.svelte", "frontend/src/pages/admin/B.svelte", false),
        ("frontend/src/pages/*.svelte", "frontend/src/pages/Bâtiment.svelte", true),
    ])
    func pathPatterns(_ pattern: String, _ path: String, _ matches: Bool) {
        #expect(PathPattern(pattern).matches(path) == matches)
    }

    @Test func referencesAndWordsForMatchingCommits() {
        #expect(ChangelogCoversCommits.references(in: "fix: a (#12), see gitlab!7 and !8, issue#9") == ["#12", "!8"])
        #expect(ChangelogCoversCommits.words("Fix the **Total** in `Z` (#126)") == ["fix", "the", "total", "in", "z"])
        #expect(ChangelogCoversCommits.isWaived(CommitMessage(exampleText: "perf: x\n\nchangelog: SKIP", config: Config())))
        #expect(!ChangelogCoversCommits.isWaived(CommitMessage(exampleText: "perf: x\n\nChangelog: skip it", config: Config())))
    }

    static let changelog = Changelog(text: """
        # Changelog
        ## [1.3.0] - 2025-12-01
        ### Added
        - New feature X ([#123])
        ### Changed
        - Cut login latency in half (#128)
        - Renamed the settings page
        - **Breaking:** removed the v1 routes
        ### Removed
        - **Breaking:** the `/v0` API
        - The old export
        ### Security
        - Patched CVE-2025-1234 in [openssl](https://openssl.org)

        [#123]: https://gitlab.com/gilmry/koprogo/-/merge_requests/123
        [1.3.0]: https://gitlab.com/gilmry/koprogo/-/compare/v1.2.0...v1.3.0
        """)

    @Test func announcementLinesSubjectAndURLs() throws {
        let notes = try #require(ReleaseNotes(Self.changelog, .version("1.3.0")))
        var config = Config()
        config.announce.docsURL = "https://docs.example/{version}/{tag}"
        let announcement = Announcement(notes, changelog: Self.changelog, config: config, project: "koprogo", posted: "now")
        #expect(announcement.lines.map { "\($0.emoji) \($0.text)" } == [
            "✨ New feature X (#123)", "⚡ Cut login latency in half (#128)", "⚠️ removed the v1 routes", "⚠️ the `/v0` API",
            "🔒 Patched CVE-2025-1234 in openssl",
        ])
        #expect(announcement.subject == "koprogo v1.3.0 Released - New feature X")
        #expect(announcement.docsURL == "https://docs.example/1.3.0/v1.3.0")
        #expect(announcement.releaseURL == "https://gitlab.com/gilmry/koprogo/-/releases/v1.3.0")
        #expect(announcement.hasFeatures && !announcement.hasFixes && announcement.hasBreakingChanges)
    }

    @Test func checklistFromARelease() throws {
        let input = PreReleaseInput(exampleText: """
            -- version --
            1.3.0
            -- tags --
            v1.2.0
            -- commits --
            feat: new feature X (#123)
            feat!: drop the v0 API
            -- changed --
            backend/src/handlers/a.rs
            docs/api/a.md
            -- CHANGELOG.md --
            ## [1.3.0] - 2025-12-01
            ### Added
            - New feature X (#123)
            ### Removed
            - **Breaking:** the `/v0` API
            """, config: Config())
        var config = Config()
        config.checklist.coChanges = [CoChange(when: ["backend/src/handlers/"], then: ["docs/api/"], item: PreReleaseChecklist.apiItem),
                                      CoChange(when: ["frontend/"], then: ["docs/guides/"], item: "Screenshots refreshed")]
        let diagnostics = PreReleaseCheck.run(input, config: config)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let checklist = PreReleaseChecklist(input, diagnostics: diagnostics, config: config, commit: "abc1234")
        let documentation = try #require(checklist.groups.first { $0.title == "Documentation" })
        #expect(documentation.items.map(\.state) == [.proven, .proven, .open, .proven, .proven])
        #expect(documentation.items.last?.text == "Screenshots refreshed")
        #expect(documentation.items[3].evidence == ["1 breaking commit since v1.2.0, announced by 1 `**Breaking:**` entry"])
        #expect(checklist.groups.flatMap(\.items).count == 21 && checklist.isPassing)
        let markdown = checklist.markdown(tagPrefix: "v")
        #expect(markdown.hasPrefix("## Pre-release checklist: v1.3.0\n"))
        #expect(markdown.contains("- [x] API documentation updated if endpoints changed\n  - 1 path changed since v1.2.0, and docs/api/a.md with them\n"))
    }
}
