import LockstepCore
import LockstepSystem

/// `lockstep doctor`'s findings: one row per fact, and the problems, each with what to do.
package struct DoctorReport: Sendable {
    package struct Problem: Sendable, Equatable {
        package var message: String
        package var fix: String?
    }

    package private(set) var rows: [(label: String, text: String)] = []
    package private(set) var problems: [Problem] = []

    /// Hooks that may be left out on purpose (`install.sh --no-tag-gate`).
    package static let optionalHooks: Set<String> = ["reference-transaction"]

    package init() {}

    package mutating func row(_ label: String, _ text: String) { rows.append((label, text)) }

    package mutating func problem(_ message: String, fix: String? = nil) {
        problems.append(Problem(message: message, fix: fix))
    }

    /// 0 when nothing needs doing, 1 when a problem was found.
    package var status: ExitStatus { problems.isEmpty ? .passed : .ruleFailed }

    package var text: String {
        let width = min(24, rows.map(\.label.count).max() ?? 0)
        var out = ""
        for (label, text) in rows {
            out += label + String(repeating: " ", count: max(1, width - label.count + 2)) + VisibleText.escaping(text) + "\n"
        }
        if problems.isEmpty {
            out += "\nNo problems found.\n"
        } else {
            out += "\n\(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
            for problem in problems {
                out += "  - " + VisibleText.escaping(problem.message) + "\n"
                if let fix = problem.fix { out += "    fix: " + VisibleText.escaping(fix) + "\n" }
            }
        }
        return out
    }
}

extension DoctorReport {
    /// The running executable and the two it works with.
    package mutating func addBinary(executable: String?, version: String, installer: Installer?) {
        guard let executable else {
            row("lockstep", "version \(version) (its path cannot be read)")
            return
        }
        let folder = Path.parent(executable)
        row("lockstep", "version \(version), \(folder)/")
        for name in ["lockstep", FullExecutable.hookName, FullExecutable.name]
        where FileSystem.kind(of: Path.join(folder, name)) == nil {
            problem("\(name) is missing beside \(executable)", fix: "reinstall Lockstep (./install.sh from its source folder)")
        }
        if let installer {
            row("installer", installer.script)
        } else {
            problem("no installer beside this lockstep: `lockstep install` and `uninstall` cannot run",
                    fix: "install Lockstep with install.sh (it puts its installer in <prefix>/../share/lockstep)")
        }
    }

    package mutating func addRepository(_ location: RepositoryLocation) {
        row("repository", location.workTree ?? "\(location.gitDirectory) (bare)")
        if location.gitDirectory != location.commonDirectory {
            row("git directory", "\(location.gitDirectory) (a linked worktree of \(location.commonDirectory))")
        } else {
            row("git directory", location.gitDirectory)
        }
    }

    /// The hooks directory and each hook. `expected` are the hooks an install would write here.
    package mutating func addHooks(_ directory: HooksDirectory, expected: [String], isBare: Bool) {
        let inventory = HookInventory.read(directory.path, names: expected)
        if let setting = directory.setting {
            let origin = "core.hooksPath = \(setting.value), from \(setting.origin)" + (setting.scope.map { ", \($0) scope" } ?? "")
            row("hooks directory", "\(directory.path) (\(origin))")
            if !directory.isDefault {
                if !FileSystem.isDirectory(directory.path) {
                    problem("\(directory.path) does not exist, so git runs no hooks at all in this repository (hooks are disabled)",
                            fix: "git config\(setting.scope.map { $0 == "command" ? "" : " --\($0)" } ?? "") --unset core.hooksPath, then lockstep install")
                }
                if HookInventory.read(directory.defaultPath, names: expected).hasLockstep {
                    problem("Lockstep's hooks in \(directory.defaultPath) do not run: core.hooksPath sends git to \(directory.path)",
                            fix: "unset core.hooksPath, or call lockstep hook NAME \"$@\" from each hook there (`lockstep hook pre-commit \"$@\"` in its pre-commit)")
                }
            }
        } else {
            row("hooks directory", "\(directory.path) (git's default; no core.hooksPath)")
        }
        for entry in inventory.entries { addHook(entry, expected: expected, hasLockstep: inventory.hasLockstep) }
        if !inventory.hasLockstep, FileSystem.isDirectory(directory.path) || directory.isDefault {
            problem("Lockstep's hooks are not installed in \(directory.path)",
                    fix: "lockstep install" + (isBare ? " --server" : "") + (directory.isDefault ? "" : " --hooks-path-ok"))
        }
    }

