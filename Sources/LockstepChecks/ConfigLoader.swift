import LockstepCore
import LockstepSystem

/// Finds and parses `.lockstep.toml`: the one given with `--config`, else the one at the top of
/// the work tree, else the defaults.
package enum ConfigLoader {
    package static func load(explicitPath: String?, workTree: String?) throws(CheckFailure) -> Config {
        let path: String
        if let explicitPath {
            path = explicitPath
        } else if let workTree {
            path = Path.join(workTree, Config.fileName)
        } else {
            return Config()
        }
        let bytes: [UInt8]?
        do throws(SystemError) {
            bytes = try FileSystem.read(path, limit: 1 << 20)
        } catch {
            throw CheckFailure.unreadable(path, error.reason)
        }
        guard let bytes else {
            if explicitPath != nil { throw CheckFailure.unreadable(path, "no such file") }
            return Config()
        }
        do throws(ConfigError) {
            return try Config.parse(bytes, file: explicitPath ?? Config.fileName)
        } catch {
            throw CheckFailure(error)
        }
    }
}
