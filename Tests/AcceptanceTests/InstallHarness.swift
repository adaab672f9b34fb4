import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// install.sh and `lockstep install` driven in temporary repositories, and exact pictures of
/// hooks directories to compare before and after.
enum InstallScript {
    static let marker = "# lockstep-managed-hook v1"
    static let serverHooks: Set<String> = ["pre-receive", "update", "post-receive", "proc-receive"]

    static var path: String { Products.packageRoot.appendingPathComponent("install.sh").path }
    static var wrappers: URL { Products.packageRoot.appendingPathComponent("hooks") }

    /// The wrappers in `folder` (default: this package's hooks/): files carrying the marker.
    static func wrapperNames(in folder: URL = wrappers) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            guard !name.contains("."), let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            else { return false }
            return text.split(separator: "\n").prefix(5).contains { $0.hasPrefix(marker) }
        }.sorted()
    }

    /// What a default install writes into a repository with a work tree: every wrapper but the
    /// server ones.
    /// What a plain install writes: every client wrapper but the tag gate, which is opt-in (`--tag-gate`).
    static var clientHooks: [String] { wrapperNames().filter { !serverHooks.contains($0) && $0 != "reference-transaction" } }

    /// A copy of install.sh beside a hooks/ folder holding this package's wrappers plus `extra`
    /// ones (the commit-msg wrapper under another name) and a README that is not a wrapper: for
    /// the rules that pick wrappers (server hooks, the tag gate) whatever hooks/ holds today.
    static func fakeSource(in root: URL, extra: [String]) throws -> String {
        let source = root.appendingPathComponent("lockstep-source-\(UUID().uuidString)")
        let hooks = source.appendingPathComponent("hooks")
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: path, toPath: source.appendingPathComponent("install.sh").path)
        for name in wrapperNames() {
            try FileManager.default.copyItem(at: wrappers.appendingPathComponent(name), to: hooks.appendingPathComponent(name))
        }
        let template = try String(contentsOf: wrappers.appendingPathComponent("commit-msg"), encoding: .utf8)
        for name in extra where !FileManager.default.fileExists(atPath: hooks.appendingPathComponent(name).path) {
            try Data(template.replacingOccurrences(of: "(commit-msg)", with: "(\(name))").utf8)
                .write(to: hooks.appendingPathComponent(name))
        }
        try Data("These are Lockstep's hook wrappers.\n".utf8).write(to: hooks.appendingPathComponent("README.md"))
        return source.appendingPathComponent("install.sh").path
    }
}

extension TemporaryRepository {
    var hooksURL: URL { path.appendingPathComponent(".git/hooks") }

    /// `sh install.sh ARGUMENTS` from the work tree (or `directory`), with the hooks calling the
    /// built `lockstep` (`--no-build --prefix <products>`) unless `prefix` is nil.
    @discardableResult
    func install(_ arguments: [String] = [], in directory: URL? = nil, script: String = InstallScript.path,
                 prefix: String? = Products.directory.path, environment extra: [String: String] = [:]) throws -> RunResult {
        let options = prefix.map { ["--no-build", "--prefix", $0] } ?? []
        return try run("/bin/sh", [script] + options + arguments, in: directory ?? path,
                       environment: environment.merging(extra) { $1 })
    }

    /// An executable hook (or any file) written into the hooks directory.
    @discardableResult
    func writeHook(_ name: String, _ text: String, mode: Int = 0o755, in directory: URL? = nil) throws -> URL {
        let folder = directory ?? hooksURL
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
        return url
    }

    /// A stand-in for gilmry/koprogo's `scripts/install-hooks.sh` (HOOKS.md §6.4): it writes
    /// pre-commit and pre-push with `cat >` over whatever is there, and `chmod +x`. Each hook
    /// appends a line to `koprogoLog`. `edition` changes the hooks' text.
    func koprogoInstaller(edition: Int = 1) throws -> URL {
        try script("install-hooks-\(edition).sh", """
            HOOKS_DIR="$(git rev-parse --show-toplevel)/.git/hooks"
            cat > "$HOOKS_DIR/pre-commit" <<'EOF'
            #!/bin/sh
            # koprogo pre-commit, edition \(edition)
            echo "pre-commit \(edition)" >> '\(koprogoLog.path)'
            EOF
            cat > "$HOOKS_DIR/pre-push" <<'EOF'
            #!/bin/sh
            # koprogo pre-push, edition \(edition)
            while read local_ref local_sha remote_ref remote_sha; do
              echo "pre-push \(edition) $local_ref" >> '\(koprogoLog.path)'
            done
            EOF
            chmod +x "$HOOKS_DIR/pre-commit" "$HOOKS_DIR/pre-push"

            """)
    }

