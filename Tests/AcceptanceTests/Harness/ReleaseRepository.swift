import Foundation
import Testing

/// The files of a repository laid out like RELEASE_PROCESS.md ("Versioning Strategy"), written so
/// that every version value sits at a known line and column.
enum ReleaseFiles {
    /// `backend/Cargo.toml`; the version value (its opening quote) is at line 3, column 11.
    static func cargo(_ version: String, lineEnding: String = "\n") -> String {
        ["[package]", "name = \"api\"", "version = \"\(version)\"", "edition = \"2021\"", ""].joined(separator: lineEnding)
    }

    /// `frontend/package.json`; the version value is at line 3, column 14.
    static func packageJSON(_ version: String, description: String = "KoproGo web", lineEnding: String = "\n") -> String {
        ["{", "  \"name\": \"web\",", "  \"version\": \"\(version)\",", "  \"private\": true,",
         "  \"scripts\": {", "    \"build\": \"vite build\",", "    \"test\": \"vitest\",", "    \"lint\": \"eslint .\",",
         "    \"format\": \"prettier --write .\"", "  },", "  \"license\": \"AGPL-3.0\",",
         "  \"description\": \"\(description)\"", "}", ""].joined(separator: lineEnding)
    }

    /// `frontend/package-lock.json`: `version` at 3:14, `packages[""].version` at 9:18.
    static func packageLock(_ version: String, root rootVersion: String? = nil) -> String {
        """
        {
          "name": "web",
          "version": "\(version)",
          "lockfileVersion": 3,
          "requires": true,
          "packages": {
            "": {
              "name": "web",
              "version": "\(rootVersion ?? version)"
            }
          }
        }

        """
    }

    /// CHANGELOG.md: title, an empty Unreleased, then `releases` (newest first, each with one
    /// Added entry), then the 1.2.0 section every repository starts with.
    static func changelog(_ releases: (version: String, date: String)..., lineEnding: String = "\n") -> String {
        var lines = ["# Changelog", "", "## [Unreleased]", ""]
        for release in releases {
            lines += ["## [\(release.version)] - \(release.date)", "### Added", "- Release \(release.version) (#13)", ""]
        }
        lines += ["## [1.2.0] - 2025-11-10", "### Added", "- First release of the API (#1)", ""]
        return lines.joined(separator: lineEnding)
    }

    static let cargoPath = "backend/Cargo.toml"
    static let packagePath = "frontend/package.json"
    static let changelogPath = "CHANGELOG.md"
    /// Where the diagnostics point: the version values.
    static let cargoVersion = "backend/Cargo.toml:3:11"
    static let packageVersion = "frontend/package.json:3:14"
}

extension TemporaryRepository {
    /// A repository laid out like the release process, committed (without hooks, so the starting
    /// point never depends on the code under test), with Lockstep's pre-commit, pre-merge-commit
    /// and commit-msg hooks installed as install.sh does.
    static func release(name: String = "repo", packageJSON: Bool = true, cargo: Bool = true,
                        extraFiles: [String: String] = [:]) throws -> TemporaryRepository {
        let repo = try TemporaryRepository(hook: true, initialCommit: false, name: name)
        try repo.installHook("pre-commit")
        try repo.installHook("pre-merge-commit")
        try repo.write("README.md", "# KoproGo\n")
        if cargo { try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.2.0")) }
        if packageJSON { try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.2.0")) }
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog())
        for (path, text) in extraFiles { try repo.write(path, text) }
        try repo.git("add", "-A").expectSuccess()
        try repo.git("commit", "-q", "--no-verify", "-m", "chore: start").expectSuccess()
        return repo
    }

    /// Writes the three release files at `version` (the changelog with a section for it unless told otherwise).
    func writeRelease(_ version: String, cargo: Bool = true, packageJSON: Bool = true, changelogDate: String? = "2025-12-01") throws {
        if cargo { try write(ReleaseFiles.cargoPath, ReleaseFiles.cargo(version)) }
        if packageJSON { try write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON(version)) }
        if let changelogDate { try write(ReleaseFiles.changelogPath, ReleaseFiles.changelog((version, changelogDate))) }
    }

