import LockstepCore

/// `check tree|versions|changelog` with its options, read without the argument parser so that
/// `lockstep-hook` runs them at hook speed. It accepts only the plain spellings; anything else
/// (help, a bad value, an unknown or repeated option) is nil, and the caller hands the command to
/// `lockstep-cli`, whose argument parser gives the help or the usage error.
package struct TreeCommandLine: Equatable, Sendable {
    package var scope: ReleaseCheck.Scope
    package var source: TreeEntryPoint.Source = .workTree
    package var wholeTree = false
    package var format: OutputFormat = .text
    package var configPath: String?
    /// `-C PATH`: run as if started there.
    package var directory: String?

    /// Parses `check <tree|versions|changelog> [options]`, global options before `check` included.
    package init?(_ arguments: [String]) {
        var rest = arguments[...]
        var seen: Set<String> = []
        var parsedScope: ReleaseCheck.Scope?
        var sources = 0
        while let argument = rest.popFirst() {
            if parsedScope == nil {
                guard argument != "check" else {
                    guard let name = rest.popFirst(), let named = Self.scopes[name] else { return nil }
                    parsedScope = named
                    continue
                }
            }
            let (name, inlineValue) = Self.split(argument)
            // Every option is given at most once, as the argument parser demands.
            guard seen.insert(name).inserted else { return nil }
            switch name {
            case "--index", "--worktree", "--all":
                guard inlineValue == nil, parsedScope != nil else { return nil }
                if name == "--all" { wholeTree = true } else { source = name == "--index" ? .index : .workTree; sources += 1 }
            case "--rev", "--format", "--config", "-C":
                guard let value = inlineValue ?? rest.popFirst(), inlineValue != "", !value.hasPrefix("-") || value == "-" else { return nil }
                switch name {
                case "--rev":
                    guard parsedScope != nil else { return nil }
                    source = .revision(value)
                    sources += 1
                case "--format":
                    guard let chosen = OutputFormat(rawValue: value) else { return nil }
                    format = chosen
                case "--config": configPath = value
                default: directory = value
                }
            default:
                return nil
            }
        }
        guard let parsedScope, sources <= 1 else { return nil }
        scope = parsedScope
    }

    private static let scopes: [String: ReleaseCheck.Scope] = ["tree": .all, "versions": .versions, "changelog": .changelog]

    /// `--name=value` → (`--name`, value); `-C` takes its value only as the next word here.
    static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
