/// Reads versions out of the manifests of a tree, collecting what it cannot read as diagnostics.
struct ManifestReader {
    let tree: TreeSnapshot
    var problems: [Diagnostic] = []
    /// The source crate's `[package].name`, to find its entry in Cargo.lock.
    var crateName: String?
    /// The folders of the source manifest and of the workspace root it inherits from: a Cargo.lock
    /// there is the source's own, and must list it. (Another folder's lock may belong to another
    /// workspace.)
    var lockFolders: Set<Substring> = []

    static let rule = "version/manifest-readable"

    /// What the version rules and `release prepare` read of the lock files: package-lock.json's
    /// two version fields, Cargo.lock's entries' names, versions and sources. The rest is checked,
    /// not built.
    package static let packageLockSelection: [[String]] = [["version"], ["packages", "", "version"]]
    package static let cargoLockKeys: Set<String> = ["name", "version", "source"]

    init(tree: TreeSnapshot) { self.tree = tree }

    /// A file's bytes, or nil (missing: silently; otherwise with a diagnostic).
    private mutating func bytes(at path: String) -> [UInt8]? {
        switch tree[path] {
        case .file(let bytes)?: return bytes
        case let entry?:
            if let problem = Self.unreadable(path, entry, rule: Self.rule) { problems.append(problem) }
            return nil
        case nil: return nil
        }
    }

    static func unreadable(_ path: String, _ entry: TreeEntry, rule: String) -> Diagnostic? {
        switch entry {
        case .file: return nil
        case .symlink(let target):
            return Diagnostic(rule, "\(path) is a symbolic link (to \(target)); Lockstep reads no file through a link",
                              fix: "commit the file itself at \(path)", file: path)
        case .submodule:
            return Diagnostic(rule, "\(path) is a submodule, not a file", fix: "point the configuration at a regular file", file: path)
        case .tooLarge(let size):
            return Diagnostic(rule, "\(path) is \(size) bytes, more than Lockstep reads (\(maximumReadableFileSize) bytes)",
                              fix: "check that the right file is committed at \(path)", file: path)
        }
    }

    /// The document at `path`; with `keepingValuesOf`, only those keys' strings are made.
    private mutating func toml(at path: String, keepingValuesOf keys: Set<String>? = nil) -> (TOMLTable, SourceLines)? {
        guard let bytes = bytes(at: path) else { return nil }
        do throws(TOMLError) {
            let document = if let keys { try TOML.parse(bytes, keepingValuesOf: keys) } else { try TOML.parse(bytes) }
            return (document, SourceLines(bytes))
        } catch {
            problems.append(Diagnostic(Self.rule, "\(path) is not valid TOML: \(error.message)", fix: "fix the syntax",
                                       file: path, line: error.position.line, column: error.position.column,
                                       excerpt: SourceLines(bytes)[error.position.line]))
            return nil
        }
    }

    /// The document at `path`; with `keeping`, only those members are built (see `JSON.parse(_:keeping:)`).
    private mutating func json(at path: String, keeping paths: [[String]]? = nil) -> (JSONNode, SourceLines)? {
        guard let bytes = bytes(at: path) else { return nil }
        do throws(JSONError) {
            let root = if let paths { try JSON.parse(bytes, keeping: paths) } else { try JSON.parse(bytes) }
            return (root, SourceLines(bytes))
        } catch {
            problems.append(Diagnostic(Self.rule, "\(path) is not valid JSON: \(error.message)", fix: "fix the syntax",
                                       file: path, line: error.position.line, column: error.position.column,
                                       excerpt: SourceLines(bytes)[error.position.line]))
            return nil
        }
    }