    /// Puts `text` into the index at `path` without touching the work tree (what `git add -p`
    /// leaves behind: index ≠ work tree).
    func stage(_ path: String, _ text: String) throws {
        try stage(path, Data(text.utf8))
    }

    func stage(_ path: String, _ data: Data, mode: String = "100644") throws {
        let hashed = try git("hash-object", "-w", "--stdin", stdin: data)
        try hashed.expectSuccess()
        let id = hashed.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try git("update-index", "--add", "--cacheinfo", "\(mode),\(id),\(path)").expectSuccess()
    }

    /// HEAD's commit id, or nil on an unborn branch.
    func headID(in directory: URL? = nil) throws -> String? {
        let result = try git("rev-parse", "-q", "--verify", "HEAD", in: directory)
        return result.status == 0 ? result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    /// A file as a commit stores it (`git show REV:path`), or the index with `at: ""` (`git show :path`).
    func stored(_ path: String, at revision: String = "HEAD") throws -> String? {
        let result = try git("show", "\(revision):\(path)")
        return result.status == 0 ? result.stdout : nil
    }

    /// Replaces the pre-commit hook chained before Lockstep (`pre-commit.lockstep-orig`).
    func chainPreCommit(_ body: String) throws {
        let url = path.appendingPathComponent(".git/hooks/pre-commit.lockstep-orig")
        try Data(("#!/bin/sh\n" + body).utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    /// A chained pre-commit that records the `GIT_INDEX_FILE` git hands to the hooks (read it
    /// with `indexFileSeenByHook`), so a scenario proves which index the commit used.
    func recordIndexFile() throws {
        try chainPreCommit("printf '%s\\n' \"$GIT_INDEX_FILE\" > '\(indexFileRecord.path)'\n")
    }

    var indexFileRecord: URL { root.appendingPathComponent("index-file-seen.txt") }

    var indexFileSeenByHook: String {
        (try? String(contentsOf: indexFileRecord, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// Everything a hook must leave alone: the index (entries and bytes), the work tree's status,
    /// refs, and the lock files.
    func state() throws -> RepositoryState {
        let git = path.appendingPathComponent(".git")
        let locks = ((try? FileManager.default.contentsOfDirectory(atPath: git.path)) ?? [])
            .filter { $0.hasSuffix(".lock") }.sorted()
        return RepositoryState(
            stage: try gitOutput("ls-files", "-s"),
            status: try gitOutput("status", "--porcelain", "--untracked-files=all"),
            indexBytes: (try? Data(contentsOf: git.appendingPathComponent("index"))) ?? Data(),
            refs: try gitOutput("for-each-ref", "--format=%(refname) %(objectname)") + "\nHEAD " + ((try headID()) ?? "unborn"),
            locks: locks)
    }
}

struct RepositoryState: Equatable, CustomStringConvertible {
    var stage: String
    var status: String
    var indexBytes: Data
    var refs: String
    var locks: [String]

    var description: String {
        "ls-files -s:\n\(stage)\nstatus:\n\(status)\nindex: \(indexBytes.count) bytes\nrefs:\n\(refs)\nlocks: \(locks)"
    }
}

/// One diagnostic as the text renderer printed it.
struct RenderedDiagnostic: CustomStringConvertible {
    var severity: String
    var rule: String
    var message: String
    var location: String?
    var excerpt: String?
    /// 1-based column of the first `^` under the excerpt.
    var caretColumn: Int?
    var fix: String?

    var description: String {
        "\(severity)[\(rule)]: \(message) --> \(location ?? "-") fix: \(fix ?? "-")"
    }

    /// Parses `error[rule]: message`, `--> file:line:col`, ` N | excerpt`, `   | ^^^`, `= fix: …`.
    static func parse(_ text: String) -> [RenderedDiagnostic] {
        var found: [RenderedDiagnostic] = []
        var pendingExcerptPrefix: Int?
        for line in text.components(separatedBy: "\n") {
            if let match = line.firstMatch(of: /^(error|warning)\[([^\]]+)\]: (.*)$/) {
                found.append(RenderedDiagnostic(severity: String(match.1), rule: String(match.2), message: String(match.3)))
                pendingExcerptPrefix = nil
                continue
            }
            guard !found.isEmpty else { continue }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("--> ") {
                found[found.count - 1].location = String(trimmed.dropFirst(4))
            } else if trimmed.hasPrefix("= fix: ") {
                found[found.count - 1].fix = String(trimmed.dropFirst(7))
            } else if let match = line.firstMatch(of: /^ (\d+) \| (.*)$/) {
                found[found.count - 1].excerpt = String(match.2)
                pendingExcerptPrefix = line.count - match.2.count
            } else if let prefix = pendingExcerptPrefix, let caret = line.firstIndex(of: "^") {
                found[found.count - 1].caretColumn = line.distance(from: line.startIndex, to: caret) - prefix + 1
                pendingExcerptPrefix = nil
            }
        }
        return found
    }
}

extension RunResult {
    var diagnostics: [RenderedDiagnostic] { RenderedDiagnostic.parse(output) }

    /// The rule ids reported as errors, sorted, with repetitions.
    var errorRules: [String] { diagnostics.filter { $0.severity == "error" }.map(\.rule).sorted() }

    /// The diagnostic `rule` at `location` (exactly `file:line:col`, or `file` alone), with `fix`
    /// (a substring) and `message` (a substring) when given.
    @discardableResult
    func expectDiagnostic(_ rule: String, at location: String, fix: String? = nil, message: String? = nil,
                          withExcerpt: Bool = true,
                          sourceLocation: SourceLocation = #_sourceLocation) -> RenderedDiagnostic? {
        let candidates = diagnostics.filter { $0.rule == rule && $0.location == location }
        #expect(!candidates.isEmpty, "no `error[\(rule)]` at `--> \(location)` in\n\(self)", sourceLocation: sourceLocation)
        guard let found = candidates.first else { return nil }
        if let fix {
            #expect(candidates.contains { $0.fix?.contains(fix) == true },
                    "the fix of \(rule) at \(location) should mention `\(fix)`: \(found)\n\(self)", sourceLocation: sourceLocation)
        }
        if let message {
            #expect(candidates.contains { $0.message.contains(message) },
                    "the message of \(rule) at \(location) should mention `\(message)`: \(found)\n\(self)",
                    sourceLocation: sourceLocation)
        }
        // A location with a column has the offending line under it with a caret at that column.
        let parts = location.split(separator: ":")
        if withExcerpt, parts.count >= 3, let column = Int(parts[parts.count - 1]) {
            #expect(found.excerpt != nil && found.caretColumn == column,
                    "expected an excerpt with `^` at column \(column) for \(rule) at \(location)\n\(self)",
                    sourceLocation: sourceLocation)
        }
        return found
    }

    /// A pre-commit / pre-merge-commit refusal: git's status is not 0, the diagnostic is there,
    /// the hook said the commit was rejected, and nothing crashed. No colour without a terminal.
    func expectCommitRefused(_ rule: String, at location: String, fix: String? = nil, message: String? = nil,
                             withExcerpt: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status != 0, "the commit should have been refused\n\(self)", sourceLocation: sourceLocation)
        expectDiagnostic(rule, at: location, fix: fix, message: message, withExcerpt: withExcerpt, sourceLocation: sourceLocation)
        #expect(stderr.contains("commit rejected"), "no `commit rejected` in\n\(self)", sourceLocation: sourceLocation)
        expectNoColour(sourceLocation: sourceLocation)
        expectNoCrash(sourceLocation: sourceLocation)
    }

    /// The process (or the hook under git) ended by itself, with one of Lockstep's exit codes.
    func expectNoCrash(sourceLocation: SourceLocation = #_sourceLocation) {
        let crashSigns = ["died of signal", "Fatal error", "Segmentation fault", "Illegal instruction", "Trace/breakpoint trap",
                          "Current stack trace", "💣"]
        for sign in crashSigns {
            #expect(!output.contains(sign), "crash sign `\(sign)` in\n\(self)", sourceLocation: sourceLocation)
        }
        #expect((0...3).contains(status), "exit status \(status) is none of Lockstep's (0–3)\n\(self)",
                sourceLocation: sourceLocation)
    }
}
