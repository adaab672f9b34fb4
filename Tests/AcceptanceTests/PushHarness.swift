import Foundation
import Testing

/// Scenarios with a remote: a release repository (main at 1.2.0, tagged v1.2.0) whose `origin` is
/// a bare repository beside it, with `develop` one feature ahead of main, everything pushed, and
/// Lockstep's pre-push and reference-transaction hooks installed as install.sh writes them.
extension TemporaryRepository {
    static func withOrigin(develop: String = "develop", config: String? = nil) throws -> TemporaryRepository {
        let repo = try TemporaryRepository.release()
        if let config {
            try repo.write(".lockstep.toml", config)
            try repo.git("add", ".lockstep.toml").expectSuccess()
            try repo.git("commit", "-q", "--no-verify", "-m", "chore: configure lockstep").expectSuccess()
        }
        try repo.git("tag", "-a", "v1.2.0", "-m", "Release v1.2.0").expectSuccess()
        try repo.git("init", "-q", "--bare", "-b", "main", repo.origin.path).expectSuccess()
        try repo.git("remote", "add", "origin", repo.origin.path).expectSuccess()
        try repo.git("push", "-q", "origin", "main", "v1.2.0").expectSuccess()
        try repo.git("switch", "-q", "-c", develop).expectSuccess()
        try repo.commit("feat: unreleased dashboard", file: "dashboard.txt")
        try repo.git("push", "-q", "origin", develop).expectSuccess()
        try repo.git("switch", "-q", "main").expectSuccess()
        try repo.installHook("pre-push")
        try repo.installHook("reference-transaction")
        return repo
    }

    /// The bare repository `origin` points at.
    var origin: URL { root.appendingPathComponent("origin.git") }

    /// Installs `hooks/pre-receive` into the bare origin, as a server administrator would.
    func installServerHook() throws {
        let url = origin.appendingPathComponent("hooks/pre-receive")
        try Data(try Products.installedHook("pre-receive").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    /// A commit made without Lockstep's commit hooks (as a GUI or `--no-verify` would), writing
    /// `file` so that the commit is not empty.
    @discardableResult
    func commit(_ message: String, file: String? = nil) throws -> String {
        if let file {
            try write(file, message + "\n")
            try git("add", file).expectSuccess()
        }
        try git("commit", "-q", "--no-verify", "--allow-empty", "-m", message).expectSuccess()
        return try gitOutput("rev-parse", "HEAD")
    }

    /// What a ref holds in `origin`, nil when it does not exist there.
    func originRef(_ name: String) throws -> String? {
        let result = try git("rev-parse", "-q", "--verify", name, in: origin)
        return result.status == 0 ? result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    func localRef(_ name: String) throws -> String? {
        let result = try git("rev-parse", "-q", "--verify", name)
        return result.status == 0 ? result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    /// Commits `version` into the three release files, as the release commit does.
    func releaseCommit(_ version: String, date: String = "2025-12-01") throws {
        try writeRelease(version, changelogDate: date)
        try git("add", "-A").expectSuccess()
        try git("commit", "-q", "--no-verify", "-m", "chore: prepare release v\(version)").expectSuccess()
    }

    /// A hook kept as `<name>.lockstep-orig` that records its standard input in `<name>.stdin` and
    /// its arguments in `<name>.args` beside the temporary folder.
    func chainRecordingHook(_ name: String, in hooks: URL? = nil, exit status: Int = 0) throws {
        let directory = hooks ?? path.appendingPathComponent(".git/hooks")
        let url = directory.appendingPathComponent("\(name).lockstep-orig")
        let body = "#!/bin/sh\ncat > '\(root.path)/\(name).stdin'\nprintf '%s\\n' \"$@\" > '\(root.path)/\(name).args'\nexit \(status)\n"
        try Data(body.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    /// What the chained hook `name` received on standard input; nil when it did not run.
    func recordedInput(_ name: String) -> Data? {
        try? Data(contentsOf: root.appendingPathComponent("\(name).stdin"))
    }
}

extension RunResult {
    /// A push the pre-push hook refused: git's error, Lockstep's diagnostic and its note, no crash.
    func expectPushRefused(_ rule: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status != 0, "the push should have been refused\n\(self)", sourceLocation: sourceLocation)
        #expect(stderr.contains("error[\(rule)]"), "no `error[\(rule)]` in\n\(self)", sourceLocation: sourceLocation)
        #expect(stderr.contains("lockstep: push rejected"), "no `push rejected` note in\n\(self)", sourceLocation: sourceLocation)
        expectNoColour(sourceLocation: sourceLocation)
        for sign in ["died of signal", "Fatal error", "Segmentation fault"] {
            #expect(!output.contains(sign), "crash sign `\(sign)` in\n\(self)", sourceLocation: sourceLocation)
        }
    }
}
