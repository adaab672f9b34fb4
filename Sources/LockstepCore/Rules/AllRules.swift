/// Every rule Lockstep ships, sorted by id. `lockstep rules`, `lockstep explain`, docs/rules.md,
/// `[rules]` in the configuration and `LOCKSTEP_SKIP` all read this list.
package let allRules: [AnyRule] = [
    AnyRule(HotfixBase()), AnyRule(HotfixFixesOnly()), AnyRule(HotfixVersion()), AnyRule(NamePrefix()), AnyRule(NameVersion()),
    AnyRule(ReleaseVersion()),
    AnyRule(Category()), AnyRule(ConflictMarker()), AnyRule(ReleaseDate()), AnyRule(DateOrder()), AnyRule(DuplicateCategory()), AnyRule(DuplicateVersion()),
    AnyRule(EmptyCategory()), AnyRule(EmptyRelease()), AnyRule(EntryFormat()), AnyRule(HeadingFormat()),
    AnyRule(LinkReferences()), AnyRule(LinkTarget()), AnyRule(NoRemovedRelease()), AnyRule(ReleaseOrder()), AnyRule(Readable()), AnyRule(Title()), AnyRule(Unreleased()),
    AnyRule(VersionSemVer()),
    AnyRule(BodyLeadingBlank()),
    AnyRule(BreakingChangeFormat()),
    AnyRule(BreakingChangePlacement()),
    AnyRule(DescriptionEmpty()),
    AnyRule(EmptyMessage()),
    AnyRule(Encoding()),
    AnyRule(FooterFormat()),
    AnyRule(HeaderFormat()),
    AnyRule(HeaderMaxLength()),
    AnyRule(HeaderWhitespace()),
    AnyRule(ScissorsDiff()),
    AnyRule(ScopeEnum()),
    AnyRule(ScopeFormat()),
    AnyRule(ScopeRequired()),
    AnyRule(SignedOffBy()),
    AnyRule(TypeCase()),
    AnyRule(TypeEnum()),
    AnyRule(Immutable()), AnyRule(MixedKinds()), AnyRule(MigrationName()), AnyRule(NoTransactionMarker()), AnyRule(Reversible()),
    AnyRule(TransactionControl()), AnyRule(UniqueVersion()),
    AnyRule(BreakingDocumented()), AnyRule(ChangelogCoversCommits()), AnyRule(CoChangeRule()),
    AnyRule(Annotated()), AnyRule(BumpMatchesCommits()), AnyRule(TagChangelogSection()), AnyRule(TagManifestVersion()),
    AnyRule(TagMessage()), AnyRule(TagNameSemVer()), AnyRule(NoDelete()), AnyRule(NoMove()), AnyRule(TagOrder()),
    AnyRule(ChangelogSectionForVersion()),
    AnyRule(ManifestReadable()),
    AnyRule(MirrorMatch()),
    AnyRule(NoDecrease()),
    AnyRule(SourceSemVer()),
]

/// The rules on a tree (index, commit or work tree), in the order their findings are reported.
let releaseRules: [any Rule<ReleaseInput>] = [
    ManifestReadable(), SourceSemVer(), MirrorMatch(), NoDecrease(), ChangelogSectionForVersion(),
    Readable(), ConflictMarker(), Title(), Unreleased(), HeadingFormat(), VersionSemVer(), ReleaseDate(), DateOrder(), ReleaseOrder(), DuplicateVersion(),
    NoRemovedRelease(), LinkReferences(), LinkTarget(), Category(), DuplicateCategory(), EmptyRelease(), EmptyCategory(), EntryFormat(),
    MigrationName(), UniqueVersion(), Reversible(), MixedKinds(), Immutable(), NoTransactionMarker(), TransactionControl(),
]

/// The commit rules, in the order their findings are reported.
let commitRules: [any Rule<CommitMessage>] = [
    EmptyMessage(), Encoding(), ScissorsDiff(), HeaderFormat(), HeaderWhitespace(), TypeCase(), TypeEnum(), ScopeFormat(),
    ScopeEnum(), ScopeRequired(), DescriptionEmpty(), HeaderMaxLength(), BodyLeadingBlank(),
    BreakingChangeFormat(), BreakingChangePlacement(), FooterFormat(), SignedOffBy(),
]

package func rule(withID id: String) -> AnyRule? { allRules.first { $0.info.id == id } }

/// The branch rules, in the order their findings are reported.
let branchRules: [any Rule<BranchInput>] = [
    NameVersion(), NamePrefix(), HotfixBase(), HotfixVersion(), HotfixFixesOnly(), ReleaseVersion(),
]

/// The tag rules, in the order their findings are reported.
let tagRules: [any Rule<TagInput>] = [
    TagNameSemVer(), NoDelete(), NoMove(), Annotated(), TagMessage(), TagOrder(), BumpMatchesCommits(),
    TagManifestVersion(), TagChangelogSection(),
]

/// The tree rules a release tag's commit must pass besides the tag rules: its manifests are read and agree.
let taggedTreeRules: [any Rule<ReleaseInput>] = [ManifestReadable(), SourceSemVer(), MirrorMatch()]

/// The pre-release checklist rules (`check release`, `check ci` on release branches and tags).
let preReleaseRules: [any Rule<PreReleaseInput>] = [ChangelogCoversCommits(), BreakingDocumented(), CoChangeRule()]
