/// The options of `git commit` that change what the commit-msg hook sees or what a retry must
/// repeat, read from git's command line with git's own parse-options rules: short options cluster
/// (`-av`), a value may be attached (`-mfix`, `--cleanup=scissors`) or the next word, long options
/// may be cut to an unambiguous prefix (`--verb`), `--no-` negates, `--` ends the options.
package struct CommitOptions: Sendable, Equatable {
    /// `-v`/`--verbose` counted, `--no-verbose` resets; nil when none was given (then
    /// `commit.verbose` applies).
    package var verbose: Int?
    /// `--cleanup=<mode>`, the last one given.
    package var cleanup: String?
    /// `-a`/`--all`: git stages tracked changes for this commit only, and a retry must ask again.
    package var isAll = false
    package var isAmend = false

    package init(verbose: Int? = nil, cleanup: String? = nil, isAll: Bool = false, isAmend: Bool = false) {
        self.verbose = verbose
        self.cleanup = cleanup
        self.isAll = isAll
        self.isAmend = isAmend
    }

    // builtin/commit.c builtin_commit_options (git 2.39): short options that take a value.
    private static let shortWithValue: Set<Character> = ["m", "F", "C", "c", "t"]
    /// Short options whose value can only be attached (`-uno`, `-Skey`).
    private static let shortOptionalValue: Set<Character> = ["u", "S"]
    private static let longOptions = [
        "quiet", "verbose", "file", "author", "date", "message", "reedit-message", "reuse-message", "fixup", "squash",
        "reset-author", "trailer", "signoff", "template", "edit", "cleanup", "status", "gpg-sign", "all", "include",
        "interactive", "patch", "only", "verify", "dry-run", "short", "branch", "ahead-behind", "porcelain", "long",
        "null", "amend", "post-rewrite", "untracked-files", "pathspec-from-file", "pathspec-file-nul"]
    private static let longWithValue: Set<String> = [
        "file", "author", "date", "message", "reedit-message", "reuse-message", "fixup", "squash", "trailer",
        "template", "cleanup", "pathspec-from-file"]

    package init(arguments: [String]) {
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" { break }
            if word.hasPrefix("--") {
                var name = String(word.dropFirst(2))
                var value: String?
                if let equals = name.firstIndex(of: "=") {
                    value = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                var negated = false
                if name.hasPrefix("no-"), Self.resolve(name) == nil {
                    negated = true
                    name = String(name.dropFirst(3))
                }
                guard let option = Self.resolve(name) else { continue }
                if Self.longWithValue.contains(option), value == nil, !negated, index < arguments.count {
                    value = arguments[index]
                    index += 1
                }
                switch option {
                case "verbose": verbose = negated ? 0 : (verbose ?? 0) + 1
                case "cleanup": if !negated { cleanup = value }
                case "all": isAll = !negated
                case "amend": isAmend = !negated
                default: break
                }
            } else if word.hasPrefix("-"), word.count > 1 {
                var rest = Substring(word.dropFirst())
                while let flag = rest.first {
                    rest = rest.dropFirst()
                    if Self.shortWithValue.contains(flag) {
                        if rest.isEmpty { index += 1 }    // the value is the next word
                        break
                    }
                    if Self.shortOptionalValue.contains(flag) { break }
                    switch flag {
                    case "v": verbose = (verbose ?? 0) + 1
                    case "a": isAll = true
                    default: break
                    }
                }
            }
        }
    }

    /// A long option's full name from an exact name or an unambiguous prefix.
    private static func resolve(_ name: String) -> String? {
        guard !name.isEmpty else { return nil }
        if longOptions.contains(name) { return name }
        let matches = longOptions.filter { $0.hasPrefix(name) }
        return matches.count == 1 ? matches[0] : nil
    }
}
