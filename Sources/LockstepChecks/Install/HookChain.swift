/// How each wrapper in hooks/ chains the hook that was there before it (`<name>.lockstep-orig`),
/// in the words install and doctor print; install.sh's `lockstep_first` says the same.
package enum HookChain {
    /// pre-push and pre-receive run Lockstep first (milliseconds) and the previous hook (koprogo's
    /// `make ci`, minutes) only when Lockstep passed. The others run the previous hook first, as it
    /// may change what git commits (the message, the index) or refuse on its own, and Lockstep only
    /// when it passed.
    package static func runsLockstepFirst(_ hook: String) -> Bool {
        hook == "pre-push" || hook == "pre-receive"
    }

    /// `, runs after pre-commit.lockstep-orig, only when it passes`: Lockstep's place in the chain.
    package static func note(for hook: String, backup: String) -> String {
        runsLockstepFirst(hook) ? ", runs before \(backup), which runs only when Lockstep passes"
                                : ", runs after \(backup), only when it passes"
    }

    /// Where `lockstep install` puts a hook it keeps: `before Lockstep` or `after Lockstep`.
    package static func keptPlace(for hook: String) -> String {
        runsLockstepFirst(hook) ? "after Lockstep, which runs first" : "before Lockstep"
    }
}
