/*
 * glibc hands every allocation of 128 KiB or more its own mmap and returns it with munmap, so
 * each lock file read (a 481 KiB package-lock.json inflated, then copied) costs fresh pages and
 * a page fault per 4 KiB: a quarter of a release commit's hook on the first user's repository.
 * Taken from the heap instead, freed buffers are reused by the next read. The process lives for
 * milliseconds, so the heap is never trimmed either.
 */
#include <stdlib.h>  /* defines __GLIBC__ where glibc is the C library */
#if defined(__GLIBC__)
#include <malloc.h>

__attribute__((constructor(102)))
static void lockstep_malloc_settings(void) {
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);  // glibc's maximum on 64-bit
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
}
#endif
