#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer on `test` with the command line. SwiftPM links an executable's `main` to
/// `<module>_main`, so libFuzzer's own `main` cannot be used: each harness defines that symbol
/// and calls this, which hands over to libFuzzer's driver.
int lockstep_fuzz_main(int argc, char **argv, int (*test)(const uint8_t *data, size_t size));