    private mutating func stringValue(_ node: TOMLNode?, file: String, field: String, lines: SourceLines,
                                      at fallback: Position) -> ManifestVersion? {
        guard let node else {
            problems.append(Diagnostic(Self.rule, "\(file) has no \(field)", fix: "add `version = \"X.Y.Z\"` under [package]",
                                       file: file, line: fallback.line, column: fallback.column, excerpt: lines[fallback.line]))
            return nil
        }
        guard case .string(let text) = node.value else {
            problems.append(Diagnostic(Self.rule, "\(field) in \(file) must be a string", fix: "write it as \"X.Y.Z\"",
                                       file: file, line: node.position.line, column: node.position.column,
                                       excerpt: lines[node.position.line]))
            return nil
        }
        return ManifestVersion(file: file, field: field, text: text, position: node.position, excerpt: lines[node.position.line])
    }

    /// The source of truth's version, following `version.workspace = true` to the workspace root.
    mutating func sourceVersion(at path: String) -> ManifestVersion? {
        guard let (document, lines) = toml(at: path) else { return nil }
        crateName = CargoManifest.crateName(in: document)
        lockFolders.insert(Self.folder(of: path))
        let start = Position(line: 1, column: 1)
        switch CargoManifest.version(in: document) {
        case .value(let node):
            let field = document["package"] == nil ? "[workspace.package].version" : "[package].version"
            return stringValue(node, file: path, field: field, lines: lines, at: start)
        case .missing:
            return stringValue(nil, file: path, field: "[package].version", lines: lines, at: start)
        case .inherited:
            if let node = CargoManifest.workspaceVersion(in: document) {
                return stringValue(node, file: path, field: "[workspace.package].version", lines: lines, at: start)
            }
            for candidate in CargoManifest.workspaceRootCandidates(of: path) {
                guard let (root, rootLines) = toml(at: candidate), CargoManifest.isWorkspaceRoot(root) else { continue }
                lockFolders.insert(Self.folder(of: candidate))
                return stringValue(CargoManifest.workspaceVersion(in: root), file: candidate,
                                   field: "[workspace.package].version", lines: rootLines, at: start)
            }
            problems.append(Diagnostic(Self.rule, "\(path) inherits its version from a workspace, but no workspace root above it sets [workspace.package].version",
                                       fix: "set version in [workspace.package] of the workspace's Cargo.toml", file: path))
            return nil
        }
    }

    /// Every version a mirror states, by the kind of file it is.
    mutating func mirrorVersions(at path: String, crate: String?) -> [ManifestVersion] {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        switch name {
        case "package.json":
            guard let (root, lines) = json(at: path), let object = jsonObject(root, file: path, lines: lines) else { return [] }
            return jsonString(object["version"], file: path, field: "version", lines: lines, required: true).map { [$0] } ?? []
        case "package-lock.json":
            guard let (root, lines) = json(at: path, keeping: Self.packageLockSelection), let object = jsonObject(root, file: path, lines: lines) else { return [] }
            var found: [ManifestVersion] = []
            if let top = jsonString(object["version"], file: path, field: "version", lines: lines, required: false) { found.append(top) }
            if case .object(let packages)? = object["packages"]?.value, case .object(let rootPackage)? = packages[""]?.value,
               let nested = jsonString(rootPackage["version"], file: path, field: "packages[\"\"].version", lines: lines, required: false) {
                found.append(nested)
            }
            return found
        case "Cargo.lock":
            guard let crate, let (document, lines) = toml(at: path, keepingValuesOf: Self.cargoLockKeys) else { return [] }
            if case .array(let packages)? = document["package"]?.value {
                for entry in packages {
                    guard case .table(let table) = entry.value, case .string(crate)? = table["name"]?.value,
                          table["source"] == nil else { continue }
                    return stringValue(table["version"], file: path, field: "the \(crate) entry's version", lines: lines,
                                       at: entry.position).map { [$0] } ?? []
                }
            }
            // Cargo writes every crate of the workspace into its lock file: the source's own lock
            // without it is stale.
            guard lockFolders.contains(Self.folder(of: path)) else { return [] }
            problems.append(Diagnostic(Self.rule, "\(path) has no [[package]] entry for the \(crate) crate",
                                       fix: "regenerate it with `cargo generate-lockfile` (or `cargo update -p \(crate)`) and commit it",
                                       file: path, line: 1, column: 1, excerpt: lines[1]))
            return []
        default:
            guard let (document, lines) = toml(at: path), case .value(let node) = CargoManifest.version(in: document) else { return [] }
            return stringValue(node, file: path, field: "[package].version", lines: lines, at: node.position).map { [$0] } ?? []
        }
    }

