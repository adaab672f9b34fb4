/// Quoting for commands Lockstep prints for people to paste into a shell.
package enum ShellQuoting {
    /// `path` as one POSIX shell word: unchanged when it is plain, else in single quotes.
    package static func quote(_ word: String) -> String {
        let plain = !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_./-+=:@%,".contains($0)) }
        return plain ? word : "'" + word.replacing("'", with: "'\\''") + "'"
    }
}
