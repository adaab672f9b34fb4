#!/bin/sh
# Builds the release binaries the way install.sh does and runs the benchmarks.
# Usage: Benchmarks/run.sh [bench.py options, e.g. --only commit-msg --rounds 500]
set -eu
cd "$(dirname "$0")/.."
flags="-c release --static-swift-stdlib -Xswiftc -static-executable"
# shellcheck disable=SC2086 # $flags is a list of words
swift build $flags >/dev/null
# shellcheck disable=SC2086
exec python3 Benchmarks/bench.py --bin "$(swift build $flags --show-bin-path)" "$@"
