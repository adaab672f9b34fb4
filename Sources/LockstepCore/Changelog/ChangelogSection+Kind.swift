extension ChangelogSection {
    /// What a `## ` section is, which decides the rules that judge it.
    package enum Kind: Sendable, Equatable {
        /// `## [Unreleased]` (however it is written): categories and entries are checked.
        case unreleased
        /// A heading that reads as a version: format, version, date, order and content are checked.
        case release
        /// A heading `changelog.extra-sections` allows (`## Notes`): nothing in it is checked.
        case extra
        /// Any other heading: `changelog/heading-format` reports it; its content is not checked.
        case unknown

        /// Sections whose `###` categories and entries follow Keep a Changelog.
        package var holdsCategories: Bool { self == .unreleased || self == .release }
    }

    package func kind(_ config: ChangelogConfig) -> Kind {
        if heading.isUnreleased { return .unreleased }
        if !config.extraSections.isEmpty {
            let text = heading.text.lowercased()
            let unbracketed = text.hasPrefix("[") && text.hasSuffix("]") ? String(text.dropFirst().dropLast()) : text
            if config.extraSections.contains(where: { let name = $0.lowercased(); return name == text || name == unbracketed }) {
                return .extra
            }
        }
        return heading.looksLikeVersion ? .release : .unknown
    }

    /// How messages name the section: `Unreleased`, `1.2.0`, or the heading's text.
    package var name: String {
        heading.isUnreleased ? "Unreleased" : heading.looksLikeVersion ? heading.version : heading.text
    }
}
