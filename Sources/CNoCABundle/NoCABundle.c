/*
 * Debian's libgit2 1.5.1 is built with mbedTLS, and git_libgit2_init() parses the whole system CA
 * bundle (/etc/ssl/certs/ca-certificates.crt, ~140 certificates) before it returns: about 5 ms
 * of every start-up, paid by each hook call. No libgit2 setting skips it: the path is compiled in
 * (GIT_DEFAULT_CERT_LOCATION) and loaded inside git_libgit2_init, before any option can be set.
 *
 * These two definitions live in the executable, which the dynamic linker searches before
 * libmbedx509.so, so libgit2's calls land here and load no certificate.
 *
 * SAFE ONLY BECAUSE LOCKSTEP NEVER TALKS TO A REMOTE THROUGH LIBGIT2: no fetch, push, clone or
 * ls-remote; pushes are git's own, and git reads its CA bundle itself. If libgit2 ever opened an
 * HTTPS connection from this process, it would have no trusted certificate and every
 * verification would fail (closed, not open). Link this target into executables only, never into
 * a library that someone else might use for networking.
 */
#include "CNoCABundle.h"

int mbedtls_x509_crt_parse_file(void *chain, const char *path) {
    (void)chain;
    (void)path;
    return 0;
}

int mbedtls_x509_crt_parse_path(void *chain, const char *path) {
    (void)chain;
    (void)path;
    return 0;
}

int lockstep_ca_bundle_is_skipped(void) {
    return 1;
}
