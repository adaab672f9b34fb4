/// A Semantic Versioning 2.0.0 version. Numeric identifiers are kept as digit strings, so
/// numbers of any size compare correctly (§2, §11).
package struct SemVer: Sendable, Hashable, CustomStringConvertible {
    package var major: String
    package var minor: String
    package var patch: String
    package var prerelease: [String]
    package var build: [String]

    package init(major: String, minor: String, patch: String, prerelease: [String] = [], build: [String] = []) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.build = build
    }

    package var description: String {
        "\(major).\(minor).\(patch)" + (prerelease.isEmpty ? "" : "-" + prerelease.joined(separator: "."))
            + (build.isEmpty ? "" : "+" + build.joined(separator: "."))
    }

    package var isPrerelease: Bool { !prerelease.isEmpty }
    /// MAJOR.MINOR.PATCH alone: the release a pre-release (`1.3.0-rc.1`) leads to.
    package var core: SemVer { SemVer(major: major, minor: minor, patch: patch) }
    /// `1.3.0-rc.1` and `1.3.0-beta` are pre-releases of `1.3.0` (SemVer §9); build metadata aside (§10).
    package func isPrerelease(of release: SemVer) -> Bool {
        isPrerelease && !release.isPrerelease && core == release.core
    }
    /// 0.y.z: anything may change (§4).
    package var isInitialDevelopment: Bool { major == "0" }

    /// Parses strict SemVer 2.0.0: no `v` prefix, no leading zeros, no empty identifiers.
    package static func parse(_ text: String) -> Result<SemVer, SemVerError> {
        if let version = text.utf8.withContiguousStorageIfAvailable(parseValidASCII) ?? nil { return .success(version) }
        return parseCharacters(text)
    }

    /// The full parser, on characters: it says what is wrong with a version.
    static func parseCharacters(_ text: String) -> Result<SemVer, SemVerError> {
        func fail(_ reason: String) -> Result<SemVer, SemVerError> { .failure(SemVerError(text: text, reason: reason)) }
        if text.isEmpty { return fail("the version is empty") }
        if text.first == "v" || text.first == "V" { return fail("a `v` prefix is not part of a version (write it only in tags)") }
        if let space = text.first(where: \.isWhitespace) {
            return fail("contains whitespace (\(space == " " ? "a space" : space.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined()))")
        }
        var rest = Substring(text)
        var build: [String] = []
        if let plus = rest.firstIndex(of: "+") {
            switch identifiers(rest[rest.index(after: plus)...], kind: "build metadata", numeric: false) {
            case .success(let parts): build = parts
            case .failure(let reason): return fail(reason.text)
            }
            rest = rest[..<plus]
        }
        var prerelease: [String] = []
        if let dash = rest.firstIndex(of: "-") {
            switch identifiers(rest[rest.index(after: dash)...], kind: "pre-release", numeric: true) {
            case .success(let parts): prerelease = parts
            case .failure(let reason): return fail(reason.text)
            }
            rest = rest[..<dash]
        }
        let core = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard core.count == 3 else {
            return fail("expected MAJOR.MINOR.PATCH, found \(core.count) part\(core.count == 1 ? "" : "s")")
        }
        for (name, part) in zip(["major", "minor", "patch"], core) {
            if part.isEmpty { return fail("the \(name) number is empty") }
            guard part.allSatisfy(\.isASCIIDigit) else { return fail("the \(name) number `\(part)` is not a number") }
            if part.count > 1, part.first == "0" { return fail("numeric identifier `\(part)` has a leading zero") }
        }
        return .success(SemVer(major: String(core[0]), minor: String(core[1]), patch: String(core[2]),
                               prerelease: prerelease, build: build))
    }

    /// Dot-separated identifiers of [0-9A-Za-z-] (§9, §10); numeric pre-release ones without leading zeros.
    private static func identifiers(_ text: Substring, kind: String, numeric: Bool) -> Result<[String], Reason> {
        var parts: [String] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            if part.isEmpty { return .failure(Reason("an identifier of the \(kind) is empty")) }
            if let bad = part.first(where: { !($0.isASCIIDigit || ($0.isASCII && $0.isLetter) || $0 == "-") }) {
                return .failure(Reason("`\(bad)` is not allowed in the \(kind) `\(part)`"))
            }
            if numeric, part.count > 1, part.first == "0", part.allSatisfy(\.isASCIIDigit) {
                return .failure(Reason("numeric identifier `\(part)` has a leading zero"))
            }
            parts.append(String(part))
        }
        return .success(parts)
    }
}

/// A parse failure's wording, before the text it is about is attached.
private struct Reason: Error {
    let text: String
    init(_ text: String) { self.text = text }
}

/// Why a string is not a SemVer 2.0.0 version: `"1.02.0": numeric identifier `02` has a leading zero`.
package struct SemVerError: Error, Sendable, Equatable, CustomStringConvertible {
    package let text: String
    package let reason: String

    package var description: String { "\"\(text)\": \(reason)" }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
