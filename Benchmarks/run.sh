#!/bin/sh
# Builds the release binaries the way install.sh does and runs the benchmarks.
# Usage: Benchmarks/run.sh [bench.py options, e.g. --only commit-msg --rounds 500]
set -eu
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib >/dev/null
exec python3 Benchmarks/bench.py --bin "$(swift build -c release --static-swift-stdlib --show-bin-path)" "$@"
