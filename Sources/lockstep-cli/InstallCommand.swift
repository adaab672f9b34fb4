import ArgumentParser
import LockstepChecks
import LockstepCore
import LockstepSystem

/// `lockstep install` and `lockstep uninstall` hand over to install.sh (see `Installer`), so the
/// installation logic exists once; these commands only translate their options.
struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install Lockstep's git hooks in this repository, chained with the hooks already there.",
        discussion: """
            A hook that is not Lockstep's is renamed <hook>.lockstep-orig and runs from Lockstep's \
            wrapper: before Lockstep, which runs only when it passed; after Lockstep and only when Lockstep passed \
            for pre-push and pre-receive. Running it again changes nothing. When \
            core.hooksPath sends git elsewhere (husky, hooks disabled) it explains and exits 2 \
            without writing. Runs the install.sh installed with this lockstep.
            """)

    @OptionGroup var target: InstallTarget
    @Flag(help: "Also install the reference-transaction tag gate (off by default: it slows every fetch and rebase).") var tagGate = false
    @Flag(help: "Leave out the tag gate and remove Lockstep's if installed (the default).") var noTagGate = false
    @Flag(help: "A bare repository that receives pushes: install pre-receive only.") var server = false
    @Flag(help: "core.hooksPath names another directory: install into it (never into one git tracks).") var hooksPathOk = false
    @Flag(help: "Report what is installed and what an install would change; write nothing (exit 1: something would change).")
    var check = false
    @Flag(name: .shortAndLong, help: "Print only warnings, errors and the last line.") var quiet = false

    func run() throws {
        var arguments = target.arguments
        if tagGate { arguments.append("--tag-gate") }
        if noTagGate { arguments.append("--no-tag-gate") }
        if server { arguments.append("--server") }
        if hooksPathOk { arguments.append("--hooks-path-ok") }
        if check { arguments.append("--check") }
        if quiet { arguments.append("--quiet") }
        try handOver(arguments)
    }
}

struct UninstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uninstall",
        abstract: "Remove Lockstep's git hooks from this repository and put back, byte for byte, the hooks they replaced.",
        discussion: "Only files carrying Lockstep's marker are removed; a hook something else replaced is left alone.")

    @OptionGroup var target: InstallTarget
    @Flag(help: "Uninstall from the directory core.hooksPath names (as installed with --hooks-path-ok).") var hooksPathOk = false
    @Flag(name: .shortAndLong, help: "Print only warnings, errors and the last line.") var quiet = false

    func run() throws {
        var arguments = ["--uninstall"] + target.arguments
        if hooksPathOk { arguments.append("--hooks-path-ok") }
        if quiet { arguments.append("--quiet") }
        try handOver(arguments)
    }
}

/// The repository and the hooks both commands work on.
struct InstallTarget: ParsableArguments {
    @Option(name: .customShort("C"), help: ArgumentHelp("The repository (default: the current directory).", valueName: "path"))
    var directory: String?

    @Option(help: ArgumentHelp("Only these hooks, separated by spaces or commas (default: every hook Lockstep provides).",
                               valueName: "names"))
    var hooks: String?

    var arguments: [String] {
        var arguments: [String] = []
        if let directory { arguments += ["--repo", directory] }
        if let hooks {
            arguments += ["--hooks", hooks.split(whereSeparator: { $0 == "," || $0 == " " }).joined(separator: " ")]
        }
        return arguments
    }
}

private func handOver(_ arguments: [String]) throws {
    guard let installer = Installer.find() else {
        let failure = Installer.missingFailure
        ProcessContext.printError(TextRenderer(color: ProcessContext.wantsColor(on: 2)).render(failure.diagnostic))
        throw ExitCode(failure.status.rawValue)
    }
    installer.run(arguments)
}
