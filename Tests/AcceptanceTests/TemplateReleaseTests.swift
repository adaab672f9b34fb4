import Foundation
import Testing

/// The CI templates' opt-in release step: on a release tag that passed the checks, the tag's
/// changelog section becomes the GitHub release (a job with `contents: write`, the only one) or
/// the GitLab release (its `release:` keyword), through `lockstep-ci.sh release-notes`.
@Suite struct TemplateReleaseTests {
    private func taggedRepository() throws -> TemporaryRepository {
        let repo = try TemporaryRepository.release(name: "koprogo", extraFiles: [ReleaseFiles.changelogPath: ReleaseNotesCommandTests.changelog])
        try repo.git("tag", "-a", "v1.3.0", "-m", "Release v1.3.0").expectSuccess()
        // The work tree moves on: the notes come from the tag, not from what is checked out.
        try repo.write(ReleaseFiles.changelogPath, "# Changelog\n")
        return repo
    }

    private func script(_ repo: TemporaryRepository, _ arguments: [String], _ variables: [String: String]) throws -> RunResult {
        let environment = repo.environment.merging(["LOCKSTEP": Products.lockstep]) { $1 }.merging(variables) { $1 }
        return try run("/bin/sh", [Templates.ciScript.path, "release-notes"] + arguments, in: repo.path, environment: environment)
    }

    @Test func gitHubStepOutputsTheTagAndItsNotes() throws {
        let repo = try taggedRepository()
        let expected = try repo.lockstep("release", "notes", "--rev", "v1.3.0", "1.3.0").stdout
        #expect(expected.contains("### Added\n- New feature X ([#123])"))
        let result = try script(repo, ["github"], ["GITHUB_ACTIONS": "true", "GITHUB_REF": "refs/tags/v1.3.0"])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.first == "tag=v1.3.0", "\(result)")
        let opening = try #require(lines.dropFirst().first)
        #expect(opening.hasPrefix("notes<<lockstep-notes-") && opening.count > 30, "\(result)")
        let delimiter = String(opening.dropFirst("notes<<".count))
        #expect(result.stdout == "tag=v1.3.0\n\(opening)\n\(expected.dropLast())\n\(delimiter)\n", "\(result)")
    }

    @Test func gitLabJobWritesTheNotes() throws {
        let repo = try taggedRepository()
        let result = try script(repo, [], ["GITLAB_CI": "true", "CI_COMMIT_TAG": "v1.3.0"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == (try repo.lockstep("release", "notes", "--rev", "v1.3.0", "v1.3.0").stdout), "\(result)")
        let branch = try script(repo, [], ["GITLAB_CI": "true", "CI_COMMIT_BRANCH": "main"])
        #expect(branch.status == 2, "\(branch)")
    }

    @Test func onlyTheReleaseJobMayWriteAndOnlyWhenAskedTo() throws {
        let workflow = try String(contentsOf: Templates.githubWorkflow, encoding: .utf8)
        let action = try String(contentsOf: Templates.githubAction, encoding: .utf8)
        let gitlab = try String(contentsOf: Templates.gitlab, encoding: .utf8)
        #expect(workflow.components(separatedBy: "contents: write").count == 2, "one job writes")
        let release = try #require(workflow.range(of: "  github-release:"))
        #expect(workflow[release.lowerBound...].contains("contents: write") && !workflow[..<release.lowerBound].contains("contents: write"))
        #expect(workflow.contains("needs: lockstep") && workflow.contains("release-notes: \"false\""))
        #expect(action.contains("inputs.release-notes == 'true' && startsWith(github.ref, 'refs/tags/')"))
        #expect(gitlab.contains("release:\n    tag_name: $CI_COMMIT_TAG") && gitlab.contains("description: ./.lockstep-release-notes.md"))
        #expect(gitlab.contains("if: $CI_COMMIT_TAG && $LOCKSTEP_GITLAB_RELEASE == \"true\""))
    }
}
