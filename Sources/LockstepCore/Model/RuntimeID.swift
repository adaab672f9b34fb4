/// An id Lockstep reports that is not a rule: the command could not judge or do its work (bad
/// configuration, an unreadable repository, a release it refuses to prepare, PostgreSQL). Such a
/// diagnostic has no examples and no severity to configure; `lockstep rules` lists these apart
/// and `lockstep explain ID` says what each means and what to do.
package struct RuntimeID: Sendable {
    package let id: String
    package let summary: String
    /// What causes it and how to clear it.
    package let explanation: String
    /// The exit status a command ends with when it reports this id.
    package let status: ExitStatus

    package var area: Substring { id.prefix(while: { $0 != "/" }) }

    /// What `lockstep explain ID` prints.
    package var explanationText: String {
        "\(id) (not a rule; exit \(status.rawValue))\n\n\(summary)\n\n\(explanation)\n"
            + "\nNot a rule: `[rules]` and LOCKSTEP_SKIP do not name it, and it has no examples.\n"
    }
}

/// Every runtime id, sorted; a test finds each id a diagnostic is made with in Sources here or in `allRules`.
package let allRuntimeIDs: [RuntimeID] = [
    RuntimeID(id: "config/invalid",
              summary: "the configuration does not parse or holds a value Lockstep cannot use",
              explanation: "The message names the file (`.lockstep.toml`, or what `--config` names), the key, its line and column, and the values it takes. docs/configuration.md lists every key (`lockstep-cli rules --format config-table`).",
              status: .usage),
    RuntimeID(id: "config/template",
              summary: "the template `release announce --template` names does not parse",
              explanation: "Templates are Mustache; the message gives the template's file and the place it stopped. The built-in templates (`email`, `status`) always parse: start from `lockstep release announce VERSION --template email` and compare.",
              status: .usage),
    RuntimeID(id: "config/usage",
              summary: "the command cannot work from what it was given",
              explanation: "An option or argument it cannot use, a line of a hook's standard input that is not what git writes, a bare repository where a work tree is needed, HEAD without a commit. The fix names the command that works.",
              status: .usage),
    RuntimeID(id: "migration/applies",
              summary: "a new migration fails on PostgreSQL (`check migrations`)",
              explanation: "`lockstep check migrations` applies the previous release's migrations, then each new one as sqlx 0.8 does; this one stopped with PostgreSQL's error, quoted with its line. Fix the SQL and run the check again.",
              status: .ruleFailed),
    RuntimeID(id: "migration/down-restores",
              summary: "a down migration does not give back the schema from before its up migration",
              explanation: "`check migrations` dumps the schema (`pg_dump --schema-only`) before up and after down; the unified diff shows what the down file forgets to drop or restore.",
              status: .ruleFailed),
    RuntimeID(id: "migration/postgres",
              summary: "`check migrations` could not run PostgreSQL or its client programs",
              explanation: "psql and pg_dump are needed (and initdb and pg_ctl for `--start-postgres`), or the server at `--database-url` refused the connection or the scratch database. Install PostgreSQL's programs (Debian: `apt-get install postgresql`) or name a server you can reach.",
              status: .unreadable),
    RuntimeID(id: "migration/reapplies",
              summary: "an up migration applied again after its down migration gives another schema",
              explanation: "`check migrations` runs up, down, then up again and compares the two schemas after up; the diff shows what differs (a down that leaves something the second up then skips or doubles).",
              status: .ruleFailed),
    RuntimeID(id: "release/prepare",
              summary: "`lockstep release prepare` refuses the release and writes nothing",
              explanation: "Every reason comes with a fix that works when pasted: a work tree with other changes (`--allow-dirty`), an empty `## [Unreleased]` (`--allow-empty`), a version not above the previous release or whose tag exists (the next free version), a release branch that exists, `--branch` away from develop (or main for a hotfix), `--tag` without the release commit, a file it cannot edit alone, or a would-be tree that fails the version and changelog rules. See docs/release.md.",
              status: .ruleFailed),
    RuntimeID(id: "repo/bad-revision",
              summary: "a revision or range names nothing git knows",
              explanation: "Check the name with `git rev-parse --verify NAME`; in CI, fetch the refs the check compares with (the target branch, the tags).",
              status: .usage),
    RuntimeID(id: "repo/not-found",
              summary: "the changelog has no section for the version asked for",
              explanation: "`release notes`, `release announce` and `release checklist` read a section of the changelog; the fix lists the sections there are. `lockstep release prepare` writes the section of a new release.",
              status: .ruleFailed),
    RuntimeID(id: "repo/shallow",
              summary: "a shallow clone lacks the history the check needs",
              explanation: "Fetch the history: `git fetch --unshallow --tags`, or in CI `fetch-depth: 0` (GitHub) / `GIT_DEPTH: 0` (GitLab).",
              status: .unreadable),
    RuntimeID(id: "repo/unreadable",
              summary: "the repository or a file it needs could not be read",
              explanation: "Not a git repository, a permission, a missing or corrupt object, a file that is not text. The message names what and why; `git fsck` tells a damaged repository.",
              status: .unreadable),
]

/// The runtime id `id`, if it is one.
package func runtimeID(withID id: String) -> RuntimeID? { allRuntimeIDs.first { $0.id == id } }
