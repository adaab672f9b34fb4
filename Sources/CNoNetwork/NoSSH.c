/*
 * git_libgit2_init() calls libssh2_init(), which initialises OpenSSL and loads all its error
 * strings (~0.5 ms per start-up). Lockstep never opens an SSH connection through libgit2, so the
 * SSH transport's set-up is replaced by one that does nothing; libssh2 would initialise itself on
 * a first session anyway.
 */
/* Linux only: these replace symbols in Debian's static archives (Package.swift). */
#if defined(__linux__)
int git_transport_ssh_global_init(void) {
    return 0;
}
#endif
