/*
 * The Swift runtime in a static Linux executable finds its own path through /proc/self/exe
 * before main (its backtracer's set-up), and aborts with "Unable to obtain Swift runtime path"
 * (status 134) where /proc is not mounted: a bare chroot, a minimal container. This runs first
 * (a constructor priority runs before the runtime's unprioritised initialisers) and says what to
 * do instead, with Lockstep's "cannot read" status 3.
 */
#if defined(__linux__)
#include <unistd.h>

__attribute__((constructor(101)))
static void lockstep_require_proc(void) {
    char path[16];
    if (readlink("/proc/self/exe", path, sizeof path) > 0) return;
    static const char message[] =
        "lockstep: /proc is not mounted here, and Lockstep's Swift runtime reads /proc/self/exe to start;\n"
        "  mount it (mount -t proc proc /proc, or give the container or chroot a /proc) and run this again\n";
    ssize_t written = write(2, message, sizeof message - 1);
    (void)written;
    _exit(3);
}
#endif
