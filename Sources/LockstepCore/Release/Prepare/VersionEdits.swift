/// The byte edits that set a new version in every file that carries it: the source of truth (or
/// the workspace root it inherits from), each mirror, every Cargo.lock entry of a crate whose
/// version the release sets, and each `version.patterns` occurrence. Only the text between a
/// value's quotes changes; positions come from the TOML and JSON parsers, and each edit checks
/// that the bytes there are the quoted old value before it replaces them.
package struct VersionEdits: Sendable {
    /// The version the source of truth states (following a workspace), without reading the mirrors.
    package static func sourceVersion(in tree: TreeSnapshot, config: Config) -> String? {
        var reader = ManifestReader(tree: tree)
        return reader.sourceVersion(at: config.version.source)?.text
    }

    /// The edits of each file, by path (files that need none are absent).
    package var edits: [String: [ByteEdit]] = [:]
    /// What could not be edited: a file that does not parse, a value that is not a plain string.
    package var problems: [Diagnostic] = []
    /// The crates whose version the release sets (their Cargo.lock entries follow).
    package var crates: Set<String> = []
    /// Line starts of the files edited so far (a lock file is indexed once, not once per entry).
    private var lineIndex: [String: ByteLines] = [:]

    package static let rule = "release/prepare"

    /// - Parameters:
    ///   - tree: the files as they are now (the watched paths and the workspace members' manifests).
    ///   - members: the manifests of the workspace the source belongs to (`crates/a/Cargo.toml`).
    package init(tree: TreeSnapshot, config: Config, version: String, members: [String] = []) {
        let new = Array(version.utf8)
        let source = config.version.source
        var setsWorkspaceVersion = false
        if let document = toml(tree, source) {
            if let name = CargoManifest.crateName(in: document) { crates.insert(name) }
            switch CargoManifest.version(in: document) {
            case .value(let node):
                setsWorkspaceVersion = document["package"] == nil
                edit(tree, source, node: node, to: new)
            case .inherited:
                setsWorkspaceVersion = true
                if let node = CargoManifest.workspaceVersion(in: document) {
                    edit(tree, source, node: node, to: new)
                } else if let root = CargoManifest.workspaceRootCandidates(of: source).first(where: { path in
                    toml(tree, path, reporting: false).map(CargoManifest.isWorkspaceRoot) == true
                }), let rootDocument = toml(tree, root), let node = CargoManifest.workspaceVersion(in: rootDocument) {
                    edit(tree, root, node: node, to: new)
                    if case .inherited = CargoManifest.version(in: rootDocument), let name = CargoManifest.crateName(in: rootDocument) {
                        crates.insert(name)
                    }
                } else {
                    problems.append(Diagnostic(Self.rule, "\(source) inherits its version, but no workspace root above it sets [workspace.package].version",
                                               fix: "set version in [workspace.package] of the workspace's Cargo.toml", file: source))
                }
            case .missing:
                problems.append(Diagnostic(Self.rule, "\(source) states no version", fix: "add `version = \"X.Y.Z\"` under [package]", file: source))
            }
        }
        // Members that inherit the workspace's version get the new one with it.
        if setsWorkspaceVersion {
            for member in members where member != source {
                guard let document = toml(tree, member, reporting: false), case .inherited = CargoManifest.version(in: document),
                      let name = CargoManifest.crateName(in: document) else { continue }
                crates.insert(name)
            }
        }
        let mirrors = config.version.mirrors.filter { $0 != source }
        // Cargo.toml mirrors first: their crates join the set the lock files follow.
        for mirror in mirrors where Self.kind(of: mirror) == .cargoManifest {
            guard let document = toml(tree, mirror) else { continue }
            switch CargoManifest.version(in: document) {
            case .value(let node):
                edit(tree, mirror, node: node, to: new)
                if let name = CargoManifest.crateName(in: document) { crates.insert(name) }
            case .inherited:
                if setsWorkspaceVersion, let name = CargoManifest.crateName(in: document) { crates.insert(name) }
            case .missing:
                continue
            }
        }
        for mirror in mirrors {
            switch Self.kind(of: mirror) {
            case .packageJSON:
                guard let object = jsonObject(tree, mirror) else { continue }
                if let node = object["version"] { edit(tree, mirror, node: node, to: new) }
            case .packageLock:
                guard let object = jsonObject(tree, mirror, keeping: ManifestReader.packageLockSelection) else { continue }
                if let node = object["version"] { edit(tree, mirror, node: node, to: new) }
                if case .object(let packages)? = object["packages"]?.value, case .object(let root)? = packages[""]?.value,
                   let node = root["version"] {
                    edit(tree, mirror, node: node, to: new)
                }
            case .cargoLock:
                guard !crates.isEmpty, let document = toml(tree, mirror, keepingValuesOf: ManifestReader.cargoLockKeys),
                      case .array(let packages)? = document["package"]?.value else { continue }
                for entry in packages {
                    // A registry or git crate of the same name is another package: it has a `source`.
                    guard case .table(let table) = entry.value, case .string(let name)? = table["name"]?.value,
                          crates.contains(name), table["source"] == nil, let node = table["version"] else { continue }
                    edit(tree, mirror, node: node, to: new)
                }
            case .cargoManifest:
                continue
            }
        }
        for pattern in config.version.patterns {
            editPattern(tree, pattern, to: new)
        }
    }

    enum Kind { case packageJSON, packageLock, cargoLock, cargoManifest }

    static func kind(of path: String) -> Kind {
        switch path.split(separator: "/").last ?? "" {
        case "package.json": return .packageJSON
        case "package-lock.json": return .packageLock
        case "Cargo.lock": return .cargoLock
        default: return .cargoManifest
        }
    }

    // MARK: Reading

    private func bytes(_ tree: TreeSnapshot, _ path: String) -> [UInt8]? {
        if case .file(let bytes)? = tree[path] { return bytes }
        return nil
    }

    private mutating func toml(_ tree: TreeSnapshot, _ path: String, reporting: Bool = true, keepingValuesOf keys: Set<String>? = nil) -> TOMLTable? {
        guard let bytes = bytes(tree, path) else { return nil }
        do throws(TOMLError) {
            return if let keys { try TOML.parse(bytes, keepingValuesOf: keys) } else { try TOML.parse(bytes) }
        } catch {
            if reporting { problems.append(Self.syntax(path, "TOML", error.message, error.position, bytes)) }
            return nil
        }
    }

    private mutating func jsonObject(_ tree: TreeSnapshot, _ path: String, keeping paths: [[String]]? = nil) -> JSONObject? {
        guard let bytes = bytes(tree, path) else { return nil }
        do throws(JSONError) {
            let root = if let paths { try JSON.parse(bytes, keeping: paths) } else { try JSON.parse(bytes) }
            return root.value.objectValue
        } catch {
            problems.append(Self.syntax(path, "JSON", error.message, error.position, bytes))
            return nil
        }
    }

    private static func syntax(_ path: String, _ format: String, _ message: String, _ position: Position, _ bytes: [UInt8]) -> Diagnostic {
        Diagnostic(rule, "\(path) is not valid \(format): \(message)",
                   fix: "fix the syntax at \(path):\(position), then run the command again",
                   file: path, line: position.line, column: position.column, excerpt: SourceLines(bytes)[position.line])
    }

    // MARK: Editing

    /// Replaces the string value at `node` (its opening quote) with `new`, quotes kept.
    private mutating func edit(_ tree: TreeSnapshot, _ path: String, node: some VersionNode, to new: [UInt8]) {
        guard let bytes = bytes(tree, path) else { return }
        guard let text = node.stringText else {
            problems.append(Diagnostic(Self.rule, "the version in \(path) is not a string", fix: "write it as \"X.Y.Z\"",
                                       file: path, line: node.position.line, column: node.position.column))
            return
        }
        let old = Array(text.utf8)
        var lines = lineIndex[path] ?? ByteLines(bytes)
        let found = lines.offset(of: node.position)
        lineIndex[path] = lines
        guard let start = found, start < bytes.count,
              bytes[start] == 0x22 || bytes[start] == 0x27, start + old.count + 1 < bytes.count,
              bytes[(start + 1)..<(start + 1 + old.count)].elementsEqual(old), bytes[start + 1 + old.count] == bytes[start],
              !(start + 2 < bytes.count && bytes[start + 1] == bytes[start] && bytes[start + 2] == bytes[start]) else {
            problems.append(Diagnostic(Self.rule, "the version in \(path) is written with escapes or on several lines, so it cannot be replaced alone",
                                       fix: "write it as a plain \"\(text)\" on one line, then run the command again",
                                       file: path, line: node.position.line, column: node.position.column))
            return
        }
        guard old != new else { return }
        edits[path, default: []].append(ByteEdit((start + 1)..<(start + 1 + old.count), new))
    }

    private mutating func editPattern(_ tree: TreeSnapshot, _ pattern: VersionPattern, to new: [UInt8]) {
        guard let bytes = bytes(tree, pattern.path) else { return }
        var reader = ManifestReader(tree: tree)
        var lines = ByteLines(bytes)
        for found in reader.patternVersions(pattern) {
            let old = Array(found.text.utf8)
            guard let start = lines.offset(line: found.position.line, characters: found.position.column - 1),
                  start + old.count <= bytes.count, bytes[start..<(start + old.count)].elementsEqual(old) else {
                problems.append(Diagnostic(Self.rule, "cannot find the version `\(found.text)` of `\(pattern.pattern)` in \(pattern.path)",
                                           fix: "check version.patterns in .lockstep.toml", file: pattern.path,
                                           line: found.position.line, column: found.position.column))
                continue
            }
            if old != new { edits[pattern.path, default: []].append(ByteEdit(start..<(start + old.count), new)) }
        }
        problems += reader.problems
    }
}

/// A TOML or JSON node read for its string.
protocol VersionNode {
    var position: Position { get }
    var stringText: String? { get }
}

extension TOMLNode: VersionNode {
    var stringText: String? { if case .string(let text) = value { text } else { nil } }
}

extension JSONNode: VersionNode {
    var stringText: String? { value.stringValue }
}
