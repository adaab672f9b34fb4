import ArgumentParser

/// `lockstep migration …`: helpers for the sqlx migrations folder. Each subcommand lives in a
/// file of its own.
struct MigrationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migration",
        abstract: "Create migrations the way sqlx names them.",
        subcommands: [MigrationNewCommand.self])
}
