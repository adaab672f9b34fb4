#ifndef LOCKSTEP_CNOCABUNDLE_H
#define LOCKSTEP_CNOCABUNDLE_H

/*
 * Linking this target into an executable stops libgit2 from parsing the system CA bundle at
 * git_libgit2_init() (see NoCABundle.c for why that is safe for Lockstep, and only for it).
 * Nothing needs to be called; the function below lets a test or `lockstep doctor` check that
 * the stub is in the executable.
 */

/** Returns 1: the executable carries the CA-bundle stub. */
int lockstep_ca_bundle_is_skipped(void);

#endif
