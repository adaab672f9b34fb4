import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// Reads git settings through libgit2, which follows `[include]` and `[includeIf]`;
/// `Repository.configString` puts the environment's `git -c` values above every file.
struct LibgitSettingsReader: GitSettingsReader {
    func settings(for repository: RepositoryLocation?, environment: (String) -> String?) throws(CheckFailure) -> GitSettings? {
        do throws(GitError) {
            let repo = try Repository(discoveringFrom: nil, environment: ProcessContext.environment)
            return GitSettings(commentChar: try repo.configString("core.commentChar"),
                               cleanup: try repo.configString("commit.cleanup"),
                               commitEncoding: try repo.configString("i18n.commitEncoding"),
                               hooksPath: try repo.configString("core.hooksPath"),
                               commitVerbose: try repo.configString("commit.verbose"))
        } catch where error.kind == .notARepository {
            // Outside a repository only the environment applies.
            return GitSettings(layers: [GitConfigEnvironment.entries(environment)])
        } catch {
            throw CheckFailure(.unreadable, Diagnostic("repo/unreadable", error.message, fix: error.fix))
        }
    }
}
