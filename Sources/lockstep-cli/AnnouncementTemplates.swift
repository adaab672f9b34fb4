import LockstepCore

/// The built-in templates of `release announce`, modelled on RELEASE_PROCESS.md's "Communication
/// Templates" (the release email in the process's French, the status page update in English), and
/// the values a template can use.
enum AnnouncementTemplates {
    static let builtIn: [String: String] = ["email": email, "status": status]

    static let email = """
        Subject: {{subject}}

        Bonjour,

        Nous sommes heureux d'annoncer la sortie de {{project}} {{tag}} avec :

        {{#lines}}
        {{emoji}} {{text}}
        {{/lines}}
        {{#docsURL}}

        Documentation : {{docsURL}}
        {{/docsURL}}

        Cordialement,
        L'équipe {{project}}

        """

    static let status = """
        ✅ {{project}} {{tag}} deployed successfully
        Posted: {{posted}}

        All systems operational.{{#hasFeatures}} New features available.{{/hasFeatures}}{{^hasFeatures}}{{#hasFixes}} Fixes deployed.{{/hasFixes}}{{/hasFeatures}}
        {{#releaseURL}}
        See release notes: {{releaseURL}}
        {{/releaseURL}}

        """

    /// The values a template reads, by name (docs/release-notes.md lists them).
    static func values(_ announcement: Announcement) -> [String: Any] {
        var values: [String: Any] = [
            "project": announcement.project, "version": announcement.version, "tag": announcement.tag,
            "subject": announcement.subject, "posted": announcement.posted,
            "hasFeatures": announcement.hasFeatures, "hasFixes": announcement.hasFixes,
            "hasBreakingChanges": announcement.hasBreakingChanges,
            "lines": announcement.lines.map { line -> [String: Any] in
                ["emoji": line.emoji, "text": line.text, "category": line.category, "breaking": line.isBreaking]
            },
        ]
        values["date"] = announcement.date
        values["headline"] = announcement.headline
        values["summary"] = announcement.summary
        values["docsURL"] = announcement.docsURL
        values["releaseURL"] = announcement.releaseURL
        return values
    }
}
