#ifndef LOCKSTEP_CNONETWORK_H
#define LOCKSTEP_CNONETWORK_H

/*
 * Linking this target into an executable removes the network set-up that git_libgit2_init()
 * does on every start (mbedTLS seeding and the CA bundle, OpenSSL through libssh2) and the
 * GSSAPI libraries libgit2 loads for HTTP Negotiate. Lockstep never fetches, pushes or clones
 * through libgit2, so none of it is ever used. Nothing needs to be called: the definitions
 * replace libgit2's own at link time (see Package.swift, `--allow-multiple-definition`).
 */

#endif
