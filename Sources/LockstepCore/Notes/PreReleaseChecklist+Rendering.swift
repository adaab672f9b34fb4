extension PreReleaseChecklist {
    /// GitHub-flavoured task lists, one `###` group per section of the process; each judged item
    /// says which rule judged it and why.
    package func markdown(tagPrefix: String) -> String {
        let title = version.map { "Pre-release checklist: \(tagPrefix)\($0)" } ?? "Pre-release checklist: Unreleased"
        var lines = ["## \(title)", "",
                     "Items marked by `lockstep release checklist` were judged on \(commit)"
                        + (previous.map { " against \($0)" } ?? " (no earlier release)")
                        + "; the others are for people to tick."]
        for (number, group) in groups.enumerated() {
            lines += ["", "### \(number + 1). \(group.title)", ""]
            for item in group.items {
                let box = item.state == .proven ? "[x]" : "[ ]"
                let verdict = item.state == .failed ? " ❌" : ""
                lines.append("- \(box) \(item.text)\(verdict)")
                for line in item.evidence { lines.append("  - \(line)") }
                if !item.rules.isEmpty { lines.append("  - judged by " + item.rules.map { "`\($0)`" }.joined(separator: ", ")) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"version", "previous", "commit", "ok", "groups": [{"title", "items": [{"text", "state",
    /// "rules", "evidence"}]}]}` on one line; `state` is `proven`, `failed` or `open`.
    package var json: String {
        let quote = JSONRenderer.quote
        let groupItems = groups.map { group in
            let items = group.items.map { item in
                "{\"text\": \(quote(item.text)), \"state\": \(quote(item.state.rawValue)), "
                    + "\"rules\": [\(item.rules.map(quote).joined(separator: ", "))], "
                    + "\"evidence\": [\(item.evidence.map(quote).joined(separator: ", "))]}"
            }
            return "{\"title\": \(quote(group.title)), \"items\": [\(items.joined(separator: ", "))]}"
        }
        return "{\"version\": \(version.map(quote) ?? "null"), \"previous\": \(previous.map(quote) ?? "null"), "
            + "\"commit\": \(quote(commit)), \"ok\": \(isPassing), \"groups\": [\(groupItems.joined(separator: ", "))]}\n"
    }
}
