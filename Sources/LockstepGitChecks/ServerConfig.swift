import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// The configuration of a repository without a work tree (a server's bare repository): the
/// administrator's `$GIT_DIR/lockstep.toml` when there is one, else the `.lockstep.toml` committed
/// on the default branch (HEAD) before the push; never the pushed commits' own, which the pusher
/// could change to let themselves through.
enum ServerConfig {
    static func load(_ repository: Repository) throws(CheckFailure) -> Config {
        if repository.workDirectory != nil {
            return try ConfigLoader.load(explicitPath: nil, workTree: repository.workDirectory)
        }
        let local = Path.join(repository.gitDirectory, "lockstep.toml")
        if FileSystem.exists(local) { return try ConfigLoader.load(explicitPath: local, workTree: nil) }
        let snapshot = try reading { () throws(GitError) -> TreeSnapshot? in
            guard !repository.isHeadUnborn,
                  let located = try repository.locate(.revision("HEAD"), paths: [Config.fileName], listing: []) else { return nil }
            return try repository.load(located)
        }
        guard case .file(let bytes)? = snapshot?[Config.fileName] else { return Config() }
        do throws(ConfigError) {
            return try Config.parse(bytes, file: "HEAD:" + Config.fileName)
        } catch {
            throw CheckFailure(error)
        }
    }
}
