import Testing
@testable import LockstepCore

struct SemVerTests {
    @Test(arguments: ["0.0.0", "1.2.3", "10.20.30", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7",
                      "1.0.0-x.7.z.92", "1.0.0-x-y-z.--", "1.0.0+20130313144700", "1.0.0-beta+exp.sha.5114f85",
                      "1.0.0+21AF26D3----117B344092BD", "99999999999999999999999.999999999999999999.99999999999999999"])
    func valid(_ text: String) throws {
        let version = try SemVer.parse(text).get()
        #expect(version.description == text)
    }

    @Test(arguments: [
        ("1.02.0", "numeric identifier `02` has a leading zero"), ("v1.2.0", "a `v` prefix is not part of a version (write it only in tags)"),
        ("1.2", "expected MAJOR.MINOR.PATCH, found 2 parts"), ("1.2.3.4", "expected MAJOR.MINOR.PATCH, found 4 parts"),
        ("1.2.3-", "an identifier of the pre-release is empty"), ("1.2.3-01", "numeric identifier `01` has a leading zero"),
        ("1.2.3+", "an identifier of the build metadata is empty"), ("1.2.3-a..b", "an identifier of the pre-release is empty"),
        ("1.2.x", "the patch number `x` is not a number"), ("", "the version is empty"), ("1..3", "the minor number is empty"),
        ("1.2.3-ü", "`ü` is not allowed in the pre-release `ü`"), (" 1.2.3", "contains whitespace (a space)"),
        ("1.2.3-a_b", "`_` is not allowed in the pre-release `a_b`"), ("-1.2.3", "expected MAJOR.MINOR.PATCH, found 1 part"),
    ])
    func invalid(_ text: String, _ reason: String) {
        #expect(SemVer.parse(text) == .failure(SemVerError(text: text, reason: reason)))
    }

    /// The byte parser takes exactly what the character parser accepts, and leaves it the rest to explain.
    @Test(arguments: ["0.0.0", "1.2.3", "1.0.0-alpha.1", "1.0.0-x.7.z.92", "1.0.0-x-y-z.--", "1.0.0+21AF26D3----117B344092BD",
                      "1.0.0-beta+exp.sha.5114f85", "1.0.0-0.3.7", "1.02.0", "v1.2.0", "1.2", "1.2.3.4", "1.2.3-", "1.2.3-01",
                      "1.2.3+", "1.2.3+01", "1.2.3-a..b", "1.2.x", "", "1..3", "1.2.3-ü", " 1.2.3", "1.2.3\r\n", "1.2.3-a_b",
                      "-1.2.3", "1.2.3+a+b", "01.2.3", "1.2.3-rc.1-2", "1.2.3-+", "1.2.3+-", "1.2.3-a.-", "٣.2.3"])
    func bytesAndCharactersAgree(_ text: String) {
        let bytes = Array(text.utf8).withUnsafeBufferPointer(SemVer.parseValidASCII)
        #expect(bytes == (try? SemVer.parseCharacters(text).get()))
        #expect(SemVer.parse(text) == SemVer.parseCharacters(text))
    }

    @Test func precedenceFollowsSection11() throws {
        let ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                       "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1", "10.0.0", "100000000000000000000.0.0"]
        let versions = try ordered.map { try SemVer.parse($0).get() }
        for (lower, higher) in zip(versions, versions.dropFirst()) {
            #expect(lower.isLower(than: higher), "\(lower) < \(higher)")
            #expect(higher.isHigher(than: lower))
        }
        #expect(try SemVer.parse("1.0.0+a").get().precedence(comparedTo: SemVer.parse("1.0.0+b").get()) == .same)
    }
}
