import Foundation
import Testing

/// `lockstep release notes` and `release announce` on real repositories, through the installed
/// binaries as a maintainer runs them.
@Suite struct ReleaseNotesCommandTests {
    static let changelog = """
        # Changelog

        The format is based on [Keep a Changelog][kac].

        ## [Unreleased]

        ## [1.3.0] - 2025-12-01

        ### Added
        - New feature X ([#123])
        - New endpoint `/api/v1/feature-x` ([#124][pr124]),
          documented:

          ```md
          ## [9.9.9] - not a section
          ```

        ### Changed
        - **Breaking:** Improved performance of Y by 30% (#125)
        - Renamed the settings page

        ### Fixed
        - Bug in Z causing incorrect calculation ([fix][#126])

        ### Security
        - Updated dependency A to patch CVE-2025-XXXX

        ## [1.2.0] - 2025-11-10
        ### Added
        - First release of the API (#1)

        ---
        Maintained by the KoproGo team.

        [kac]: https://keepachangelog.com/en/2.0.0/
        [Unreleased]: https://github.com/gilmry/koprogo/compare/v1.3.0...HEAD
        [1.3.0]: https://github.com/gilmry/koprogo/compare/v1.2.0...v1.3.0
        [1.2.0]: https://github.com/gilmry/koprogo/releases/tag/v1.2.0
        [#123]: https://github.com/gilmry/koprogo/pull/123
        [pr124]: https://github.com/gilmry/koprogo/pull/124
        [#126]: https://github.com/gilmry/koprogo/issues/126

        """

    private func repository(config: String? = nil) throws -> TemporaryRepository {
        let repo = try TemporaryRepository.release(name: "koprogo", extraFiles: [ReleaseFiles.changelogPath: Self.changelog])
        if let config {
            try repo.write(".lockstep.toml", config)
        }
        return repo
    }

