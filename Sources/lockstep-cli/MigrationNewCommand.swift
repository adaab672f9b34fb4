import ArgumentParser
import LockstepChecks
import LockstepCore
import LockstepSystem

struct MigrationNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a <version>_<name>.up.sql / .down.sql pair, named as sqlx names migrations.",
        discussion: """
            The version follows the folder's scheme as `sqlx migrate add` infers it (the current UTC \
            time as YYYYMMDDHHMMSS, or the next number when the last two differ by one), but the pair is \
            always reversible: `sqlx migrate add -r` makes a simple file in a folder whose first \
            migration is simple.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "What the migration does (spaces become `_`).") var name: String

    func run() throws {
        try options.enterDirectory()
        guard !name.isEmpty, !name.contains("/"), !name.contains("\0") else { throw ValidationError("NAME must be a non-empty name without `/`") }
        let root = FileSystem.currentDirectory() ?? "."
        let config: Config
        do throws(CheckFailure) { config = try ConfigLoader.load(explicitPath: options.config, workTree: root) } catch {
            ProcessContext.printError(TextRenderer(color: false).render([error.diagnostic]))
            throw ExitCode(error.status.rawValue)
        }
        let folder = Path.join(root, config.migration.path)
        let names = FileSystem.names(in: folder)
        let now = SystemClock.utcNow()
        let stamp = MigrationVersion.timestamp(year: now.year, month: now.month, day: now.day, hour: now.hour, minute: now.minute, second: now.second)
        let version = MigrationVersion.next(existing: names, timestamp: stamp)
        let stem = version + "_" + name.replacing(" ", with: "_")
        let created = [(stem + ".up.sql", "-- Add up migration script here\n"), (stem + ".down.sql", "-- Add down migration script here\n")]
        if !FileSystem.isDirectory(folder) { _ = TemporaryDirectory.makeFolder(folder) }
        for (file, _) in created where FileSystem.exists(Path.join(folder, file)) {
            throw ValidationError("\(Path.join(config.migration.path, file)) already exists")
        }
        for (file, text) in created {
            do throws(SystemError) { try TemporaryDirectory.write(Array(text.utf8), to: Path.join(folder, file)) } catch {
                ProcessContext.printError("lockstep: cannot create \(error.description)\n")
                throw ExitCode(ExitStatus.unreadable.rawValue)
            }
            ProcessContext.printOut("Creating \(Path.join(config.migration.path, file))\n")
        }
    }
}