    private static func folder(of path: String) -> Substring {
        path.lastIndex(of: "/").map { path[..<$0] } ?? ""
    }

    /// The top-level object of a JSON manifest; anything else cannot hold a version.
    private mutating func jsonObject(_ root: JSONNode, file: String, lines: SourceLines) -> JSONObject? {
        guard case .object(let object) = root.value else {
            problems.append(Diagnostic(Self.rule, "\(file) is not a JSON object, so it states no version", fix: "write it as { \"version\": \"X.Y.Z\", … }",
                                       file: file, line: root.position.line, column: root.position.column,
                                       excerpt: lines[root.position.line]))
            return nil
        }
        return object
    }

    private mutating func jsonString(_ node: JSONNode?, file: String, field: String, lines: SourceLines,
                                     required: Bool) -> ManifestVersion? {
        guard let node else {
            if required {
                problems.append(Diagnostic(Self.rule, "\(file) has no \"\(field)\" field",
                                           fix: "add \"version\": \"X.Y.Z\"", file: file, line: 1, column: 1, excerpt: lines[1]))
            }
            return nil
        }
        guard case .string(let text) = node.value else {
            problems.append(Diagnostic(Self.rule, "\"\(field)\" in \(file) must be a string", fix: "write it as \"X.Y.Z\"",
                                       file: file, line: node.position.line, column: node.position.column,
                                       excerpt: lines[node.position.line]))
            return nil
        }
        return ManifestVersion(file: file, field: field, text: text, position: node.position, excerpt: lines[node.position.line])
    }

    /// Each place `pattern` occurs in its file, with the version written there.
    mutating func patternVersions(_ pattern: VersionPattern) -> [ManifestVersion] {
        guard let (prefix, suffix) = pattern.parts else { return [] }
        guard tree[pattern.path] != nil else {
            // A typo in the path would silently switch the check off.
            problems.append(Diagnostic(Self.rule, "version.patterns names \(pattern.path), which is not in this tree",
                                       fix: "fix the path in version.patterns in .lockstep.toml, or remove the entry", file: pattern.path))
            return []
        }
        guard let bytes = bytes(at: pattern.path) else { return [] }
        var found: [ManifestVersion] = []
        for (index, line) in DecodedMessage(bytes: bytes).lines.enumerated() {
            var searchFrom = line.startIndex
            while let range = line.range(of: prefix, from: searchFrom) {
                let start = range.upperBound
                let token = line[start...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || ".+-_".contains($0)) }
                let version = suffix.isEmpty ? token : (token.range(of: suffix).map { token[..<$0.lowerBound] } ?? token)
                if !version.isEmpty, suffix.isEmpty || line[start...].dropFirst(version.count).hasPrefix(suffix) {
                    let column = line.distance(from: line.startIndex, to: start) + 1
                    found.append(ManifestVersion(file: pattern.path, field: pattern.pattern, text: String(version),
                                                 position: Position(line: index + 1, column: column), excerpt: line))
                }
                searchFrom = range.upperBound
            }
        }
        if found.isEmpty {
            problems.append(Diagnostic(Self.rule, "\(pattern.path) never mentions `\(pattern.pattern)`",
                                       fix: "fix version.patterns in .lockstep.toml, or the file", file: pattern.path))
        }
        return found
    }
}

extension StringProtocol {
    func range(of needle: some StringProtocol) -> Range<Index>? { range(of: needle, from: startIndex) }

    /// The first occurrence of `needle` at or after `start` (stdlib only: no Foundation here).
    func range(of needle: some StringProtocol, from start: Index) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        var index = start
        while index < endIndex {
            if self[index...].hasPrefix(needle) {
                return index..<self.index(index, offsetBy: needle.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
