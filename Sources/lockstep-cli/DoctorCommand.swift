import ArgumentParser
import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check Lockstep's hooks in this repository, its binaries, and what libgit2 1.5.1 can read here.",
        discussion: """
            Shows where git runs hooks from and why (core.hooksPath and the file that sets it), \
            which hooks are Lockstep's, chained, someone else's or missing (and whether something \
            replaced Lockstep's), the binaries the hooks call, and repository shapes libgit2 1.5.1 \
            cannot read, each problem with what to do. Exit status: 0 no problem, 1 problems found, \
            3 not a git repository.
            """)

    @Option(name: .customShort("C"), help: ArgumentHelp("Run as if started in <path>.", valueName: "path"))
    var directory: String?

    func run() throws {
        if let directory, !FileSystem.changeDirectory(directory) {
            throw ValidationError("cannot change to directory \(directory)")
        }
        var report = DoctorReport()
        let installer = Installer.find()
        report.addBinary(executable: ProcessContext.executablePath(), version: LockstepCommand.version, installer: installer)

        let environment = ProcessContext.environment
        guard let location = RepositoryLocation.find(from: FileSystem.currentDirectory() ?? ".", environment: { environment[$0] }) else {
            report.problem("\(FileSystem.currentDirectory() ?? ".") is not inside a git repository",
                           fix: "run lockstep doctor in the repository, or pass -C PATH")
            ProcessContext.printOut(report.text)
            throw ExitCode(ExitStatus.unreadable.rawValue)
        }
        report.addRepository(location)

        // libgit2 reads the configuration exactly (includes); when it cannot open the repository
        // at all, that is the first shape to report and the files are read without it.
        var configured: String?? = nil
        var shapes: [(message: String, fix: String?)] = []
        do {
            let repository = try Repository(discoveringFrom: nil, environment: environment)
            configured = .some(try? repository.configString("core.hooksPath"))
            shapes = repository.unsupportedShapes().map { ($0.message, $0.fix) }
        } catch {
            shapes = [(error.message, error.fix)]
        }

        let hooks = HooksDirectory.find(in: location, configuredValue: configured, environment: { environment[$0] })
        let isBare = location.workTree == nil
        let provided = installer?.wrapperNames()
            ?? ["commit-msg", "pre-commit", "pre-merge-commit", "pre-push", "reference-transaction", "pre-receive"]
        let expected = provided.filter { Installer.serverHooks.contains($0) == isBare }
        report.addHooks(hooks, expected: expected, isBare: isBare)
        report.addShapes(shapes)

        ProcessContext.printOut(report.text)
        throw ExitCode(report.status.rawValue)
    }
}
