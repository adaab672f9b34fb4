import LockstepCore
import LockstepGit

/// The highest release tag in a commit's history (`version/no-decrease` and
/// `release prepare` share it): a tag on an unmerged branch, or one made after the commit, is not
/// what this version follows. A tag whose history a shallow clone lacks is passed over.
enum ReleaseTagHistory {
    static func highest(in repository: Repository, before revision: String, prefix: String,
                        including: (SemVer) -> Bool = { _ in true }, besides skipped: ObjectID? = nil) throws(GitError) -> (name: String, version: SemVer)? {
        guard let baseline = try? repository.commitID(of: revision) else { return nil }
        let releases = try repository.tagReferences().compactMap { tag -> (tag: TagReference, version: SemVer)? in
            guard tag.name.hasPrefix(prefix), case .success(let version) = SemVer.parse(String(tag.name.dropFirst(prefix.count))),
                  including(version) else { return nil }
            return (tag, version)
        }.sorted { $0.version.isHigher(than: $1.version) }
        // The highest release is usually in the history: its tag alone is peeled and looked for
        // first. Only when it is not are the others peeled (an annotated tag's object each), and
        // the walk made again over all of them: one walk gives what it always gave, clock skew included.
        for candidates in [releases.prefix(1), releases[...]] where !candidates.isEmpty {
            let found = candidates.compactMap { release in
                repository.commit(of: release.tag).flatMap { $0 == skipped ? nil : (release.tag.name, release.version, $0) }
            }
            if let index = try repository.firstReachable(found.map(\.2), from: baseline) { return (found[index].0, found[index].1) }
        }
        return nil
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
