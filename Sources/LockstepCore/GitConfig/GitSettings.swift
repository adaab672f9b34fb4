/// The git configuration a commit message check depends on.
package struct GitSettings: Sendable, Equatable {
    package var commentChar: String?
    package var cleanup: String?
    package var commitEncoding: String?
    /// Where git runs hooks from, when not `<common directory>/hooks`.
    package var hooksPath: String?
    /// `commit.verbose`: git cuts the message at the scissors line when it is on.
    package var commitVerbose: String?

    package init(commentChar: String? = nil, cleanup: String? = nil, commitEncoding: String? = nil, hooksPath: String? = nil,
                 commitVerbose: String? = nil) {
        self.commentChar = commentChar
        self.cleanup = cleanup
        self.commitEncoding = commitEncoding
        self.hooksPath = hooksPath
        self.commitVerbose = commitVerbose
    }

    /// `commit.verbose` as git reads it (git_config_bool_or_int): a count, 0 when off.
    package var verboseLevel: Int {
        guard let value = commitVerbose?.lowercased() else { return 0 }
        if ["true", "yes", "on"].contains(value) { return 1 }
        return Int(value) ?? 0
    }

    /// Settings from config sources in increasing precedence (system, global, local, worktree, environment).
    package init(layers: [GitConfigFile]) {
        func last(_ key: String) -> String? {
            for layer in layers.reversed() { if let value = layer.value(key) { return value ?? "true" } }
            return nil
        }
        self.init(commentChar: last("core.commentchar"), cleanup: last("commit.cleanup"),
                  commitEncoding: last("i18n.commitencoding"), hooksPath: last("core.hookspath"),
                  commitVerbose: last("commit.verbose"))
    }
}
