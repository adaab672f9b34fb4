import LockstepCore

/// `release prepare VERSION [options]`, read without the argument parser so that `lockstep-hook`
/// runs it: `lockstep-cli` links Foundation (for swift-mustache), whose start-up and runtime type
/// lookups cost more than a dry run's work on a large repository. Like `TreeCommandLine`, it
/// accepts only the plain spellings; anything else (help, a bad or repeated option) is nil, and
/// the caller hands the command to `lockstep-cli`, whose argument parser explains it.
package struct ReleasePrepareCommandLine {
    package var entry: ReleasePrepareEntry

    /// Parses `release prepare VERSION [options]`, global options before `release` included.
    package init?(_ arguments: [String]) {
        var rest = arguments[...]
        var seen: Set<String> = []
        var inCommand = false
        var version: String?
        var values: [String: String] = [:]
        var flags: Set<String> = []
        while let argument = rest.popFirst() {
            if !inCommand, argument == "release" {
                guard rest.popFirst() == "prepare" else { return nil }
                inCommand = true
                continue
            }
            guard argument.hasPrefix("-") else {
                guard inCommand, version == nil else { return nil }
                version = argument
                continue
            }
            let (name, inlineValue) = TreeCommandLine.split(argument)
            // Every option is given at most once, as the argument parser demands.
            guard seen.insert(name).inserted else { return nil }
            switch name {
            case "--dry-run", "--allow-dirty", "--allow-empty", "--consume-unreleased", "--branch", "--commit", "--tag":
                guard inCommand, inlineValue == nil else { return nil }
                flags.insert(name)
            case "--pre", "--date", "--format", "--config", "-C":
                guard let value = inlineValue ?? rest.popFirst(), inlineValue != "", !value.hasPrefix("-") else { return nil }
                guard inCommand || !["--pre", "--date"].contains(name) else { return nil }
                values[name] = value
            default:
                return nil
            }
        }
        guard inCommand, let version else { return nil }
        var format = OutputFormat.text
        if let name = values["--format"] {
            guard let chosen = OutputFormat(rawValue: name) else { return nil }
            format = chosen
        }
        entry = ReleasePrepareEntry(version: version, format: format, configPath: values["--config"], directory: values["-C"])
        entry.pre = values["--pre"]
        entry.date = values["--date"]
        entry.dryRun = flags.contains("--dry-run")
        entry.allowDirty = flags.contains("--allow-dirty")
        entry.allowEmpty = flags.contains("--allow-empty")
        entry.consumeUnreleased = flags.contains("--consume-unreleased")
        entry.branch = flags.contains("--branch")
        entry.commit = flags.contains("--commit")
        entry.tag = flags.contains("--tag")
    }
}
