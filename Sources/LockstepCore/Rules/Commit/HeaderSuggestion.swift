/// The header a fix suggests, built from what the author wrote: a near miss is repaired
/// (`feat : add login`, `fix:add login`, `🎉 feat: …`, `feat!(api): …` → `feat(api)!: …`), a plain
/// sentence gets a type (`Fix login bug` → `fix: login bug`). Every suggestion passes the commit rules
/// under the same configuration (RuleFixTests applies them), so it never quotes the mistake back.
enum HeaderSuggestion {
    static func header(for header: String, config: CommitConfig) -> String {
        let text = String(header.drop(while: \.isGitSpace).gitRightTrimmed)
        return repaired(text, config: config) ?? sentence(text, config: config)
    }

    /// `type(scope)!: description` from the same elements, with a scope made well-formed.
    static func render(type: String, scope: String?, bang: Bool, description: String, config: CommitConfig) -> String {
        let scope = scope.flatMap { cleanScope($0, config: config) }
        let text = description.drop(while: \.isGitSpace).gitRightTrimmed
        return type + (scope.map { "(\($0))" } ?? "") + (bang ? "!" : "") + ": " + (text.isEmpty ? "describe the change" : text)
    }

    /// `backend, frontend` → `backend,frontend`; `my scope` → `my-scope`; scopes outside a configured
    /// list become the closest allowed one, or are left out. Nil when nothing is left.
    static func cleanScope(_ scope: String, config: CommitConfig) -> String? {
        var names = scope.split(separator: ",").map { part in
            part.split(whereSeparator: \.isWhitespace).joined(separator: "-")
        }.filter { !$0.isEmpty && !$0.contains("(") && !$0.contains(")") }
        if let allowed = config.scopes {
            names = names.compactMap { allowed.contains($0) ? $0 : Suggestion.closest(to: $0, in: allowed) }
        }
        return names.isEmpty ? nil : names.joined(separator: ",")
    }

    /// The allowed type a word stands for: itself, a synonym (`feature` → `feat`) or a close spelling.
    static func type(for word: String, config: CommitConfig) -> String? {
        let lowered = word.lowercased()
        if config.types.contains(lowered) { return lowered }
        if let synonym = TypeEnum.synonyms[lowered], config.types.contains(synonym) { return synonym }
        return lowered.count > 2 ? Suggestion.closest(to: lowered, in: config.types) : nil
    }

    /// A header whose type is there but whose punctuation is not: a word naming a type among the
    /// first words, then optionally `!`, a scope, `!`, and a separator (`:`, `;`, `-`, `.`) or
    /// the start of the description. What stood before the type moves into the description.
    private static func repaired(_ text: String, config: CommitConfig) -> String? {
        let characters = Array(text)
        var index = 0
        var words = 0
        while index < characters.count, words < 3 {
            // A gitmoji shortcode (`:sparkles:`) is decoration, like the emoji it stands for.
            if let end = Self.shortcodeEnd(at: index, in: characters) {
                index = end
                continue
            }
            guard characters[index].isLetter, characters[index].isASCII else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count, characters[index].isASCII, characters[index].isLetter { index += 1 }
            words += 1
            let word = String(characters[start..<index])
            // Only decoration may stand before the type (`🎉`, `[JIRA-12]`, `WIP`), not a sentence.
            guard !Self.withoutShortcodes(characters[..<start]).contains(where: { $0.isASCII && $0.isLowercase }),
                  let type = type(for: word, config: config),
                  let rest = punctuation(after: index, in: characters) else { continue }
            let before = String(characters[..<start]).trimmingDecoration()
            let description = (before.isEmpty ? "" : before + " ") + rest.description.drop(while: \.isWhitespace)
            return render(type: type, scope: rest.scope, bang: rest.bang, description: description, config: config)
        }
        return nil
    }

