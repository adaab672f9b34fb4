import Foundation
import Testing

/// install and doctor describe, per hook, the order the installed wrapper really runs the chain in
/// (issue 10, item 5). Each case installs Lockstep over a previous hook that logs its runs, makes
/// Lockstep refuse, and reads from the log whether the previous hook ran first; the words must say
/// the same.
@Suite struct ChainWordsTests {
    struct Case: Sendable, CustomStringConvertible {
        var hook: String
        var installArguments: [String]
        var description: String { hook }
    }

    private static let cases = [
        Case(hook: "commit-msg", installArguments: []), Case(hook: "pre-commit", installArguments: []),
        Case(hook: "pre-push", installArguments: []), Case(hook: "reference-transaction", installArguments: ["--tag-gate"]),
        Case(hook: "pre-receive", installArguments: ["--server"]),
    ]

    /// A release repository (Cargo 1.2.0, v1.2.0) pushed to a bare origin, without hooks.
    private func repository() throws -> TemporaryRepository {
        let repo = try TemporaryRepository(hook: false)
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.2.0"))
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.2.0"))
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog())
        try repo.git("add", "-A").expectSuccess()
        try repo.git("commit", "-q", "-m", "chore: release files").expectSuccess()
        try repo.git("tag", "-a", "v1.2.0", "-m", "Release v1.2.0").expectSuccess()
        try repo.git("init", "-q", "--bare", "-b", "main", repo.origin.path).expectSuccess()
        try repo.git("remote", "add", "origin", repo.origin.path).expectSuccess()
        try repo.git("push", "-q", "origin", "main", "v1.2.0").expectSuccess()
        return repo
    }

    /// What Lockstep refuses in `hook`, done through git.
    private func refusedOperation(_ hook: String, in repo: TemporaryRepository) throws -> RunResult {
        switch hook {
        case "commit-msg":
            return try repo.git("commit", "--allow-empty", "-m", "Add a thing")
        case "pre-commit":
            try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
            try repo.git("add", "-A").expectSuccess()
            return try repo.git("commit", "-m", "chore: bump")
        case "reference-transaction":
            return try repo.git("tag", "v1.2.1")
        default:
            try repo.git("commit", "-q", "--no-verify", "--allow-empty", "-m", "Add a thing").expectSuccess()
            return try repo.git("push", "origin", "main")
        }
    }

    /// install's line for `hook`: `install.sh: <hook>   <what it did>`.
    private func installLine(_ text: String, _ hook: String) -> String {
        text.split(separator: "\n").map(String.init).first { $0.contains(": \(hook) ") } ?? ""
    }

    /// doctor's row for `hook`: `<hook>   <state>`.
    private func doctorRow(_ text: String, _ hook: String) -> String {
        text.split(separator: "\n").map(String.init).first { $0.hasPrefix(hook + " ") } ?? ""
    }

    @Test(arguments: cases)
    func theWordsSayWhatTheWrapperDoes(_ chain: Case) throws {
        let repo = try repository()
        let server = chain.hook == "pre-receive"
        let hooks = server ? repo.origin.appendingPathComponent("hooks") : repo.hooksURL
        let log = repo.root.appendingPathComponent("previous.log")
        try repo.writeHook(chain.hook, "#!/bin/sh\ncat >/dev/null 2>&1 <&0 || true\necho \"$1\" >> '\(log.path)'\nexit 0\n", in: hooks)
        let installed = try repo.install(chain.installArguments, in: server ? repo.origin : nil)
        #expect(installed.status == 0, "\(installed)")
        let installLine = installLine(installed.output, chain.hook)

        let refused = try refusedOperation(chain.hook, in: repo)
        #expect(refused.status != 0, "premise: Lockstep refuses\n\(refused)")
        #expect(refused.stderr.contains("error["), "premise: Lockstep ran and refused\n\(refused)")
        let previousRan = FileManager.default.fileExists(atPath: log.path)

        let doctor = try repo.lockstep("doctor", in: server ? repo.origin : nil)
        let row = doctorRow(doctor.stdout, chain.hook)
        let backup = "\(chain.hook).lockstep-orig"
        if previousRan {
            // The previous hook ran although Lockstep refused: it runs first.
            #expect(installLine.contains("kept as \(backup) and runs first; Lockstep runs after it, only when it passes"), "\(installed)")
            #expect(row.hasSuffix(", runs after \(backup), only when it passes"), "\(doctor)")
        } else {
            #expect(installLine.contains("kept as \(backup) and runs after Lockstep, only when Lockstep passes"), "\(installed)")
            #expect(row.hasSuffix(", runs before \(backup), which runs only when Lockstep passes"), "\(doctor)")
        }
        #expect(!installLine.isEmpty && !row.isEmpty, "\(installed)\n\(doctor)")

        // And the other half: a failing previous hook stops the chain when it runs first.
        if previousRan {
            try repo.writeHook(backup, "#!/bin/sh\necho previous refused >&2\nexit 1\n", in: hooks)
            let stopped = try refusedOperation(chain.hook, in: repo)
            #expect(stopped.status != 0 && !stopped.stderr.contains("error["), "Lockstep runs only when the previous hook passed\n\(stopped)")
        }
    }
}
