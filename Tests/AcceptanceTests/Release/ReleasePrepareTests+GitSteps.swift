import Foundation
import Testing

/// `--tag`: what the annotated tag says.
extension ReleasePrepareTests {
    /// A release section with headings, a fenced `#` comment, blank lines kept by the fence and
    /// references to link definitions at the foot of the file.
    static let richUnreleased = [
        "### Added", "- New feature X ([#123])", "- An import script:", "", "  ```sh", "  # once per building", "",
        "", "  import --all", "  ```", "", "### Fixed", "- Login works again ([details][issue-9])",
    ]
    static let richDefinitions = "[#123]: https://github.com/gilmry/koprogo/pull/123\n[issue-9]: https://github.com/gilmry/koprogo/issues/9\n"

    @Test func theTagMessageIsTheReleaseNotesHeadingsIncluded() throws {
        let repo = try TemporaryRepository.preparable(changelog: PrepareFiles.changelog(unreleased: Self.richUnreleased)
            + Self.richDefinitions)
        let result = try repo.lockstep(["release", "prepare", "minor", "--commit", "--tag", "--date", "2025-12-01"],
                                       environment: probe())
        #expect(result.status == 0, "\(result)")
        let notes = try repo.lockstep("release", "notes", "1.3.0")
        #expect(notes.status == 0, "\(notes)")
        #expect(notes.stdout.contains("### Added\n") && notes.stdout.contains("  # once per building\n\n\n  import --all"), "\(notes)")
        #expect(notes.stdout.hasSuffix("\n\n" + Self.richDefinitions), "\(notes)")
        #expect(try Self.tagMessage(repo, "v1.3.0") == "Release v1.3.0\n\n" + notes.stdout)
    }

    @Test func aSecondRunTagsAPreparedCommitWithTheSameMessage() throws {
        let repo = try TemporaryRepository.preparable(changelog: PrepareFiles.changelog(unreleased: Self.richUnreleased)
            + Self.richDefinitions)
        try repo.lockstep("release", "prepare", "minor", "--commit", "--date", "2025-12-01").expectSuccess()
        let tagged = try repo.lockstep("release", "prepare", "1.3.0", "--tag")
        #expect(tagged.status == 0 && tagged.stderr.contains("nothing to do") && tagged.stderr.contains("tagged v1.3.0"), "\(tagged)")
        let notes = try repo.lockstep("release", "notes", "v1.3.0")
        #expect(try Self.tagMessage(repo, "v1.3.0") == "Release v1.3.0\n\n" + notes.stdout)
    }

    /// The tag object as git stores it (`git cat-file tag`): past its headers, the message byte for byte.
    static func tagMessage(_ repo: TemporaryRepository, _ tag: String) throws -> String {
        let object = try repo.git("cat-file", "tag", tag)
        try object.expectSuccess()
        return try #require(object.stdout.range(of: "\n\n").map { String(object.stdout[$0.upperBound...]) }, "\(object)")
    }
}
