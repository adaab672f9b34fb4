#ifndef LOCKSTEP_CLIBGIT2_SHIM_H
#define LOCKSTEP_CLIBGIT2_SHIM_H
#include <git2.h>
#include <git2/sys/repository.h>

/* Swift cannot call C variadic functions: one non-variadic wrapper per git_libgit2_opts use. */

/** Adds repository extensions libgit2 1.5.1 accepts on open (e.g. "worktreeconfig"). */
static inline int lockstep_git_add_extensions(const char **names, size_t count) {
    return git_libgit2_opts(GIT_OPT_SET_EXTENSIONS, names, count);
}

/** git does not re-hash objects when it reads them; neither should a revision walk. */
static inline int lockstep_git_set_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

/** Per-type size limit for libgit2's object cache (0 keeps that type out of the cache). */
static inline int lockstep_git_set_cache_object_limit(git_object_t type, size_t size) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, type, size);
}

/** Turns libgit2's object cache on or off for the whole process. */
static inline int lockstep_git_enable_caching(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_CACHING, enabled);
}

#endif
