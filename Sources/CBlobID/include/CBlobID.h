#ifndef LOCKSTEP_CBLOBID_H
#define LOCKSTEP_CBLOBID_H
#include <stddef.h>

/* git's SHA-1 blob id of `size` bytes (the id of "blob <size>\0" followed by them) into `id`.
 * Returns 1, or 0 where no fast SHA-1 is linked (the caller then reads the blob instead). */
int lockstep_blob_id(const void *bytes, size_t size, unsigned char id[20]);

#endif
