/// What a CI run is about, read from the variables GitHub Actions and GitLab CI set (and, for
/// GitHub, the event payload at `GITHUB_EVENT_PATH`): which commits are new, which branch's rules
/// apply, or which tag is being released.
package struct CIContext: Sendable, Equatable {
    package enum Provider: String, Sendable { case github = "GitHub Actions", gitlab = "GitLab CI" }

    package enum Event: Sendable, Equatable {
        /// A pull or merge request: the commits of `head` not in `base`, judged for `branch` (the source).
        case review
        /// A branch push: `head` since `before` (nil or zeros: a new branch).
        case push
        /// A tag push or tag pipeline.
        case tag
    }

    package var provider: Provider
    package var event: Event
    /// The branch whose rules apply: the request's source branch, or the pushed branch.
    package var branch: String?
    /// The request's target branch.
    package var target: String?
    package var tag: String?
    /// The commit being checked (a sha; "HEAD" when the provider does not say).
    package var head: String
    /// What `head` is compared with: the request's base, or the push's previous tip.
    package var base: String?

    /// Where a shallow clone is deepened for this provider.
    package var depthFix: String {
        switch provider {
        case .github: return "fetch the whole history: actions/checkout with `fetch-depth: 0`"
        case .gitlab: return "fetch the whole history: set the variable `GIT_DEPTH: 0` (or `GIT_STRATEGY: clone` with it)"
        }
    }

    /// Reads the environment; nil outside GitHub Actions and GitLab CI. `eventPayload` is the
    /// content of `GITHUB_EVENT_PATH` when there is one.
    package static func detect(_ environment: (String) -> String?, eventPayload: [UInt8]? = nil) -> CIContext? {
        func value(_ name: String) -> String? {
            guard let text = environment(name), !text.isEmpty else { return nil }
            return text
        }
        if value("GITHUB_ACTIONS") == "true" {
            let payload = eventPayload.flatMap { try? JSON.parse($0) }?.value.objectValue
            func field(_ path: String...) -> String? {
                var node = payload.map { JSONValue.object($0) }
                for key in path { node = node?.objectValue?[key]?.value }
                return node?.stringValue
            }
            let head = value("GITHUB_SHA") ?? "HEAD"
            let ref = value("GITHUB_REF") ?? ""
            switch value("GITHUB_EVENT_NAME") ?? "" {
            case "pull_request", "pull_request_target":
                return CIContext(provider: .github, event: .review, branch: value("GITHUB_HEAD_REF"), target: value("GITHUB_BASE_REF"),
                                 head: field("pull_request", "head", "sha") ?? head, base: field("pull_request", "base", "sha"))
            default:
                if ref.hasPrefix("refs/tags/") {
                    return CIContext(provider: .github, event: .tag, tag: String(ref.dropFirst(10)), head: head)
                }
                return CIContext(provider: .github, event: .push,
                                 branch: ref.hasPrefix("refs/heads/") ? String(ref.dropFirst(11)) : nil,
                                 head: field("after") ?? head, base: field("before"))
            }
        }
        if value("GITLAB_CI") == "true" {
            let head = value("CI_COMMIT_SHA") ?? "HEAD"
            if let tag = value("CI_COMMIT_TAG") {
                return CIContext(provider: .gitlab, event: .tag, tag: tag, head: head)
            }
            if value("CI_MERGE_REQUEST_IID") != nil {
                return CIContext(provider: .gitlab, event: .review, branch: value("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"),
                                 target: value("CI_MERGE_REQUEST_TARGET_BRANCH_NAME"), head: head,
                                 base: value("CI_MERGE_REQUEST_DIFF_BASE_SHA") ?? value("CI_MERGE_REQUEST_TARGET_BRANCH_SHA"))
            }
            return CIContext(provider: .gitlab, event: .push, branch: value("CI_COMMIT_BRANCH"), head: head,
                             base: value("CI_COMMIT_BEFORE_SHA"))
        }
        return nil
    }

    /// One line for the log: what was detected.
    package var summary: String {
        switch event {
        case .review:
            return "\(provider.rawValue) \(provider == .github ? "pull request" : "merge request") "
                + "\(branch ?? "?") → \(target ?? "?")"
        case .push: return "\(provider.rawValue) push to \(branch ?? "a detached commit")"
        case .tag: return "\(provider.rawValue) tag \(tag ?? "?")"
        }
    }
}
