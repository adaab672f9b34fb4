extension ReleaseNotes {
    /// `{"version", "date", "yanked", "summary", "categories": [{"name", "entries": [{"text",
    /// "breaking", "line"}]}], "markdown"}` on one line: absent date and summary are `null`;
    /// `text` is the entry's Markdown without the list marker and without `**Breaking:**`.
    package var json: String {
        let quote = JSONRenderer.quote
        let categoryItems = categories.map { category in
            let entryItems = category.entries.map { entry in
                "{\"text\": \(quote(entry.description)), \"breaking\": \(entry.isBreaking), \"line\": \(entry.line.number)}"
            }
            return "{\"name\": \(quote(category.name)), \"entries\": [\(entryItems.joined(separator: ", "))]}"
        }
        let fields = [
            ("version", quote(version)), ("date", date.map(quote) ?? "null"), ("yanked", "\(isYanked)"),
            ("summary", summary.map(quote) ?? "null"), ("categories", "[" + categoryItems.joined(separator: ", ") + "]"),
            ("markdown", quote(markdown)),
        ]
        return "{" + fields.map { "\(quote($0.0)): \($0.1)" }.joined(separator: ", ") + "}\n"
    }
}
