/// The git configuration a commit message check depends on.
package struct GitSettings: Sendable, Equatable {
    package var commentChar: String?
    package var cleanup: String?
    package var commitEncoding: String?
    /// Where git runs hooks from, when not `<common directory>/hooks`.
    package var hooksPath: String?

    package init(commentChar: String? = nil, cleanup: String? = nil, commitEncoding: String? = nil, hooksPath: String? = nil) {
        self.commentChar = commentChar
        self.cleanup = cleanup
        self.commitEncoding = commitEncoding
        self.hooksPath = hooksPath
    }

    /// Settings from config sources in increasing precedence (system, global, local, worktree, environment).
    package init(layers: [GitConfigFile]) {
        func last(_ key: String) -> String? {
            for layer in layers.reversed() { if let value = layer.value(key) { return value ?? "true" } }
            return nil
        }
        self.init(commentChar: last("core.commentchar"), cleanup: last("commit.cleanup"),
                  commitEncoding: last("i18n.commitencoding"), hooksPath: last("core.hookspath"))
    }
}
