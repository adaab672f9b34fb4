/// What a tag's name is to the release rules: a release (`v1.2.0`), a name that states a version
/// but is not `<prefix>` + SemVer (`1.2.1`, `V1.2.1`, `release-1.2.1`, `v1.2`), or another tag
/// (`latest`, `deploy-2025`) that the release rules leave alone.
package enum TagName: Sendable, Equatable {
    case release(SemVer)
    /// `reason` says what is wrong; `suggestion` is the release tag the name most likely meant.
    case misnamed(reason: String, suggestion: String?, column: Int)
    case other

    package init(_ name: String, prefix: String) {
        if ReleaseTag.looksLikeRelease(name, prefix: prefix) {
            switch SemVer.parse(String(name.dropFirst(prefix.count))) {
            case .success(let version): self = .release(version)
            case .failure(let error):
                self = .misnamed(reason: error.reason, suggestion: Self.suggestion(for: name, prefix: prefix), column: prefix.count + 1)
            }
            return
        }
        guard Self.statesVersion(name), !Self.isOtherComponent(name, prefix: prefix) else {
            self = .other
            return
        }
        let reason: String
        if prefix.isEmpty {
            reason = "release tags are the version alone (`version.tag-prefix` is empty)"
        } else if name.lowercased().hasPrefix(prefix.lowercased()), !name.hasPrefix(prefix) {
            reason = "the prefix is written `\(prefix)`, in that case"
        } else {
            reason = "release tags are `\(prefix)` directly followed by the version"
        }
        self = .misnamed(reason: reason, suggestion: Self.suggestion(for: name, prefix: prefix), column: 1)
    }

    /// A run of digits, a dot and digits (`1.2`, `release-1.2.1`): a version, unless its first
    /// number has four digits or more (a date such as `deploy-2025.01.15`).
    static func statesVersion(_ name: String) -> Bool { versionRun(in: name) != nil }

    /// In a monorepo with a namespaced prefix (`backend/v`), `frontend/v1.2.0` is another
    /// component's release: not this configuration's business.
    static func isOtherComponent(_ name: String, prefix: String) -> Bool {
        guard let slash = prefix.lastIndex(of: "/"), let nameSlash = name.lastIndex(of: "/") else { return false }
        return name[...nameSlash].lowercased() != prefix[...slash].lowercased()
    }

    /// Where the version starts and ends in `name`: the first `N.N` run and what follows it as
    /// SemVer would (more numbers, `-pre.release`, `+build`).
    static func versionRun(in name: String) -> Substring? {
        let characters = Array(name)
        var index = 0
        while index < characters.count {
            // A number inside a longer run (`2025.01.15`'s `01`) does not start a version.
            let isInsideRun = index > 0 && (characters[index - 1].isASCIIDigit
                || index > 1 && characters[index - 1] == "." && characters[index - 2].isASCIIDigit)
            guard characters[index].isASCIIDigit, !isInsideRun else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCIIDigit { end += 1 }
            let digits = end - index
            if digits < 4, end + 1 < characters.count, characters[end] == ".", characters[end + 1].isASCIIDigit {
                let start = name.index(name.startIndex, offsetBy: index)
                let tail = name[start...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || "-.+".contains($0)) }
                return tail
            }
            index = end
        }
        return nil
    }

    /// `<prefix>` + the version the name states, made strict SemVer (`1.2` → `1.2.0`, `01` → `1`);
    /// nil when no strict version can be read from it (`1.2.3.4`).
    static func suggestion(for name: String, prefix: String) -> String? {
        let rest = ReleaseTag.looksLikeRelease(name, prefix: prefix) ? Substring(name.dropFirst(prefix.count)) : versionRun(in: name)
        guard let rest else { return nil }
        var text = rest
        while let last = text.last, ".-+_".contains(last) { text = text.dropLast() }
        var coreEnd = text.firstIndex { $0 == "-" || $0 == "+" || $0 == "_" } ?? text.endIndex
        // `1.2.1rc1`: the pre-release starts at the first letter after the numbers.
        if let letter = text[..<coreEnd].firstIndex(where: \.isLetter) { coreEnd = letter }
        var numbers = text[..<coreEnd].split(separator: ".", omittingEmptySubsequences: false).map(Self.withoutLeadingZeros)
        guard (1...3).contains(numbers.count), numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        while numbers.count < 3 { numbers.append("0") }
        let core = numbers.joined(separator: ".")
        let buildStart = text[coreEnd...].firstIndex(of: "+") ?? text.endIndex
        var pre = text[coreEnd..<buildStart].drop { $0 == "-" || $0 == "_" }
        // `rc1`, `rc_1` and `rc.01` are written `rc.1`, as `release prepare --pre rc` numbers them.
        var identifiers: [String] = []
        for part in pre.split(whereSeparator: { $0 == "." || $0 == "_" }) {
            let letters = part.prefix { !$0.isASCIIDigit }
            let digits = part.dropFirst(letters.count)
            if !letters.isEmpty, !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) {
                identifiers += [String(letters), Self.withoutLeadingZeros(digits)]
            } else {
                identifiers.append(part.allSatisfy(\.isASCIIDigit) ? Self.withoutLeadingZeros(part) : String(part))
            }
        }
        pre = Substring(identifiers.joined(separator: "."))
        // A pre-release that does not parse is not dropped: `1.3.0` is no name for a release candidate.
        guard case .success(let version) = SemVer.parse(core + (pre.isEmpty ? "" : "-" + pre) + text[buildStart...]) else { return nil }
        return prefix + version.description
    }

    private static func withoutLeadingZeros(_ digits: Substring) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty && !digits.isEmpty ? "0" : String(trimmed)
    }
}
