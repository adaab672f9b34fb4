/// SemVer 2.0.0 §11: precedence compares major, minor, patch numerically, then pre-release
/// identifiers; build metadata is ignored. A pre-release has lower precedence than its release.
extension SemVer {
    package enum Order: Sendable { case lower, same, higher }

    package func precedence(comparedTo other: SemVer) -> Order {
        var order = Self.compareNumbers(major, other.major)
        if order == .same { order = Self.compareNumbers(minor, other.minor) }
        if order == .same { order = Self.compareNumbers(patch, other.patch) }
        if order != .same { return order }
        switch (prerelease.isEmpty, other.prerelease.isEmpty) {
        case (true, true): return .same
        case (true, false): return .higher
        case (false, true): return .lower
        case (false, false): break
        }
        for (mine, theirs) in zip(prerelease, other.prerelease) {
            let order = Self.compareIdentifiers(mine, theirs)
            if order != .same { return order }
        }
        return prerelease.count == other.prerelease.count ? .same : (prerelease.count < other.prerelease.count ? .lower : .higher)
    }

    package func isLower(than other: SemVer) -> Bool { precedence(comparedTo: other) == .lower }
    package func isHigher(than other: SemVer) -> Bool { precedence(comparedTo: other) == .higher }

    /// Numbers of any size: more digits is larger (no leading zeros), else compare the digits
    /// (ASCII: one byte each).
    static func compareNumbers(_ a: String, _ b: String) -> Order {
        let aCount = a.utf8.count, bCount = b.utf8.count
        if aCount != bCount { return aCount < bCount ? .lower : .higher }
        return a == b ? .same : (a.utf8.lexicographicallyPrecedes(b.utf8) ? .lower : .higher)
    }

    /// §11.4: numeric identifiers compare numerically and below alphanumeric ones, which compare in ASCII order.
    static func compareIdentifiers(_ a: String, _ b: String) -> Order {
        let aNumeric = a.allSatisfy(\.isASCIIDigit), bNumeric = b.allSatisfy(\.isASCIIDigit)
        switch (aNumeric, bNumeric) {
        case (true, true): return compareNumbers(a, b)
        case (true, false): return .lower
        case (false, true): return .higher
        case (false, false): return a == b ? .same : (a.utf8.lexicographicallyPrecedes(b.utf8) ? .lower : .higher)
        }
    }
}
