/*
 * Debian's libgit2 1.5.1 is built with mbedTLS, and git_libgit2_init() calls
 * git_mbedtls_stream_global_init(), which seeds a random generator (HAVEGE, CPU-bound) and parses
 * the whole system CA bundle (~140 certificates): about 6 ms of every hook start-up, for TLS that
 * a hook never opens. These definitions replace libgit2's: the set-up does nothing, and a TLS
 * stream, should one ever be asked for, fails with an error instead of running unconfigured
 * (closed, not open).
 */
/* Linux only: these replace symbols in Debian's static archives (Package.swift). */
#if defined(__linux__)
#include <git2/errors.h>

int git_mbedtls_stream_global_init(void) {
    return 0;
}

static int refuse_tls(void) {
    git_error_set_str(GIT_ERROR_SSL, "Lockstep's executables never open TLS connections");
    return -1;
}

int git_mbedtls_stream_new(void **out, const char *host, const char *port) {
    (void)host;
    (void)port;
    *out = 0;
    return refuse_tls();
}

int git_mbedtls_stream_wrap(void **out, void *in, const char *host) {
    (void)in;
    (void)host;
    *out = 0;
    return refuse_tls();
}

int git_mbedtls__set_cert_location(const char *file, const char *path) {
    (void)file;
    (void)path;
    return refuse_tls();
}
#endif