    var koprogoLog: URL { root.appendingPathComponent("koprogo.log") }

    var koprogoLines: [String] {
        ((try? String(contentsOf: koprogoLog, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }
}

/// Everything about the entries of a directory that an uninstall must give back: names, file
/// types, permission bits, symlink targets, bytes and modification times.
struct DirectorySnapshot: Equatable, CustomStringConvertible {
    struct Entry: Equatable {
        var kind: String
        var mode: UInt32
        var linkTarget: String?
        var content: Data
        var modified: [Int]
    }

    let entries: [String: Entry]

    /// - Parameter times: also compare modification times.
    init(_ directory: URL, times: Bool = true) {
        var entries: [String: Entry] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] {
            let path = directory.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            let kind = type == S_IFLNK ? "symlink" : type == S_IFDIR ? "directory" : type == S_IFREG ? "file" : "other"
            entries[name] = Entry(
                kind: kind, mode: UInt32(info.st_mode & 0o7777),
                linkTarget: type == S_IFLNK ? try? FileManager.default.destinationOfSymbolicLink(atPath: path) : nil,
                content: type == S_IFREG ? (FileManager.default.contents(atPath: path) ?? Data()) : Data(),
                modified: times ? Self.modificationTime(info) : [])
        }
        self.entries = entries
    }

    /// Seconds and nanoseconds: glibc calls the field st_mtim, Darwin st_mtimespec.
    static func modificationTime(_ info: stat) -> [Int] {
        #if canImport(Glibc)
        [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        #else
        [Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec)]
        #endif
    }

    var names: [String] { entries.keys.sorted() }

    var description: String {
        names.map { name in
            let entry = entries[name]!
            let what = entry.linkTarget.map { "-> \($0)" } ?? "\(entry.content.count) bytes"
            return "\(name) \(entry.kind) \(String(entry.mode, radix: 8)) \(what) \(entry.modified)"
        }.joined(separator: "\n")
    }

    /// One line per entry that differs, for failure messages.
    func differences(from other: DirectorySnapshot) -> String {
        Set(entries.keys).union(other.entries.keys).sorted().compactMap { name -> String? in
            let mine = entries[name], theirs = other.entries[name]
            guard mine != theirs else { return nil }
            return "\(name): \(mine.map { "\($0.kind) \(String($0.mode, radix: 8)) \($0.linkTarget ?? "\($0.content.count) bytes") \($0.modified)" } ?? "absent")"
                + " vs \(theirs.map { "\($0.kind) \(String($0.mode, radix: 8)) \($0.linkTarget ?? "\($0.content.count) bytes") \($0.modified)" } ?? "absent")"
        }.joined(separator: "\n")
    }
}

/// Checks on what install.sh leaves in a hooks directory.
enum HookExpectations {
    static func text(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    /// `url` is Lockstep's wrapper, executable, calling `binary`.
    static func expectOurs(_ url: URL, calls binary: String = Products.lockstep,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let text = text(url)
        #expect(text.contains(InstallScript.marker), "\(url.path) is not Lockstep's wrapper:\n\(text)", sourceLocation: sourceLocation)
        #expect(text.contains("\nbin='\(binary)'\n"), "\(url.path) does not call \(binary):\n\(text)", sourceLocation: sourceLocation)
        var info = stat()
        #expect(lstat(url.path, &info) == 0 && info.st_mode & 0o777 == 0o755 && info.st_mode & S_IFMT == S_IFREG,
                "\(url.path) should be a regular file with mode 755", sourceLocation: sourceLocation)
    }
}
