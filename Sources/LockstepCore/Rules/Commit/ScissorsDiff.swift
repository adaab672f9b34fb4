struct ScissorsDiff: CommitRule {
    static let info = RuleInfo(
        id: "commit/scissors-diff",
        summary: "nothing git keeps follows a scissors line git will not cut at",
        rationale: """
            `git commit -v` puts the staged diff below `# ------------------------ >8 ------------------------` \
            and cuts there. The same file given back without `-v` (`git commit -e -F .git/COMMIT_EDITMSG`) \
            is not cut unless the cleanup mode is `scissors`: the diff becomes part of the commit message. \
            (In a hook, `-v`, `commit.verbose` and `--cleanup` are read from git's command line and config.)
            """,
        passing: [Example("feat: add notes\n\nBody\n"),
                  Example("feat: add notes\n\n# ------------------------ >8 ------------------------\n")],
        failing: [Example("""
                      feat: add notes

                      ↓# ------------------------ >8 ------------------------
                      # Do not modify or remove the line above.
                      # Everything below it will be ignored.
                      diff --git a/notes.txt b/notes.txt
                      +Feature
                      """)])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        guard let scissors = message.uncutScissorsLine, let last = message.lines.last else { return [] }
        let count = message.lines.filter { $0.number > scissors.number }.count
        return [Diagnostic(Self.info, "git will not cut the message at the scissors line: the \(count) line\(count == 1 ? "" : "s") "
                               + "below it, up to line \(last.number), would be committed as message text",
                           fix: "delete the scissors line and everything below it, or commit with `-v` so that git cuts there",
                           at: scissors, width: scissors.text.count)]
    }
}
