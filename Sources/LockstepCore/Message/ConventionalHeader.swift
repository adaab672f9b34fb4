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
    package static func parse(_ header: String) -> Result<ConventionalHeader, HeaderProblem> {
        let characters = Array(header)
        var index = 0
        while index < characters.count, characters[index].isGitSpace { index += 1 }
        let typeStart = index
        while index < characters.count, !"(!:".contains(characters[index]), !characters[index].isWhitespace {
            index += 1
        }
        let type = String(characters[typeStart..<index])
        let notAHeader = HeaderProblem(message: "the header is not in the form `type(scope): description`",
                                       column: typeStart + 1)
        guard !type.isEmpty, index < characters.count, !characters[index].isWhitespace else {
            return .failure(notAHeader)
        }
        var parsed = ConventionalHeader(type: type, typeColumn: typeStart + 1, scope: nil, scopeColumn: nil,
                                        scopeProblem: nil, hasBang: false, colonColumn: 0,
                                        description: "", descriptionColumn: 0)
        if characters[index] == "(" {
            parsed.scopeColumn = index + 1
            // An unclosed group is taken to end at the first `:`, so the rest can still be checked.
            let closing = closingParenthesis(in: characters, openingAt: index)
            guard let close = closing ?? characters[index...].firstIndex(of: ":") else { return .failure(notAHeader) }
            let inside = characters[(index + 1)..<close]
            parsed.scope = String(inside)
            if inside.isEmpty {
                parsed.scopeProblem = .empty
            } else if let space = inside.firstIndex(where: \.isWhitespace) {
                parsed.scopeProblem = .whitespace(column: space + 1)
            }
            index = closing == nil ? close : close + 1
            if closing == nil { parsed.scopeProblem = .unbalanced }
            if index < characters.count, characters[index] == "(" {
                parsed.scopeProblem = .severalGroups(column: index + 1)
                while index < characters.count, characters[index] == "(",
                      let next = closingParenthesis(in: characters, openingAt: index) { index = next + 1 }
            }
        }
        if index < characters.count, characters[index] == "!" {
            parsed.hasBang = true
            index += 1
        }
        guard index < characters.count, characters[index] == ":" else {
            let column = index + 1
            let found = index < characters.count ? "`\(characters[index])`" : "the end of the header"
            return .failure(HeaderProblem(message: "expected `:` after the type and scope, found \(found)",
                                          column: characters.contains(":") ? column : typeStart + 1))
        }
        parsed.colonColumn = index + 1
        index += 1
        if index < characters.count, !characters[index].isGitSpace {
            return .failure(HeaderProblem(message: "expected a space after `:`", column: index + 1))
        }
        if index < characters.count { index += 1 }
        parsed.description = String(characters[index...])
        parsed.descriptionColumn = index + 1
        return .success(parsed)
    }

    /// The index of the `)` that closes the group opened at `open`; nested balanced groups are fine.
    private static func closingParenthesis(in characters: [Character], openingAt open: Int) -> Int? {
        var depth = 0
        for index in open..<characters.count {
            if characters[index] == "(" { depth += 1 }
            if characters[index] == ")" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }
}
