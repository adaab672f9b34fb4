/// A changelog line, or part of one, as the parser reads it: the `Character`s of any line, or
/// the bytes of a line that is all ASCII, where each byte is one character. Nearly every line of
/// a changelog is ASCII, and bytes spare the grapheme breaking and Unicode property look-ups.
/// The parser is written once over both; columns count elements, so they are characters either way.
protocol ChangelogText: BidirectionalCollection where SubSequence == Self, Element: ChangelogCharacter {
    associatedtype UTF8Bytes: Collection<UInt8>

    var utf8: UTF8Bytes { get }
    var string: String { get }
}

/// One element of a `ChangelogText`, compared with ASCII literals only (`$0 == "#"`): an
/// `ASCIICharacter` cannot hold any other.
protocol ChangelogCharacter: Equatable, ExpressibleByUnicodeScalarLiteral {
    var asciiValue: UInt8? { get }
    var isASCIIDigit: Bool { get }
    var isWhitespace: Bool { get }
}

extension Substring: ChangelogText {
    var string: String { String(self) }
}

extension Character: ChangelogCharacter {}

/// The bytes of an all-ASCII line.
struct ASCIIText: ChangelogText, RandomAccessCollection {
    let bytes: ArraySlice<UInt8>

    /// `bytes` must all be ASCII: a byte of a longer UTF-8 sequence is no character.
    init(_ bytes: ArraySlice<UInt8>) {
        assert(bytes.allSatisfy { $0 < 0x80 }, "not ASCII")
        self.bytes = bytes
    }

    private init(slice: ArraySlice<UInt8>) { bytes = slice }

    var startIndex: Int { bytes.startIndex }
    var endIndex: Int { bytes.endIndex }
    func index(after index: Int) -> Int { index + 1 }
    func index(before index: Int) -> Int { index - 1 }
    subscript(position: Int) -> ASCIICharacter { ASCIICharacter(byte: bytes[position]) }
    subscript(bounds: Range<Int>) -> ASCIIText { ASCIIText(slice: bytes[bounds]) }

    var utf8: ArraySlice<UInt8> { bytes }
    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// An ASCII byte as a character. ASCII has one grapheme of two scalars, CR LF, and lines hold
/// no LF, so byte and character are the same thing here.
struct ASCIICharacter: ChangelogCharacter {
    let byte: UInt8

    init(byte: UInt8) { self.byte = byte }
    init(unicodeScalarLiteral scalar: Unicode.Scalar) { byte = UInt8(ascii: scalar) }

    var asciiValue: UInt8? { byte }
    var isASCIIDigit: Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    /// `Character.isWhitespace` on ASCII: tab, LF, vertical tab, form feed, CR and space.
    var isWhitespace: Bool { byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D) }
}

extension ChangelogText {
    /// The leading spaces and tabs, in characters.
    var indent: Int { prefix { $0 == " " || $0 == "\t" }.count }

    /// Whether the text starts with `prefix` (ASCII without CR or LF), character by character as
    /// `hasPrefix` compares: `<!--` is no prefix of `<!-\u{301}-`.
    func starts(withASCII prefix: StaticString) -> Bool {
        let bytes = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        return starts(with: bytes) { character, byte in character.asciiValue == byte }
    }
}
