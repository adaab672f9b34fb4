import Foundation
@testable import LockstepGit

/// A temporary directory in which tests drive the real `git`, isolated from the machine:
/// HOME inside it, no system config, fixed author and committer, dates that grow by a minute
/// per commit (so that walks have a well-defined order unless a test fixes the date).
final class GitSandbox {
    let root: String
    private(set) var environment: [String: String]
    private var clock = 1_700_000_000

    init() throws {
        let base = FileManager.default.temporaryDirectory.path + "/lockstep-git-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: base + "/home", withIntermediateDirectories: true)
        // Resolve symbolic links (/tmp; macOS's /var is /private/var) so that paths compare with
        // what git prints: realpath, as Foundation's resolvingSymlinksInPath drops a leading
        // /private on macOS.
        guard let resolved = realpath(base, nil) else { throw Failure("cannot resolve \(base)") }
        defer { free(resolved) }
        root = String(cString: resolved)
        environment = [
            "HOME": root + "/home",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "A U Thor", "GIT_AUTHOR_EMAIL": "author@example.com",
            "GIT_COMMITTER_NAME": "C O Mitter", "GIT_COMMITTER_EMAIL": "committer@example.com",
            "GIT_CEILING_DIRECTORIES": root,
            "LANG": "C", "LC_ALL": "C",
        ]
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    /// Runs git in `directory` (relative to the sandbox) and returns stdout without the final newline.
    @discardableResult
    func git(_ arguments: [String], in directory: String = "", environment extra: [String: String] = [:],
             input: Data? = nil) throws -> String {
        let output = try gitData(arguments, in: directory, environment: extra, input: input)
        var text = String(decoding: output, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    @discardableResult
    func git(_ arguments: String..., in directory: String = "", environment extra: [String: String] = [:]) throws -> String {
        try git(arguments, in: directory, environment: extra)
    }

    func gitData(_ arguments: [String], in directory: String = "", environment extra: [String: String] = [:],
                 input: Data? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory.hasPrefix("/") ? directory : path(directory))
        var combined = environment
        for (name, value) in extra { combined[name] = value }
        process.environment = combined
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        // Feed stdin and drain stderr on other threads: git may fill one pipe while we fill another.
        let writer = standardInput.fileHandleForWriting
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            if let input { writer.write(input) }
            try? writer.close()
        }
        let errorBox = ErrorText()
        DispatchQueue.global().async(group: group) {
            errorBox.text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errorText = errorBox.text
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure("git \(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(errorText)")
        }
        return data
    }

    /// `git init -b main` of a new repository named `name`.
    func makeRepository(_ name: String, bare: Bool = false) throws {
        try git(["init", "-q", "-b", "main"] + (bare ? ["--bare"] : []) + [path(name)])
    }

    /// Commits in `repository` (allow-empty) with the next date, and returns the new id.
    @discardableResult
    func commit(_ message: String, in repository: String, file: String? = nil, date: Int? = nil) throws -> String {
        if let file {
            try write(message, to: repository + "/" + file)
            try git("add", file, in: repository)
        }
        clock += 60
        let stamp = "@\(date ?? clock) +0000"
        try git(["commit", "-q", "--allow-empty", "-m", message], in: repository,
                environment: ["GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp])
        return try git("rev-parse", "HEAD", in: repository)
    }

    /// A merge commit of `branch` into the current branch, with the next date.
    @discardableResult
    func merge(_ branch: String, in repository: String, date: Int? = nil) throws -> String {
        clock += 60
        let stamp = "@\(date ?? clock) +0000"
        try git(["merge", "-q", "--no-ff", "-m", "Merge \(branch)", branch], in: repository,
                environment: ["GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp])
        return try git("rev-parse", "HEAD", in: repository)
    }

    func write(_ text: String, to relative: String) throws {
        try write(Data(text.utf8), to: relative)
    }

    func write(_ data: Data, to relative: String) throws {
        let file = path(relative)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: file))
    }

    /// What `git rev-list` prints for `arguments`, one id per element.
    func revList(_ arguments: [String], in repository: String) throws -> [String] {
        try git(["rev-list"] + arguments, in: repository).split(separator: "\n").map(String.init)
    }

    /// Opens `directory` with the sandbox environment plus `extra`.
    func open(_ directory: String, environment extra: [String: String] = [:]) throws(GitError) -> Repository {
        var combined = environment
        for (name, value) in extra { combined[name] = value }
        return try Repository(discoveringFrom: directory.hasPrefix("/") ? directory : path(directory),
                              environment: combined)
    }

    private final class ErrorText: @unchecked Sendable {
        var text = ""
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

extension Repository {
    /// The ids a walk hands out, in order.
    func walkedIDs(_ revisions: [String], all: Bool = false) throws -> [String] {
        var ids: [String] = []
        try walkCommits(revisions, all: all) { commit in
            ids.append(commit.id.hex)
            return true
        }
        return ids
    }
}
