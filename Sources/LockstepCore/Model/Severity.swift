/// How much a finding matters. `off` silences a rule entirely.
package enum Severity: String, Sendable, CaseIterable, Comparable {
    case off, warning, error

    package static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
