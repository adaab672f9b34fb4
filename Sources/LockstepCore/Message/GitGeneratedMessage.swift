/// Messages git writes itself (merges, reverts, fixups). They are not Conventional Commits and
/// are not meant to be: commit rules skip them.
package enum GitGeneratedMessage {
    /// Header prefixes of fmt-merge-msg, `git revert`, `git commit --fixup/--squash`, and the
    /// hosting platforms' merge buttons.
    static let prefixes = [
        "Merge branch '", "Merge branches '", "Merge commit '", "Merge commits '", "Merge tag '",
        "Merge tags '", "Merge remote-tracking branch '", "Merge remote-tracking branches '",
        "Merge pull request #", "Merge request !", "Revert \"", "Reapply \"", "fixup! ", "squash! ", "amend! ",
    ]

    /// The prefix that marks `header` as git's own message, nil for a message a person wrote.
    package static func prefix(of header: String) -> String? {
        // Most headers start with a lower-case type: one byte decides.
        guard let first = header.utf8.first, "MRfsa".utf8.contains(first) else { return nil }
        return prefixes.first { header.hasPrefix($0) }
    }

    /// `git merge --squash` prefills this; it needs a real header above it.
    static let squashHeader = "Squashed commit of the following:"
}
