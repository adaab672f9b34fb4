/// How diagnostics are printed: for people, for scripts, or as GitHub Actions annotations.
package enum OutputFormat: String, Sendable, CaseIterable {
    case text, json, github

    package func render(_ diagnostics: [Diagnostic], color: Bool = false) -> String {
        switch self {
        case .text: return TextRenderer(color: color).render(diagnostics)
        case .json: return JSONRenderer.render(diagnostics)
        case .github: return GitHubRenderer.render(diagnostics)
        }
    }
}
