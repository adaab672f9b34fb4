import ArgumentParser

/// `lockstep release …`: the release process's manual steps as commands (prepare, notes,
/// announce, checklist). Each subcommand lives in a file of its own.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Run the release steps: prepare, notes, announce, checklist.",
        subcommands: [ReleasePrepareCommand.self, ReleaseNotesCommand.self, ReleaseAnnounceCommand.self,
                      ReleaseChecklistCommand.self])
}
