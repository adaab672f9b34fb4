/// The version of a crate in a Cargo.toml: `[package].version`, or, with `version.workspace = true`
/// (or a virtual manifest), `[workspace.package].version` of the workspace root.
enum CargoManifest {
    enum Version {
        case value(TOMLNode)
        case inherited
        case missing
    }

    static func version(in document: TOMLTable) -> Version {
        guard case .table(let package)? = document["package"]?.value else {
            return workspaceVersion(in: document).map(Version.value) ?? .missing
        }
        guard let version = package["version"] else { return .missing }
        if case .table(let table) = version.value, case .boolean(true)? = table["workspace"]?.value { return .inherited }
        return .value(version)
    }

    static func workspaceVersion(in document: TOMLTable) -> TOMLNode? {
        guard case .table(let workspace)? = document["workspace"]?.value,
              case .table(let package)? = workspace["package"]?.value else { return nil }
        return package["version"]
    }

    static func isWorkspaceRoot(_ document: TOMLTable) -> Bool {
        if case .table? = document["workspace"]?.value { return true }
        return false
    }

    static func crateName(in document: TOMLTable) -> String? {
        guard case .table(let package)? = document["package"]?.value, case .string(let name)? = package["name"]?.value else { return nil }
        return name
    }

    /// Cargo looks for the workspace root in the manifest's ancestors: `backend/Cargo.toml` → `Cargo.toml`.
    static func workspaceRootCandidates(of path: String) -> [String] {
        var directories = path.split(separator: "/").dropLast()
        var candidates: [String] = []
        while !directories.isEmpty {
            directories.removeLast()
            candidates.append((directories + ["Cargo.toml"]).joined(separator: "/"))
        }
        return candidates
    }
}
