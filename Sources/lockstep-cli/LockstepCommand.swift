import ArgumentParser
import LockstepCore
import LockstepSystem

struct LockstepCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "lockstep",
        abstract: "Git hooks and CI checks that make a release process enforce itself.",
        discussion: """
            Exit status: 0 every rule passed (warnings allowed), 1 a rule failed, 2 usage or \
            configuration error, 3 the repository or a required file could not be read.
            """,
        version: version,
        subcommands: [CheckCommand.self, HookCommand.self, RulesCommand.self, ExplainCommand.self,
                      InstallCommand.self, UninstallCommand.self, DoctorCommand.self, NextVersionCommand.self,
                      ReleaseCommand.self, MigrationCommand.self])
}

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customShort("C"), help: ArgumentHelp("Run as if started in <path>.", valueName: "path"))
    var directory: String?

    @Option(name: .long, help: ArgumentHelp("Read this configuration instead of .lockstep.toml.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: "Output format: text, json or github.")
    var format: OutputFormat = .text

    /// `-C`: the CLI may change directory (hooks never do; they resolve paths instead).
    func enterDirectory() throws {
        guard let directory else { return }
        guard FileSystem.changeDirectory(directory) else {
            throw ValidationError("cannot change to directory \(directory)")
        }
    }
}

extension GlobalOptions {
    /// Moves `-C`, `--config` and `--format` written before the command to just after it.
    static func movedAfterCommand(_ arguments: [String]) -> [String] {
        var globals: [String] = []
        var rest = arguments[...]
        while let first = rest.first {
            if ["-C", "--config", "--format"].contains(first), rest.count >= 2 {
                globals += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if first.hasPrefix("--config=") || first.hasPrefix("--format=") || (first.hasPrefix("-C") && first.count > 2) {
                globals.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        guard !globals.isEmpty else { return arguments }
        var command = Array(rest)
        let groups: Set<String> = ["check", "release", "migration"]
        let end = command.first.map { groups.contains($0) && command.count > 1 ? 2 : 1 } ?? 0
        command.insert(contentsOf: globals, at: end)
        return command
    }
}

extension OutputFormat: ExpressibleByArgument {}
