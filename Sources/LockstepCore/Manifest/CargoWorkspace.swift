/// `[workspace].members` of a workspace root: the folders (globs allowed) whose Cargo.toml files
/// are the workspace's crates, and `exclude`.
package enum CargoWorkspace {
    package static func members(in document: TOMLTable) -> (members: [String], excluded: [String]) {
        guard case .table(let workspace)? = document["workspace"]?.value else { return ([], []) }
        func strings(_ key: String) -> [String] {
            guard case .array(let items)? = workspace[key]?.value else { return [] }
            return items.compactMap { if case .string(let text) = $0.value { text } else { nil } }
        }
        return (strings("members"), strings("exclude"))
    }

    /// The workspace root a source manifest belongs to: itself when it declares `[workspace]`,
    /// else the first ancestor Cargo.toml that does (among those `files` holds).
    package static func root(of source: String, in tree: TreeSnapshot) -> (path: String, document: TOMLTable)? {
        for path in [source] + CargoManifest.workspaceRootCandidates(of: source) {
            guard case .file(let bytes)? = tree[path], let document = try? TOML.parse(bytes),
                  CargoManifest.isWorkspaceRoot(document) else { continue }
            return (path, document)
        }
        return nil
    }
}
