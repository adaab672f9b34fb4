/// A value read from `.lockstep.toml` for one key, converted with errors that name the key and line.
struct ConfigValue {
    let node: TOMLNode
    let path: String
    let file: String

    private func mismatch(_ expected: String) -> ConfigError {
        ConfigError("\(path) must be \(expected)", file: file, at: node.position, fix: nil)
    }

    func string() throws(ConfigError) -> String {
        guard case .string(let value) = node.value else { throw mismatch("a string") }
        return value
    }

    func bool() throws(ConfigError) -> Bool {
        guard case .boolean(let value) = node.value else { throw mismatch("true or false") }
        return value
    }

    func positiveInteger() throws(ConfigError) -> Int {
        guard case .integer(let value) = node.value, value > 0, value <= Int64(Int32.max) else {
            throw mismatch("a positive integer")
        }
        return Int(value)
    }

    func strings() throws(ConfigError) -> [String] {
        guard case .array(let items) = node.value else { throw mismatch("an array of strings") }
        var strings: [String] = []
        for item in items {
            guard case .string(let value) = item.value, !value.isEmpty else { throw mismatch("an array of non-empty strings") }
            strings.append(value)
        }
        return strings
    }

    /// A repository-relative path: no leading `/`, no `..`, no empty segment. `example` is what
    /// the error shows: a file or a folder, as the key takes.
    func relativePath(example: String = "backend/Cargo.toml") throws(ConfigError) -> String {
        let value = try string()
        let segments = value.split(separator: "/", omittingEmptySubsequences: false)
        guard !value.isEmpty, !value.hasPrefix("/"), !segments.contains(where: { $0.isEmpty || $0 == ".." || $0 == "." }) else {
            throw mismatch("a path relative to the top of the repository, such as \"\(example)\"")
        }
        return value
    }

    func relativePaths(example: String) throws(ConfigError) -> [String] {
        guard case .array(let items) = node.value else { throw mismatch("an array of paths") }
        var paths: [String] = []
        for item in items { paths.append(try ConfigValue(node: item, path: path, file: file).relativePath(example: example)) }
        return paths
    }

    /// A branch name as git allows it in a ref (no spaces, `..`, `~^:?*[\\`, leading `-`).
    func branchName() throws(ConfigError) -> String {
        let value = try string()
        let forbidden: Set<Character> = [" ", "~", "^", ":", "?", "*", "[", "\\", "\t"]
        guard !value.isEmpty, !value.hasPrefix("-"), !value.hasPrefix("/"), !value.hasSuffix("/"), !value.contains(".."),
              !value.contains(where: { forbidden.contains($0) }) else {
            throw mismatch("a branch name such as \"main\" or \"dev\"")
        }
        return value
    }

    /// `"major"` or `"minor"`.
    func zeroMajorBump() throws(ConfigError) -> BumpKind {
        let value = try string()
        guard let kind = BumpKind(name: value), kind != .patch else { throw mismatch("\"major\" or \"minor\"") }
        return kind
    }

    /// `[{ path = "…", pattern = "…{version}…" }, …]`
    func versionPatterns() throws(ConfigError) -> [VersionPattern] {
        guard case .array(let items) = node.value else { throw mismatch("an array of { path, pattern } tables") }
        var patterns: [VersionPattern] = []
        for item in items {
            guard case .table(let table) = item.value, let pathNode = table["path"], let patternNode = table["pattern"],
                  table.entries.count == 2 else {
                throw ConfigError("each entry of \(path) must be { path = \"…\", pattern = \"…{version}…\" }",
                                  file: file, at: item.position, fix: nil)
            }
            let pattern = VersionPattern(path: try ConfigValue(node: pathNode, path: path + ".path", file: file).relativePath(example: "deploy/compose.yml"),
                                         pattern: try ConfigValue(node: patternNode, path: path + ".pattern", file: file).string())
            guard let parts = pattern.parts, !(parts.prefix.isEmpty && parts.suffix.isEmpty) else {
                throw ConfigError("\(path).pattern must contain {version} and some text around it", file: file,
                                  at: patternNode.position, fix: "for example \"koprogo/api:{version}\"")
            }
            patterns.append(pattern)
        }
        return patterns
    }

    /// `[{ when = ["…"], then = ["…"], item = "…" }, …]`
    func coChanges() throws(ConfigError) -> [CoChange] {
        guard case .array(let items) = node.value else { throw mismatch("an array of { when, then, item } tables") }
        var pairs: [CoChange] = []
        for item in items {
            guard case .table(let table) = item.value, let when = table["when"], let then = table["then"],
                  table.entries.allSatisfy({ ["when", "then", "item"].contains($0.key) }) else {
                throw ConfigError("each entry of \(path) must be { when = [\"path/\"], then = [\"path/\"], item = \"…\" } (item optional)",
                                  file: file, at: item.position, fix: nil)
            }
            let whenPaths = try ConfigValue(node: when, path: path + ".when", file: file).strings()
            let thenPaths = try ConfigValue(node: then, path: path + ".then", file: file).strings()
            guard !whenPaths.isEmpty, !thenPaths.isEmpty else {
                throw ConfigError("\(path): `when` and `then` each name at least one path", file: file, at: item.position, fix: nil)
            }
            let name = try table["item"].map { node throws(ConfigError) in try ConfigValue(node: node, path: path + ".item", file: file).string() }
            pairs.append(CoChange(when: whenPaths, then: thenPaths, item: name))
        }
        return pairs
    }
}
