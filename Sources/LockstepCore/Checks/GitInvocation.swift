/// The git command that started a hook, read from its parent's command line: git exports nothing
/// that tells `git commit --amend` from `git commit` (HOOKS.md §2.1), or `git tag` from `git fetch`.
package struct GitInvocation: Sendable, Equatable {
    /// `commit`, `tag`, `fetch`…; nil when the parent is not git or its command cannot be read.
    package let subcommand: String?
    package let arguments: [String]

    /// Reads `git [global options] <subcommand> [arguments]`; aliases re-executed by git look the same.
    package init(parentArguments: [String]) {
        guard let program = parentArguments.first, program.split(separator: "/").last.map({ $0 == "git" }) == true else {
            subcommand = nil
            arguments = []
            return
        }
        var index = 1
        // git.c handle_options: global options before the subcommand; these take a separate value.
        let withValue: Set<String> = ["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--super-prefix", "--config-env"]
        while index < parentArguments.count, parentArguments[index].hasPrefix("-") {
            index += withValue.contains(parentArguments[index]) ? 2 : 1
        }
        subcommand = index < parentArguments.count ? parentArguments[index] : nil
        arguments = index + 1 < parentArguments.count ? Array(parentArguments[(index + 1)...]) : []
    }

    /// The options of `git commit`; nil for any other command.
    package var commitOptions: CommitOptions? {
        subcommand == "commit" ? CommitOptions(arguments: arguments) : nil
    }

    /// `git commit --amend` (git accepts any unambiguous prefix, down to `--am`).
    package var isAmend: Bool { commitOptions?.isAmend ?? false }
}
