/// A header in the form `type(scope)!: description` (Conventional Commits 1.0.0 §1–5), with
/// 1-based character columns so diagnostics can point into it.
package struct ConventionalHeader: Sendable, Equatable {
    package var type: String
    package var typeColumn: Int
    /// The text inside the first parenthesised group, nil when there is none.
    package var scope: String?
    package var scopeColumn: Int?
    /// What is wrong with the scope's form, when something is.
    package var scopeProblem: ScopeProblem?
    package var hasBang: Bool
    package var colonColumn: Int
    /// The description after `: `, as written (leading extra spaces kept).
    package var description: String
    package var descriptionColumn: Int

    package enum ScopeProblem: Sendable, Equatable {
        case empty, whitespace(column: Int), unbalanced, severalGroups(column: Int)
    }
}

/// Why a header is not `type(scope)!: description` at all.
package struct HeaderProblem: Error, Sendable, Equatable {
    package let message: String
    package let column: Int
}

extension ConventionalHeader {
    /// Parses a header; leading whitespace is skipped (`commit/header-whitespace` reports it).
    /// An ASCII header (nearly all) is read as bytes; columns count characters either way.
    package static func parse(_ header: String) -> Result<ConventionalHeader, HeaderProblem> {
        header.utf8.allSatisfy { $0 < 0x80 } ? parse(units: Array(header.utf8)) : parse(units: Array(header))
    }

    private static func parse<Unit: HeaderUnit>(units characters: [Unit]) -> Result<ConventionalHeader, HeaderProblem> {
        var index = 0
        while index < characters.count, characters[index].isGitSpace { index += 1 }
        let typeStart = index
        while index < characters.count, !characters[index].isTypeTerminator { index += 1 }
        let type = Unit.string(characters[typeStart..<index])
        let notAHeader = HeaderProblem(message: "the header is not in the form `type(scope): description`",
                                       column: typeStart + 1)
        guard !type.isEmpty, index < characters.count, !characters[index].isWhitespace else {
            return .failure(notAHeader)
        }
        var parsed = ConventionalHeader(type: type, typeColumn: typeStart + 1, scope: nil, scopeColumn: nil,
                                        scopeProblem: nil, hasBang: false, colonColumn: 0,
                                        description: "", descriptionColumn: 0)
        if characters[index] == .open {
            parsed.scopeColumn = index + 1
            // An unclosed group is taken to end at the first `:`, so the rest can still be checked.
            let closing = closingParenthesis(in: characters, openingAt: index)
            guard let close = closing ?? characters[index...].firstIndex(of: .colon) else { return .failure(notAHeader) }
            let inside = characters[(index + 1)..<close]
            parsed.scope = Unit.string(inside)
            if inside.isEmpty {
                parsed.scopeProblem = .empty
            } else if let space = inside.firstIndex(where: \.isWhitespace) {
                parsed.scopeProblem = .whitespace(column: space + 1)
            }
            index = closing == nil ? close : close + 1
            if closing == nil { parsed.scopeProblem = .unbalanced }
            if index < characters.count, characters[index] == .open {
                parsed.scopeProblem = .severalGroups(column: index + 1)
                while index < characters.count, characters[index] == .open,
                      let next = closingParenthesis(in: characters, openingAt: index) { index = next + 1 }
            }
        }
        if index < characters.count, characters[index] == .bang {
            parsed.hasBang = true
            index += 1
        }
        guard index < characters.count, characters[index] == .colon else {
            let found = index < characters.count ? "`\(Unit.string(characters[index...index]))`" : "the end of the header"
            return .failure(HeaderProblem(message: "expected `:` after the type and scope, found \(found)",
                                          column: characters.contains(.colon) ? index + 1 : typeStart + 1))
        }
        parsed.colonColumn = index + 1
        index += 1
        // §1: "a colon and a space": a tab or another blank is not the space.
        if index < characters.count, characters[index] != .space {
            let found = characters[index].isGitSpace ? ", found \(characters[index] == .tab ? "a tab" : "other whitespace")" : ""
            return .failure(HeaderProblem(message: "expected a space after `:`\(found)", column: index + 1))
        }
        if index < characters.count { index += 1 }
        parsed.description = Unit.string(characters[index...])
        parsed.descriptionColumn = index + 1
        return .success(parsed)
    }

    /// The index of the `)` that closes the group opened at `open`; nested balanced groups are fine.
    private static func closingParenthesis<Unit: HeaderUnit>(in characters: [Unit], openingAt open: Int) -> Int? {
        var depth = 0
        for index in open..<characters.count {
            if characters[index] == .open { depth += 1 }
            if characters[index] == .close {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }
}

/// What the header parser reads: bytes of an ASCII header, or characters of any other.
private protocol HeaderUnit: Equatable {
    static var open: Self { get }
    static var close: Self { get }
    static var bang: Self { get }
    static var colon: Self { get }
    static var space: Self { get }
    static var tab: Self { get }
    var isGitSpace: Bool { get }
    var isWhitespace: Bool { get }
    static func string(_ units: ArraySlice<Self>) -> String
}

extension HeaderUnit {
    /// A type runs until `(`, `!`, `:` or whitespace.
    var isTypeTerminator: Bool { self == .open || self == .bang || self == .colon || isWhitespace }
}

extension UInt8: HeaderUnit {
    static var open: UInt8 { UInt8(ascii: "(") }
    static var close: UInt8 { UInt8(ascii: ")") }
    static var bang: UInt8 { UInt8(ascii: "!") }
    static var colon: UInt8 { UInt8(ascii: ":") }
    static var space: UInt8 { 0x20 }
    static var tab: UInt8 { 0x09 }
    var isGitSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0D || self == 0x0B || self == 0x0C }
    var isWhitespace: Bool { isGitSpace || self == 0x0A }
    static func string(_ units: ArraySlice<UInt8>) -> String { String(decoding: units, as: UTF8.self) }
}

extension Character: HeaderUnit {
    static var open: Character { "(" }
    static var close: Character { ")" }
    static var bang: Character { "!" }
    static var colon: Character { ":" }
    static var space: Character { " " }
    static var tab: Character { "\t" }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}
