import Foundation
import Testing

/// A throwaway folder holding a git repository (`repo/`), an isolated HOME, and whatever else a
/// scenario needs (message files, editor scripts, clones). Removed when the value goes away.
final class TemporaryRepository {
    /// The temporary folder (symlinks resolved, so paths compare with what git prints).
    let root: URL
    let home: URL
    /// The work tree.
    let path: URL
    /// The environment every command gets: nothing is inherited from the test process.
    let environment: [String: String]

    static let author = (name: "Ann Lee", email: "ann@example.org", date: "2025-01-01T12:00:00+00:00")

    /// - Parameters:
    ///   - hook: install `hooks/commit-msg` as install.sh does.
    ///   - initialCommit: start with one good commit, so HEAD exists.
    ///   - name: the work tree's folder name (spaces and quotes test path handling).
    init(hook: Bool = true, initialCommit: Bool = true, name: String = "repo") throws {
        try Products.requireBuilt()
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("lockstep-accept-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        // realpath, not resolvingSymlinksInPath: on macOS that drops the /private of /private/var,
        // where git prints it.
        guard let resolved = realpath(base.path, nil) else { throw CocoaError(.fileNoSuchFile) }
        defer { free(resolved) }
        root = URL(fileURLWithPath: String(cString: resolved), isDirectory: true)
        home = root.appendingPathComponent("home")
        path = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        environment = [
            "PATH": "\(Products.directory.path):/usr/bin:/bin",
            "HOME": home.path,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": Self.author.name, "GIT_AUTHOR_EMAIL": Self.author.email,
            "GIT_AUTHOR_DATE": Self.author.date,
            "GIT_COMMITTER_NAME": Self.author.name, "GIT_COMMITTER_EMAIL": Self.author.email,
            "GIT_COMMITTER_DATE": Self.author.date,
        ]
        try git("init", "-q", "-b", "main").expectSuccess()
        // For runs with `env -i` (no GIT_AUTHOR_*), git still knows who commits.
        try git("config", "user.name", Self.author.name).expectSuccess()
        try git("config", "user.email", Self.author.email).expectSuccess()
        if hook { try installHook() }
        if initialCommit {
            try write("README.md", "# test\n")
            try git("add", "README.md").expectSuccess()
            try git("commit", "-q", "-m", "chore: start").expectSuccess()
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    // MARK: Running

    @discardableResult
    func git(_ arguments: String..., in directory: URL? = nil, environment extra: [String: String] = [:],
             stdin: Data? = nil) throws -> RunResult {
        try git(arguments, in: directory, environment: extra, stdin: stdin)
    }

    @discardableResult
    func git(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:],
             stdin: Data? = nil) throws -> RunResult {
        try run("git", arguments, in: directory ?? path, environment: environment.merging(extra) { $1 }, stdin: stdin)
    }

    /// `git …` that must succeed; its stdout without the final newline.
    func gitOutput(_ arguments: String..., in directory: URL? = nil) throws -> String {
        let result = try git(arguments, in: directory)
        try result.expectSuccess()
        return result.stdout.hasSuffix("\n") ? String(result.stdout.dropLast()) : result.stdout
    }

    /// The built `lockstep` (the fast front door), run from the work tree unless told otherwise.
    @discardableResult
    func lockstep(_ arguments: String..., in directory: URL? = nil, environment extra: [String: String] = [:],
                  stdin: Data? = nil) throws -> RunResult {
        try lockstep(arguments, in: directory, environment: extra, stdin: stdin)
    }

    @discardableResult
    func lockstep(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:],
                  stdin: Data? = nil) throws -> RunResult {
        try run(Products.lockstep, arguments, in: directory ?? path, environment: environment.merging(extra) { $1 },
                stdin: stdin)
    }

    // MARK: Files

    @discardableResult
    func write(_ relativePath: String, _ text: String, in directory: URL? = nil) throws -> URL {
        try write(relativePath, Data(text.utf8), in: directory)
    }

    @discardableResult
    func write(_ relativePath: String, _ data: Data, in directory: URL? = nil) throws -> URL {
        let url = (directory ?? path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url
    }

    /// A message file outside the work tree (so it never shows up as an untracked file).
    func messageFile(_ text: String) throws -> URL {
        try messageFile(Data(text.utf8))
    }

    func messageFile(_ data: Data) throws -> URL {
        try write("message-\(UUID().uuidString).txt", data, in: root)
    }

    // MARK: Hooks and editors

    /// Copies `hooks/<name>` into the repository's hooks directory as install.sh does.
    func installHook(_ name: String = "commit-msg") throws {
        let hooks = path.appendingPathComponent(".git/hooks")
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        let url = hooks.appendingPathComponent(name)
        try Data(try Products.installedHook(name).utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    /// An executable shell script in the temporary folder.
    func script(_ name: String, _ body: String) throws -> URL {
        let url = try write(name, "#!/bin/sh\n" + body, in: root)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    /// A `GIT_EDITOR` that puts `message` above what git wrote into the file (keeping git's
    /// comment block, status and diff) and keeps a copy of the result in `editorSaw`.
    func editor(writing message: String) throws -> String {
        try editor(writing: Data(message.utf8))
    }

    func editor(writing message: Data) throws -> String {
        let id = UUID().uuidString
        let typed = try write("typed-\(id).txt", message, in: root)
        let script = try script("editor-\(id).sh", """
            cat '\(typed.path)' "$1" > '\(root.path)/edited-\(id).tmp' || exit 1
            cat '\(root.path)/edited-\(id).tmp' > "$1" || exit 1
            cp "$1" '\(editorSaw.path)'

            """)
        return script.path
    }

    /// What the last editor script left in the message file.
    var editorSaw: URL { root.appendingPathComponent("editor-saw.txt") }

    // MARK: State

    /// Commits reachable from HEAD (0 before the first commit).
    func commitCount(in directory: URL? = nil) throws -> Int {
        guard try git("rev-parse", "-q", "--verify", "HEAD", in: directory).status == 0 else { return 0 }
        let result = try git("rev-list", "--count", "HEAD", in: directory)
        try result.expectSuccess()
        return Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// HEAD's message as git stores it: `git log -1 --format=%B` without the newline `log`
    /// adds after each entry.
    func lastMessage(in directory: URL? = nil) throws -> String {
        let result = try git("log", "-1", "--format=%B", in: directory)
        try result.expectSuccess()
        return result.stdout.hasSuffix("\n") ? String(result.stdout.dropLast()) : result.stdout
    }

    /// HEAD's raw message bytes (`git cat-file commit HEAD` after the header).
    func lastRawCommit(in directory: URL? = nil) throws -> Data {
        try git("cat-file", "commit", "HEAD", in: directory).stdoutData
    }

    var commitEditMessage: Data {
        get throws { try Data(contentsOf: path.appendingPathComponent(".git/COMMIT_EDITMSG")) }
    }
}

extension RunResult {
    func expectSuccess(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(status == 0, "\(self)", sourceLocation: sourceLocation)
    }
}
