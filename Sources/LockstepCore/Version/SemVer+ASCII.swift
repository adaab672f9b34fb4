/// `SemVer.parse`'s fast path: a changelog holds hundreds of versions, and `Character`
/// operations (grapheme breaking, Unicode properties) cost far more than bytes.
extension SemVer {
    /// The version when `bytes` are a valid one, which makes them ASCII; nil for anything else,
    /// which the full parser then explains.
    static func parseValidASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> SemVer? {
        let plus = bytes.firstIndex(of: UInt8(ascii: "+"))
        let beforeBuild = bytes[..<(plus ?? bytes.endIndex)]
        let dash = beforeBuild.firstIndex(of: UInt8(ascii: "-"))
        let core = beforeBuild[..<(dash ?? beforeBuild.endIndex)]
        guard let firstDot = core.firstIndex(of: UInt8(ascii: ".")),
              let secondDot = core[(firstDot + 1)...].firstIndex(of: UInt8(ascii: ".")) else { return nil }
        let major = core[..<firstDot], minor = core[(firstDot + 1)..<secondDot], patch = core[(secondDot + 1)...]
        guard isNumber(major), isNumber(minor), isNumber(patch) else { return nil }
        var prerelease: [String] = [], build: [String] = []
        if let dash {
            guard let parts = identifiers(beforeBuild[(dash + 1)...], numeric: true) else { return nil }
            prerelease = parts
        }
        if let plus {
            guard let parts = identifiers(bytes[(plus + 1)...], numeric: false) else { return nil }
            build = parts
        }
        return SemVer(major: string(major), minor: string(minor), patch: string(patch), prerelease: prerelease, build: build)
    }

    /// §2: digits without a leading zero.
    private static func isNumber(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = bytes.first, bytes.count == 1 || first != UInt8(ascii: "0") else { return false }
        return bytes.allSatisfy(isDigit)
    }

    /// §9, §10: dot-separated, non-empty identifiers of [0-9A-Za-z-]; numeric pre-release ones are numbers.
    private static func identifiers(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, numeric: Bool) -> [String]? {
        var parts: [String] = []
        for part in bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard !part.isEmpty, part.allSatisfy({ isDigit($0) || isLetter($0) || $0 == UInt8(ascii: "-") }) else { return nil }
            if numeric, part.allSatisfy(isDigit), !isNumber(part) { return nil }
            parts.append(string(part))
        }
        return parts
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String { String(decoding: bytes, as: UTF8.self) }
}
