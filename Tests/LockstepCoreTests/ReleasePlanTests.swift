import Testing
@testable import LockstepCore

/// The pure half of `release prepare`: link forms, the changelog step, version edits and the diff.
@Suite struct ReleasePlanTests {
    private func request(_ version: String, previous: String? = "v1.2.0", remote: ReleaseLinkForm? = nil,
                         mode: ChangelogRelease.Mode = .move, allowsEmpty: Bool = false) -> ChangelogRelease.Request {
        ChangelogRelease.Request(version: version, date: "2025-12-01", previousTag: previous, remoteForm: remote, mode: mode,
                                 allowsEmpty: allowsEmpty, commandLine: "lockstep release prepare \(version)")
    }

    private func released(_ text: String, _ request: ChangelogRelease.Request) -> String {
        let bytes = Array(text.utf8)
        let release = ChangelogRelease(bytes: bytes, request: request, config: Config())
        #expect(release.problems.isEmpty, "\(release.problems)")
        return String(decoding: ByteEdit.apply(release.edits, to: bytes), as: UTF8.self)
    }

    @Test func everyForgeFormIsReadAndWrittenTheSameWay() throws {
        let urls = ["https://github.com/o/r/compare/v1.2.0...v1.3.0", "https://gitlab.com/g/p/-/compare/v1.2.0...v1.3.0",
                    "https://gitea.com/o/r/compare/v1.2.0...v1.3.0", "https://bitbucket.org/o/r/branches/compare/v1.3.0%0Dv1.2.0"]
        for url in urls {
            let (form, target) = try #require(ReleaseLinkForm.parse(url))
            #expect(target == .compare(from: "v1.2.0", to: "v1.3.0"), "\(url)")
            #expect(form.url(target) == url)
        }
        #expect(ReleaseLinkForm.parse("https://gitlab.com/g/p/-/tags/v1.0.0")?.target == .tag("v1.0.0"))
        #expect(ReleaseLinkForm.parse("https://docs.koprogo.com/changelog") == nil)
        let remotes = ["git@github.com:gilmry/koprogo.git": "https://github.com/gilmry/koprogo",
                       "ssh://git@gitlab.example.org:2222/team/app.git": "https://gitlab.example.org/team/app",
                       "https://ann@bitbucket.org/o/r.git": "https://bitbucket.org/o/r",
                       "https://codeberg.org/o/r/": "https://codeberg.org/o/r"]
        for (remote, base) in remotes { #expect(ReleaseLinkForm.forRemote(remote)?.base == base, "\(remote)") }
        #expect(ReleaseLinkForm.forRemote("ssh://git@gitlab.example.org:2222/team/app.git")?.forge == .gitlab)
        #expect(ReleaseLinkForm.forRemote("/srv/git/app.git") == nil && ReleaseLinkForm.forRemote("file:///srv/app") == nil)
    }

    @Test func aGitLabChangelogInCRLFKeepsItsFormAndLineEndings() {
        let text = "# Changelog\r\n\r\n## [Unreleased]\r\n### Fixed\r\n- Z (#4)\r\n\r\n## [1.2.0] - 2025-11-10\r\n### Added\r\n- Y\r\n\r\n[unreleased]: https://gitlab.com/g/p/-/compare/v1.2.0...HEAD\r\n[1.2.0]: https://gitlab.com/g/p/-/tags/v1.2.0\r\n"
        #expect(released(text, request("1.2.1")) == "# Changelog\r\n\r\n## [Unreleased]\r\n\r\n## [1.2.1] - 2025-12-01\r\n### Fixed\r\n- Z (#4)\r\n\r\n## [1.2.0] - 2025-11-10\r\n### Added\r\n- Y\r\n\r\n[unreleased]: https://gitlab.com/g/p/-/compare/v1.2.1...HEAD\r\n[1.2.1]: https://gitlab.com/g/p/-/compare/v1.2.0...v1.2.1\r\n[1.2.0]: https://gitlab.com/g/p/-/tags/v1.2.0\r\n")
    }

    @Test func aChangelogWithoutLinksGetsThemAllFromTheRemote() {
        let text = "# Changelog\n\n## [Unreleased]\n### Added\n- X\n\n## [1.2.0] - 2025-11-10\n### Added\n- Y\n\n## [1.1.0] - 2025-10-01\n### Added\n- Z"
        let remote = ReleaseLinkForm.forRemote("git@github.com:o/r.git")
        #expect(released(text, request("1.3.0", remote: remote)) == """
            # Changelog

            ## [Unreleased]

            ## [1.3.0] - 2025-12-01
            ### Added
            - X

            ## [1.2.0] - 2025-11-10
            ### Added
            - Y

            ## [1.1.0] - 2025-10-01
            ### Added
            - Z

            [Unreleased]: https://github.com/o/r/compare/v1.3.0...HEAD
            [1.3.0]: https://github.com/o/r/compare/v1.2.0...v1.3.0
            [1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0
            [1.1.0]: https://github.com/o/r/releases/tag/v1.1.0

            """)
        // No remote that names a forge: no links, as before.
        #expect(released(text, request("1.3.0")).hasSuffix("### Added\n- Z"))
    }

    @Test func aPreReleaseCopiesUnreleasedAndTheFinalReleaseMovesIt() {
        let start = "## [Unreleased]\n### Added\n- X\n\n## [1.2.0] - 2025-11-10\n### Added\n- Y\n\n[Unreleased]: https://github.com/o/r/compare/v1.2.0...HEAD\n[1.2.0]: https://github.com/o/r/releases/tag/v1.2.0\n"
        let candidate = released(start, request("1.3.0-rc.1", mode: .copy))
        #expect(candidate == "## [Unreleased]\n### Added\n- X\n\n## [1.3.0-rc.1] - 2025-12-01\n### Added\n- X\n\n## [1.2.0] - 2025-11-10\n### Added\n- Y\n\n[Unreleased]: https://github.com/o/r/compare/v1.3.0-rc.1...HEAD\n[1.3.0-rc.1]: https://github.com/o/r/compare/v1.2.0...v1.3.0-rc.1\n[1.2.0]: https://github.com/o/r/releases/tag/v1.2.0\n")
        let final = released(candidate, request("1.3.0"))
        #expect(final.hasPrefix("## [Unreleased]\n\n## [1.3.0] - 2025-12-01\n### Added\n- X\n\n## [1.3.0-rc.1] - 2025-12-01\n"))
        #expect(final.hasSuffix("[Unreleased]: https://github.com/o/r/compare/v1.3.0...HEAD\n[1.3.0]: https://github.com/o/r/compare/v1.2.0...v1.3.0\n[1.3.0-rc.1]: https://github.com/o/r/compare/v1.2.0...v1.3.0-rc.1\n[1.2.0]: https://github.com/o/r/releases/tag/v1.2.0\n"))
        // Both pass every changelog rule, link-target included.
        for text in [candidate, final] {
            let input = ReleaseInput(tree: TreeSnapshot(entries: ["CHANGELOG.md": .file(Array(text.utf8))]), baseline: nil, tags: [], config: Config())
            #expect(ReleaseCheck.run(input, config: Config(), scope: .changelog).filter { $0.severity == .error }.isEmpty)
        }
    }

    /// A file with a blank line under each heading (Keep a Changelog's own style) gets one under the
    /// new heading too, whether the section is a copy or `--allow-empty`'s.
    @Test func theNewSectionFollowsTheFilesSpacing() {
        let start = "## [Unreleased]\n\n### Added\n\n- X\n\n## [1.2.0] - 2025-11-10\n\n### Added\n\n- Y\n"
        #expect(released(start, request("1.3.0-rc.1", mode: .copy))
                == "## [Unreleased]\n\n### Added\n\n- X\n\n## [1.3.0-rc.1] - 2025-12-01\n\n### Added\n\n- X\n\n## [1.2.0] - 2025-11-10\n\n### Added\n\n- Y\n")
        let empty = "## [Unreleased]\n\n## [1.2.0] - 2025-11-10\n\n### Added\n\n- Y\n"
        #expect(released(empty, request("1.2.1", allowsEmpty: true))
                == "## [Unreleased]\n\n## [1.2.1] - 2025-12-01\n\n### Changed\n\n- No notable changes.\n\n## [1.2.0] - 2025-11-10\n\n### Added\n\n- Y\n")
    }

    /// `[Unreleased]` compared with a branch (GitLab's habit, `...main`) keeps its branch.
    @Test func anUnreleasedLinkToABranchKeepsTheBranch() {
        let text = "## [Unreleased]\n### Fixed\n- Z\n\n## [1.2.0] - 2025-11-10\n### Added\n- Y\n\n[unreleased]: https://gitlab.com/g/p/-/compare/v1.2.0...main\n[1.2.0]: https://gitlab.com/g/p/-/tags/v1.2.0\n"
        let released = released(text, request("1.2.1"))
        #expect(released.hasSuffix("[unreleased]: https://gitlab.com/g/p/-/compare/v1.2.1...main\n[1.2.1]: https://gitlab.com/g/p/-/compare/v1.2.0...v1.2.1\n[1.2.0]: https://gitlab.com/g/p/-/tags/v1.2.0\n"), "\(released)")
        let input = ReleaseInput(tree: TreeSnapshot(entries: ["CHANGELOG.md": .file(Array(released.utf8))]), baseline: nil, tags: [], config: Config())
        #expect(ReleaseCheck.run(input, config: Config(), scope: .changelog).filter { $0.severity == .error }.isEmpty)
    }

    @Test func anEmptyUnreleasedIsRefusedUnlessAllowed() {
        let text = "## [Unreleased]\n\n## [1.2.0] - 2025-11-10\n### Added\n- Y\n"
        let refused = ChangelogRelease(bytes: Array(text.utf8), request: request("1.2.1"), config: Config())
        #expect(refused.edits.isEmpty && refused.problems.first?.fix?.contains("`lockstep release prepare 1.2.1 --allow-empty`") == true)
        #expect(released(text, request("1.2.1", allowsEmpty: true)) == "## [Unreleased]\n\n## [1.2.1] - 2025-12-01\n### Changed\n- No notable changes.\n\n## [1.2.0] - 2025-11-10\n### Added\n- Y\n")
    }

    @Test func versionEditsRefuseAValueTheyCannotReplaceAlone() {
        let tree = TreeSnapshot(entries: ["backend/Cargo.toml": .file(Array("[package]\nname = \"api\"\nversion = \"\"\"1.2.0\"\"\"\n".utf8)),
                                          "frontend/package.json": .file(Array("{\"version\": \"1.2\\u002E0\"}".utf8))])
        let edits = VersionEdits(tree: tree, config: Config(), version: "1.3.0")
        #expect(edits.edits.isEmpty)
        #expect(edits.problems.map(\.file) == ["backend/Cargo.toml", "frontend/package.json"], "\(edits.problems)")
    }

    @Test func theDiffIsUnifiedWithContext() {
        let old = Array("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n".utf8)
        let new = Array("a\nB\nc\nd\ne\nf\ng\nh\ni\nJ".utf8)
        #expect(UnifiedDiff.render(path: "x", old: old, new: new) == "--- a/x\n+++ b/x\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -7,4 +7,4 @@\n g\n h\n i\n-j\n+J\n\\ No newline at end of file\n")
        #expect(UnifiedDiff.render(path: "x", old: old, new: old) == "")
    }
}
