import LockstepCore
import LockstepGit

/// The highest release tag in a commit's history, in one walk (`version/no-decrease` and
/// `release prepare` share it): a tag on an unmerged branch, or one made after the commit, is not
/// what this version follows. A tag whose history a shallow clone lacks is passed over.
enum ReleaseTagHistory {
    static func highest(in repository: Repository, before revision: String, prefix: String,
                        including: (SemVer) -> Bool = { _ in true }, besides skipped: ObjectID? = nil) throws(GitError) -> (name: String, version: SemVer)? {
        guard let baseline = try? repository.commitID(of: revision) else { return nil }
        let releases = try repository.tagCommits().compactMap { name, commit -> (name: String, version: SemVer, commit: ObjectID)? in
            guard name.hasPrefix(prefix), case .success(let version) = SemVer.parse(String(name.dropFirst(prefix.count))),
                  including(version), commit != skipped else { return nil }
            return (name, version, commit)
        }.sorted { $0.version.isHigher(than: $1.version) }
        return try repository.firstReachable(releases.map(\.commit), from: baseline).map { (releases[$0].name, releases[$0].version) }
    }

    /// The highest release tag and the highest final one in the commit's history: one walk when
    /// the highest is a final release (the usual case), a second only past a pre-release.
    static func highestAndFinal(in repository: Repository, before revision: String, prefix: String,
                                besides skipped: ObjectID? = nil) throws(GitError)
        -> (any: (name: String, version: SemVer)?, final: (name: String, version: SemVer)?)
    {
        guard let any = try highest(in: repository, before: revision, prefix: prefix, besides: skipped) else { return (nil, nil) }
        guard any.version.isPrerelease else { return (any, any) }
        return (any, try highest(in: repository, before: revision, prefix: prefix, including: { !$0.isPrerelease }, besides: skipped))
    }
}
