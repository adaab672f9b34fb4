import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// Reads git settings through libgit2, which follows `[include]` and `[includeIf]`; the
/// environment's `-c` values (which libgit2 does not read) still override them.
struct LibgitSettingsReader: GitSettingsReader {
    func settings(for repository: RepositoryLocation?, environment: (String) -> String?) throws(CheckFailure) -> GitSettings? {
        var values = GitSettings()
        do {
            let repo = try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
            values = GitSettings(commentChar: try repo.configString("core.commentChar"),
                                 cleanup: try repo.configString("commit.cleanup"),
                                 commitEncoding: try repo.configString("i18n.commitEncoding"))
        } catch where error.kind == .notARepository {
            // Outside a repository only the environment applies.
        } catch {
            throw CheckFailure(.unreadable, Diagnostic("repo/unreadable", error.message, fix: error.fix))
        }
        let overrides = GitSettings(layers: [GitConfigEnvironment.entries(environment)])
        return GitSettings(commentChar: overrides.commentChar ?? values.commentChar,
                           cleanup: overrides.cleanup ?? values.cleanup,
                           commitEncoding: overrides.commitEncoding ?? values.commitEncoding)
    }
}
