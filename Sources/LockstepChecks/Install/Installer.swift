import LockstepCore
import LockstepSystem

/// The installer this `lockstep` came with. Installing hooks is written once, in install.sh:
/// `lockstep install`, `install --check` and `uninstall` hand over to the copy of it that
/// install.sh placed in `<prefix>/../share/lockstep` (beside the wrappers in `hooks/`), or, for
/// a binary run from a build folder, to the source checkout the folder sits in.
package struct Installer: Sendable, Equatable {
    /// install.sh.
    package let script: String
    /// The folder of hook wrappers (`hooks/`).
    package let wrappers: String
    /// The folder holding the running `lockstep-cli`, and `lockstep` and `lockstep-hook` beside it.
    package let binaries: String

    /// The marker line every wrapper carries on its second line; a hook file with it is Lockstep's.
    package static let marker = "# lockstep-managed-hook v1"
    /// Hooks git runs on a server that receives pushes, installed only with `--server`.
    package static let serverHooks: Set<String> = ["pre-receive", "update", "post-receive", "proc-receive"]

    package init(script: String, wrappers: String, binaries: String) {
        self.script = script
        self.wrappers = wrappers
        self.binaries = binaries
    }

    /// Looks beside the running executable: `<bin>/../share/lockstep` for an installed Lockstep,
    /// else the package root above a build folder (`<root>/.build/<triple>/<configuration>`).
    package static func find() -> Installer? {
        guard let executable = ProcessContext.executablePath() else { return nil }
        let binaries = Path.parent(executable)
        var candidates = [(Path.join(Path.parent(binaries), "share/lockstep"), false)]
        var directory = binaries
        for _ in 0..<4 where directory != "/" {
            directory = Path.parent(directory)
            candidates.append((directory, true))
        }
        for (folder, isSource) in candidates {
            let script = Path.join(folder, "install.sh")
            let wrappers = Path.join(folder, "hooks")
            guard FileSystem.kind(of: script) == .file, FileSystem.isDirectory(wrappers) else { continue }
            if isSource, FileSystem.kind(of: Path.join(folder, "Package.swift")) != .file { continue }
            return Installer(script: script, wrappers: wrappers, binaries: binaries)
        }
        return nil
    }

    /// The hooks this Lockstep provides: the files in `hooks/` that carry the marker, sorted.
    package func wrapperNames() -> [String] {
        FileSystem.names(in: wrappers).filter { name in
            !name.contains(".") && HookFile.isOurs(Path.join(wrappers, name))
        }.sorted()
    }

    /// Replaces this process with `sh install.sh --no-build --prefix <binaries> arguments…`:
    /// the hooks will call the `lockstep` beside this executable. Returns only on failure.
    package func run(_ arguments: [String]) -> Never {
        let error = ProcessContext.exec("/bin/sh", arguments: [script, "--no-build", "--prefix", binaries] + arguments)
        ProcessContext.printError(TextRenderer(color: false).render(
            CheckFailure.unreadable("/bin/sh", error.reason, fix: "install.sh needs a POSIX shell at /bin/sh").diagnostic))
        exitProcess(.unreadable)
    }

    /// What to say when no installer is found.
    package static var missingFailure: CheckFailure {
        let place = ProcessContext.executablePath().map(Path.parent) ?? "this lockstep's folder"
        return CheckFailure.unreadable(
            "the installer", "neither \(Path.parent(place))/share/lockstep/install.sh nor a source checkout is beside \(place)",
            fix: "install Lockstep with install.sh from its source folder (./install.sh --repo PATH), which also installs the hooks")
    }
}