    /// Where a `:shortcode:` starting at `start` ends (past its closing colon), nil when none does.
    private static func shortcodeEnd(at start: Int, in characters: [Character]) -> Int? {
        guard characters[start] == ":" else { return nil }
        var index = start + 1
        while index < characters.count, characters[index].isASCII,
              characters[index].isLowercase || characters[index].isNumber || "_+-".contains(characters[index]) { index += 1 }
        return index > start + 1 && index < characters.count && characters[index] == ":" ? index + 1 : nil
    }

    private static func withoutShortcodes(_ characters: ArraySlice<Character>) -> [Character] {
        let all = Array(characters)
        var kept: [Character] = []
        var index = 0
        while index < all.count {
            if let end = shortcodeEnd(at: index, in: all) { index = end; continue }
            kept.append(all[index])
            index += 1
        }
        return kept
    }

    /// What follows a type: a scope, `!`, and a separator. Nil when nothing marks the word as a type
    /// (`Fix login bug` is a sentence, `fix (api): x` or `fix - x` is a header).
    private static func punctuation(after start: Int, in characters: [Character])
        -> (scope: String?, bang: Bool, description: String)? {
        var index = start
        func skipSpaces() { while index < characters.count, characters[index].isWhitespace { index += 1 } }
        var bang = false
        var scope: String?
        var marked = false
        skipSpaces()
        if index < characters.count, characters[index] == "!" { bang = true; marked = true; index += 1; skipSpaces() }
        if index < characters.count, characters[index] == "(" {
            var depth = 0
            var end = index
            while end < characters.count {
                if characters[end] == "(" { depth += 1 }
                if characters[end] == ")" { depth -= 1; if depth == 0 { break } }
                if characters[end] == ":" { break }
                end += 1
            }
            scope = String(characters[(index + 1)..<min(end, characters.count)])
            index = end < characters.count && characters[end] == ")" ? end + 1 : end
            marked = true
            // `chore(deps)(deps)`: the extra groups go.
            while index < characters.count, characters[index] == "(",
                  let close = characters[index...].firstIndex(of: ")") { index = close + 1 }
            skipSpaces()
        }
        if index < characters.count, characters[index] == "!" { bang = true; marked = true; index += 1; skipSpaces() }
        if index < characters.count, ":;-.,".contains(characters[index]) {
            marked = true
            index += 1
        }
        guard marked else { return nil }
        return (scope, bang, String(characters[min(index, characters.count)...]))
    }

    /// A plain sentence: its first word picks the type (`Fix …` → `fix: …`), else `feat`.
    private static func sentence(_ text: String, config: CommitConfig) -> String {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        let first = words.first?.lowercased().filter(\.isLetter) ?? ""
        let rest = words.count > 1 ? words[1] : ""
        // `Add login` → `add login`; an acronym (`WIP`, `API`) keeps its capitals.
        let isAcronym = text.dropFirst().first.map { $0.isUppercase } ?? false
        let lowered = isAcronym ? text : text.prefix(1).lowercased() + text.dropFirst()
        let preferred: (type: String, description: String)
        switch first {
        case "fix", "fixed", "fixes", "fixing": preferred = ("fix", rest.isEmpty ? lowered : rest)
        case "refactor", "refactored", "refactoring": preferred = ("refactor", rest.isEmpty ? lowered : rest)
        case "doc", "docs", "document", "documented": preferred = ("docs", rest.isEmpty ? lowered : rest)
        case "test", "tests", "tested": preferred = ("test", rest.isEmpty ? lowered : rest)
        case "bump", "update", "updated", "upgrade", "upgraded", "release", "prepare": preferred = ("chore", lowered)
        default: preferred = ("feat", lowered)
        }
        let type = config.types.contains(preferred.type) ? preferred.type : (config.types.first ?? preferred.type)
        return render(type: type, scope: nil, bang: false, description: preferred.description, config: config)
    }
}

extension String {
    /// Leading decoration (`🎉 `, `[JIRA-12] `) without the spaces around it.
    fileprivate func trimmingDecoration() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
