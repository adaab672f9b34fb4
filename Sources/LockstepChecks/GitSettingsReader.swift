import LockstepCore

/// Reads the git settings a message check needs. `nil` means "not exactly answerable here":
/// the caller hands over to the full `lockstep-cli`, which reads them through libgit2.
package protocol GitSettingsReader {
    func settings(for repository: RepositoryLocation?, environment: (String) -> String?) throws(CheckFailure) -> GitSettings?
}