    @Test func notesAreTheSectionWithItsLinksForAReleasePage() throws {
        let repo = try repository()
        let result = try repo.lockstep("release", "notes", "1.3.0")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            ### Added
            - New feature X ([#123])
            - New endpoint `/api/v1/feature-x` ([#124][pr124]),
              documented:

              ```md
              ## [9.9.9] - not a section
              ```

            ### Changed
            - **Breaking:** Improved performance of Y by 30% (#125)
            - Renamed the settings page

            ### Fixed
            - Bug in Z causing incorrect calculation ([fix][#126])

            ### Security
            - Updated dependency A to patch CVE-2025-XXXX

            [#123]: https://github.com/gilmry/koprogo/pull/123
            [pr124]: https://github.com/gilmry/koprogo/pull/124
            [#126]: https://github.com/gilmry/koprogo/issues/126

            """, "\(result)")
        #expect(try repo.lockstep("release", "notes", "v1.3.0").stdout == result.stdout)
        #expect(try repo.lockstep("release", "notes", "--latest").stdout == result.stdout)
        #expect(try repo.lockstep("release", "notes", "--rev", "HEAD", "1.3.0").stdout == result.stdout)
        let oldest = try repo.lockstep("release", "notes", "1.2.0")
        #expect(oldest.stdout == "### Added\n- First release of the API (#1)\n", "the footer stays out\n\(oldest)")
        #expect(try repo.lockstep("release", "notes", "--unreleased").stdout == "")
    }

    @Test func notesAsJSON() throws {
        let repo = try repository()
        let result = try repo.lockstep("release", "notes", "1.3.0", "--format", "json")
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(object["version"] as? String == "1.3.0" && object["date"] as? String == "2025-12-01")
        let categories = try #require(object["categories"] as? [[String: Any]])
        #expect(categories.compactMap { $0["name"] as? String } == ["Added", "Changed", "Fixed", "Security"])
        let changed = try #require(categories[1]["entries"] as? [[String: Any]])
        #expect(changed.compactMap { $0["breaking"] as? Bool } == [true, false])
        #expect(changed.first?["text"] as? String == "Improved performance of Y by 30% (#125)")
    }

    @Test func aMissingSectionOrChangelogIsSaid() throws {
        let repo = try repository()
        let missing = try repo.lockstep("release", "notes", "9.9.9")
        #expect(missing.status == 1 && missing.stdout.isEmpty, "\(missing)")
        #expect(missing.stderr.contains("CHANGELOG.md has no section for 9.9.9") && missing.stderr.contains("1.3.0, 1.2.0"), "\(missing)")
        try FileManager.default.removeItem(at: repo.path.appendingPathComponent("CHANGELOG.md"))
        let none = try repo.lockstep("release", "notes")
        #expect(none.status == 3, "\(none)")
        let both = try repo.lockstep("release", "notes", "1.3.0", "--unreleased")
        #expect(both.status == 2, "\(both)")
    }

    static let config = """
        [announce]
        project = "KoproGo"
        docs-url = "https://docs.koprogo.com/changelog/{tag}"

        """

    @Test func theBuiltInEmailFollowsTheReleaseProcess() throws {
        let repo = try repository(config: Self.config)
        let result = try repo.lockstep("release", "announce", "1.3.0", "--template", "email")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            Subject: KoproGo v1.3.0 Released - New feature X

            Bonjour,

            Nous sommes heureux d'annoncer la sortie de KoproGo v1.3.0 avec :

            ✨ New feature X (#123)
            ✨ New endpoint `/api/v1/feature-x` (#124)
            ⚡ Improved performance of Y by 30% (#125)
            🐛 Bug in Z causing incorrect calculation (fix)
            🔒 Updated dependency A to patch CVE-2025-XXXX

            Documentation : https://docs.koprogo.com/changelog/v1.3.0

            Cordialement,
            L'équipe KoproGo

            """, "\(result)")
    }

    @Test func theStatusPageUpdateLinksTheReleasePage() throws {
        let repo = try repository(config: Self.config)
        let result = try repo.lockstep("release", "announce", "v1.3.0", "--template", "status", "--posted", "2025-12-01 10:00 UTC")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            ✅ KoproGo v1.3.0 deployed successfully
            Posted: 2025-12-01 10:00 UTC

            All systems operational. New features available.
            See release notes: https://github.com/gilmry/koprogo/releases/tag/v1.3.0

            """, "\(result)")
        let now = try repo.lockstep("release", "announce", "1.3.0", "--template", "status")
        #expect(now.stdout.contains(/Posted: \d{4}-\d\d-\d\d \d\d:\d\d UTC\n/), "\(now)")
    }

    @Test func aUserTemplateFromAPath() throws {
        let repo = try repository()
        try repo.write("templates/slack.mustache", "{{project}} {{tag}} ({{date}}): {{#lines}}{{emoji}}{{#breaking}}!{{/breaking}} {{/lines}}<{{& releaseURL}}>\n")
        let result = try repo.lockstep("release", "announce", "1.3.0", "--template", "templates/slack.mustache")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "koprogo v1.3.0 (2025-12-01): ✨ ✨ ⚡! 🐛 🔒 <https://github.com/gilmry/koprogo/releases/tag/v1.3.0>\n", "\(result)")
    }

    @Test func aBrokenTemplateStopsWithItsLocation() throws {
        let repo = try repository()
        try repo.write("bad.mustache", "Hello {{project}}\n{{#lines}}\n{{emoji}} {{text}}\n{{/line}}\n")
        let result = try repo.lockstep("release", "announce", "1.3.0", "--template", "bad.mustache")
        #expect(result.status == 2 && result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains("error[config/template]: the template does not parse: a section closes with another name"), "\(result)")
        #expect(result.stderr.contains("--> bad.mustache:4:4"), "\(result)")
        let missing = try repo.lockstep("release", "announce", "1.3.0", "--template", "nope.mustache")
        #expect(missing.status == 2 && missing.stderr.contains("no template file nope.mustache"), "\(missing)")
        let unknown = try repo.lockstep("release", "announce", "4.0.0")
        #expect(unknown.status == 1, "\(unknown)")
    }
}
