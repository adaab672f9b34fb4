/// A configuration that cannot be used: exit status 2, with the file, line and the closest valid name.
package struct ConfigError: Error, Sendable, Equatable {
    package let message: String
    package let file: String
    package let position: Position?
    package let fix: String?

    package init(_ message: String, file: String, at position: Position?, fix: String?) {
        self.message = message
        self.file = file
        self.position = position
        self.fix = fix
    }

    static func unknown(_ kind: String, _ name: String, file: String, at position: Position,
                        closest: String?) -> ConfigError {
        ConfigError("unknown \(kind) \(name)", file: file, at: position,
                    fix: closest.map { "did you mean `\($0)`?" } ?? "see docs/configuration.md")
    }

    package var diagnostic: Diagnostic {
        Diagnostic("config/invalid", message, fix: fix, file: file, line: position?.line, column: position?.column)
    }
}
