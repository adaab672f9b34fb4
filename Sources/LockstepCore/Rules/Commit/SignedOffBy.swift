struct SignedOffBy: CommitRule {
    static let info = RuleInfo(
        id: "commit/signed-off-by",
        summary: "the message carries a `Signed-off-by:` trailer, when `commit.require-signoff` is set",
        rationale: """
            Projects under the Developer Certificate of Origin (koprogo's CONTRIBUTING asks for it) need \
            every commit signed off; `git commit -s` adds the trailer.
            """,
        configKeys: ["commit.require-signoff"],
        passing: [Example("feat: x"),
                  Example("feat: x\n\nSigned-off-by: Ann Lee <ann@example.org>", config: "[commit]\nrequire-signoff = true")],
        failing: [Example("↓feat: x", config: "[commit]\nrequire-signoff = true"),
                  Example("↓feat: x\n\nSigned-off-by: Ann Lee", config: "[commit]\nrequire-signoff = true")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        guard config.commit.requireSignoff else { return [] }
        let signed = message.footers.contains { footer in
            footer.token.lowercased() == "signed-off-by" && footer.value.contains("<") && footer.value.hasSuffix(">")
        }
        guard !signed else { return [] }
        return [Diagnostic(Self.info, "no `Signed-off-by: Name <email>` trailer",
                           fix: "commit with `git commit -s`, or add the line yourself as the last paragraph",
                           at: header, width: header.text.count)]
    }
}