    private mutating func addHook(_ entry: HookInventory.Entry, expected: [String], hasLockstep: Bool) {
        let name = entry.name
        let after = entry.backup.map { HookChain.note(for: name, backup: $0) } ?? ""
        switch entry.state {
        case .ours(let binary):
            if let binary, !binary.isEmpty {
                row(name, "Lockstep, calls \(binary)\(after)")
                if FileSystem.kind(of: binary) == nil {
                    problem("the \(name) hook calls \(binary), which is missing (it falls back to `lockstep` on PATH)",
                            fix: "lockstep install (writes the path of the lockstep you run it with)")
                } else if FileSystem.kind(of: Path.join(Path.parent(binary), FullExecutable.hookName)) == nil {
                    problem("\(FullExecutable.hookName) is missing beside \(binary), which the \(name) hook may need",
                            fix: "reinstall Lockstep (./install.sh --prefix \(Path.parent(binary)))")
                }
            } else {
                row(name, "Lockstep, calls `lockstep` from PATH\(after)")
            }
        case .foreign(let writer):
            let by = writer.map { " (written by \($0))" } ?? ""
            if entry.wasReplaced {
                row(name, "NOT Lockstep's\(by): replaced after install; \(entry.backup ?? "") is not run")
                problem("Lockstep's \(name) hook was replaced\(writer.map { " by \($0)" } ?? " (probably by a script that writes hooks, such as scripts/install-hooks.sh)"); Lockstep's \(name) checks do not run",
                        fix: "lockstep install (your new hook is kept and chained \(HookChain.keptPlace(for: name)))")
            } else if hasLockstep, expected.contains(name), !Self.optionalHooks.contains(name) {
                row(name, "not Lockstep's\(by)")
                problem("\(name) is not Lockstep's\(by): Lockstep's \(name) checks do not run",
                        fix: "lockstep install (keeps this hook and chains it \(HookChain.keptPlace(for: name)))")
            } else {
                row(name, "not Lockstep's\(by)")
            }
        case .directory:
            row(name, "a directory")
            problem("\(name) is a directory: git cannot run it and stops the command it belongs to",
                    fix: "move it out of the hooks directory, then lockstep install")
        case .missing:
            if let backup = entry.backup {
                row(name, "missing (\(backup) is still there)")
                problem("\(name) is missing but \(backup), the hook from before Lockstep, is still there",
                        fix: "lockstep install (chains it again), or lockstep uninstall (puts it back)")
            } else if Self.optionalHooks.contains(name) {
                row(name, "not installed (the tag gate is optional: pushes and CI still check tags)")
            } else {
                row(name, "not installed")
                if hasLockstep, expected.contains(name) {
                    problem("Lockstep's \(name) hook is not installed", fix: "lockstep install")
                }
            }
        }
        if !entry.olderCopies.isEmpty {
            row("", "older copies kept, not run: " + entry.olderCopies.joined(separator: ", "))
        }
    }

    /// What cannot be read here, each with its fix; empty when everything can.
    package mutating func addShapes(_ shapes: [(message: String, fix: String?)]) {
        if shapes.isEmpty {
            row("libgit2 1.5.1", "reads this repository (history, configuration; Lockstep reads the index itself)")
        }
        for shape in shapes {
            row("libgit2 1.5.1", shape.message)
            problem(shape.message, fix: shape.fix)
        }
    }
}
