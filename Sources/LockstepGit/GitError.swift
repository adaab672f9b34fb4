internal import CLibgit2

/// Every libgit2 failure, with libgit2's own message, plus the repository shapes libgit2 1.5.1
/// cannot read (shallow history it cannot walk, SHA-256, foreign owner), and the split or sparse
/// indexes `IndexFile` cannot read.
package struct GitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, coarsely enough for `lockstep` to pick an exit status and a hint.
    package enum Kind: Sendable, Equatable {
        /// Any libgit2 failure not listed below; `message` is libgit2's text.
        case failure
        /// No repository at or above the directory (or at `GIT_DIR`).
        case notARepository
        /// The answer needs history a shallow clone does not have.
        case shallow
        /// A repository shape libgit2 1.5.1 cannot read (SHA-256, split/sparse index, owner…).
        case unsupportedRepository
        /// An object, reference or file that should be there is missing.
        case notFound
        /// A revision argument that names no commit.
        case badRevision
    }

    package let kind: Kind
    /// What Lockstep was doing, e.g. "open repository", "walk commits".
    package let operation: String
    /// libgit2's text, or a clearer one of ours that keeps libgit2's in parentheses.
    package let message: String
    /// What the user can run or change to get past it, when there is such a thing.
    package let fix: String?

    package init(_ kind: Kind, operation: String, message: String, fix: String? = nil) {
        self.kind = kind
        self.operation = operation
        self.message = message
        self.fix = fix
    }

    package var description: String {
        let text = "\(operation): \(message)"
        guard let fix else { return text }
        return text + " (fix: \(fix))"
    }
}

/// Reads git_error_last() at once: the next libgit2 call on this thread replaces it.
func check(_ code: Int32, _ operation: StaticString) throws(GitError) {
    guard code < 0 else { return }
    throw lastError(code, "\(operation)")
}

/// The error libgit2 just reported, classified. Call it right after the failing call.
func lastError(_ code: Int32, _ operation: String) -> GitError {
    GitError.classify(code: code, message: lastErrorMessage(code), operation: operation)
}

/// libgit2's message for the failure that just happened on this thread.
func lastErrorMessage(_ code: Int32) -> String {
    git_error_last().flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "libgit2 error \(code)"
}

extension GitError {
    /// Sorts a libgit2 failure into a kind, and replaces the messages libgit2 1.5.1 gets wrong.
    static func classify(code: Int32, message: String, operation: String, path: String? = nil) -> GitError {
        if code == GIT_EOWNER.rawValue || message.contains("'safe.directory'")
            || message.contains("not owned by current user") {
            return ownership(path: path, libgit2Message: message, operation: operation)
        }
        if let name = unsupportedExtension(in: message) {
            return unsupportedExtension(name, libgit2Message: message, operation: operation)
        }
        let kind: Kind = code == GIT_ENOTFOUND.rawValue ? .notFound : .failure
        return GitError(kind, operation: operation, message: message)
    }

    /// libgit2 1.5.1 reports a repository owned by another user as
    /// "config value 'safe.directory' was not found", which sends people looking for a typo.
    static func ownership(path: String?, libgit2Message: String, operation: String) -> GitError {
        let place = path ?? "the repository"
        return GitError(.unsupportedRepository, operation: operation,
                        message: "\(place) is owned by another user and is not listed in safe.directory; "
                            + "git and libgit2 refuse to read it (libgit2 said: \(libgit2Message))",
                        fix: "git config --global --add safe.directory \(path ?? "<repository path>")")
    }

    /// The extension name in libgit2's "unsupported extension name extensions.<name>".
    private static func unsupportedExtension(in message: String) -> String? {
        let marker = "unsupported extension name extensions."
        guard let range = message.firstRange(of: marker) else { return nil }
        let name = message[range.upperBound...].prefix { $0 != " " && $0 != "'" && $0 != "\"" }
        return name.isEmpty ? nil : String(name)
    }

    private static func unsupportedExtension(_ name: String, libgit2Message: String, operation: String) -> GitError {
        if name.lowercased() == "objectformat" {
            return GitError(.unsupportedRepository, operation: operation,
                            message: "the repository uses SHA-256 object names (extensions.objectFormat), "
                                + "which libgit2 1.5.1 cannot read (\(libgit2Message))",
                            fix: "run Lockstep on a SHA-1 repository; libgit2 reads SHA-256 repositories only from 1.8")
        }
        return GitError(.unsupportedRepository, operation: operation,
                        message: "the repository uses extensions.\(name), which libgit2 1.5.1 cannot read (\(libgit2Message))",
                        fix: nil)
    }
}
