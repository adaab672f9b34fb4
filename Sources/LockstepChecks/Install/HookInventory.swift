import LockstepSystem

/// What a hooks directory holds for each hook Lockstep provides: Lockstep's wrapper (and the
/// hook it chains, see `HookChain`), someone else's hook, or nothing.
package struct HookInventory: Sendable {
    package struct Entry: Sendable, Equatable {
        package enum State: Sendable, Equatable {
            /// Lockstep's wrapper, calling `binary`.
            case ours(binary: String?)
            /// Another hook; `writer` names the tool when the file says so (lefthook, pre-commit, husky).
            case foreign(writer: String?)
            /// A directory with the hook's name: git stops the command it belongs to.
            case directory
            case missing
        }

        package let name: String
        package let state: State
        /// `<name>.lockstep-orig`, the hook that was there before Lockstep, when present.
        package let backup: String?
        /// `<name>.lockstep-orig.<n>`: older copies kept by reinstalls, not chained.
        package let olderCopies: [String]

        /// Something replaced Lockstep's wrapper after it was installed: its backup is still
        /// there, the wrapper is not (HOOKS.md §6.4: `scripts/install-hooks.sh` writes with `cat >`).
        package var wasReplaced: Bool {
            if case .foreign = state { return backup != nil }
            return false
        }

        package var isOurs: Bool {
            if case .ours = state { return true }
            return false
        }
    }

    package let directory: String
    package let entries: [Entry]

    /// Reads `names` and every other hook of ours or backup in `directory`.
    package static func read(_ directory: String, names: [String]) -> HookInventory {
        let present = FileSystem.names(in: directory)
        var all = Set(names)
        for name in present {
            if name.hasSuffix(".lockstep-orig") {
                all.insert(String(name.dropLast(".lockstep-orig".count)))
            } else if !name.contains("."), !name.hasPrefix("."), HookFile.isOurs(Path.join(directory, name)) {
                all.insert(name)
            }
        }
        let entries = all.sorted().map { name -> Entry in
            let path = Path.join(directory, name)
            let state: Entry.State
            switch FileSystem.kind(of: path) {
            case nil: state = .missing
            case .directory: state = .directory
            case .file where HookFile.isOurs(path): state = .ours(binary: HookFile.binary(of: path))
            default: state = .foreign(writer: HookFile.writer(of: path))
            }
            let backup = name + ".lockstep-orig"
            let older = present.filter { $0.hasPrefix(backup + ".") && Int($0.dropFirst(backup.count + 1)) != nil }.sorted()
            return Entry(name: name, state: state, backup: FileSystem.kind(of: Path.join(directory, backup)) != nil ? backup : nil,
                         olderCopies: older)
        }
        return HookInventory(directory: directory, entries: entries)
    }

    /// True when at least one of Lockstep's wrappers is installed here.
    package var hasLockstep: Bool { entries.contains(where: \.isOurs) }

    /// What the running hook says when another tool rewrote Lockstep's other hooks (HOOKS.md §7.3):
    /// nil when none was. `hook` is the running hook's path in the hooks directory.
    package static func replacementWarning(besides hook: String) -> String? {
        let replaced = replacedHooks(besides: hook)
        guard !replaced.isEmpty else { return nil }
        let names = replaced.joined(separator: ", ")
        let (verb, pronoun) = replaced.count == 1 ? ("was", "it") : ("were", "they")
        return "lockstep: warning: Lockstep's \(names) \(verb) replaced by another tool and no longer \(replaced.count == 1 ? "runs" : "run") "
            + "Lockstep's checks; run `lockstep install` (or install.sh) again: \(pronoun) will be kept and chained.\n"
    }

    /// The hooks that used to be Lockstep's and are not any more: their backup
    /// (`<hook>.lockstep-orig`) is still there, but the hook is not Lockstep's wrapper.
    static func replacedHooks(besides hook: String) -> [String] {
        let directory = Path.parent(hook)
        let own = Path.lastComponent(hook)
        return FileSystem.names(in: directory).filter { $0.hasSuffix(".lockstep-orig") }.compactMap { backup in
            let name = String(backup.dropLast(".lockstep-orig".count))
            guard name != own else { return nil }
            let path = Path.join(directory, name)
            return FileSystem.kind(of: path) != nil && !HookFile.isOurs(path) ? name : nil
        }.sorted()
    }
}
