#!/bin/sh
# Lockstep's one-shot installer: prerequisites, a release build, the binaries, and the git hooks
# of one repository, chained after any hook that was there before.
#
#   ./install.sh [--repo PATH] [--prefix DIR] [--hooks "commit-msg ..."] [--uninstall] [--no-build]
#
# Exit status: 0 done, 2 usage error or a hooks directory we must not write to, 3 something
# needed could not be found or read.
set -eu

marker='# lockstep-managed-hook v1'
source_dir=$(cd "$(dirname "$0")" && pwd -P)
repo=.
prefix=
hooks='pre-commit pre-merge-commit commit-msg'
uninstall=0
build=1
hooks_path_ok=0

say() { printf 'install.sh: %s\n' "$*"; }
die() { code=$1; shift; printf 'install.sh: %s\n' "$*" >&2; exit "$code"; }

while [ $# -gt 0 ]; do
  case $1 in
    --repo) [ $# -ge 2 ] || die 2 "--repo needs a path"; repo=$2; shift 2 ;;
    --prefix) [ $# -ge 2 ] || die 2 "--prefix needs a directory"; prefix=$2; shift 2 ;;
    --hooks) [ $# -ge 2 ] || die 2 "--hooks needs a list"; hooks=$2; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    --no-build) build=0; shift ;;
    --hooks-path-ok) hooks_path_ok=1; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) die 2 "unknown option $1 (see --help)" ;;
  esac
done

for hook in $hooks; do
  [ -f "$source_dir/hooks/$hook" ] || die 2 "no such hook: $hook (available: $(cd "$source_dir/hooks" && echo *))"
done

if [ -z "$prefix" ]; then
  if [ "$(id -u)" = 0 ]; then prefix=/usr/local/bin; else prefix=$HOME/.local/bin; fi
fi

install_prerequisites() {
  command -v swift >/dev/null 2>&1 || die 3 "Swift is not installed (https://www.swift.org/install/)"
  if ! pkg-config --exists libgit2 2>/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "installing libgit2-dev and pkg-config with apt-get"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgit2-dev pkg-config >/dev/null
    else
      die 3 "libgit2-dev is missing; run: sudo apt-get update && sudo apt-get install -y libgit2-dev pkg-config"
    fi
  fi
}

build_and_install_binaries() {
  say "building Lockstep (release, static Swift runtime)"
  (cd "$source_dir" && swift build -c release --static-swift-stdlib >/dev/null) \
    || die 3 "the build failed; run 'swift build -c release' in $source_dir to see why"
  bin_dir=$(cd "$source_dir" && swift build -c release --static-swift-stdlib --show-bin-path)
  mkdir -p "$prefix"
  for name in lockstep-cli lockstep-hook lockstep; do
    cp "$bin_dir/$name" "$prefix/.$name.tmp.$$"
    chmod 755 "$prefix/.$name.tmp.$$"
    mv -f "$prefix/.$name.tmp.$$" "$prefix/$name"
  done
  say "installed $prefix/lockstep, $prefix/lockstep-hook and $prefix/lockstep-cli"
}

# The hooks directory git really uses (core.hooksPath, linked worktrees), made absolute.
hooks_directory() {
  path=$(git -C "$repo" rev-parse --git-path hooks) || die 3 "git cannot resolve the hooks directory of $repo"
  case $path in /*) ;; *) path=$(cd "$repo" && pwd -P)/$path ;; esac
  mkdir -p "$path"
  hooks_dir=$(cd "$path" && pwd -P)
  common=$(cd "$repo" && cd "$(git rev-parse --git-common-dir)" && pwd -P)
  if [ "$hooks_dir" != "$common/hooks" ] && [ "$hooks_path_ok" = 0 ]; then
    git -C "$repo" config --show-origin core.hooksPath >&2 || true
    die 2 "core.hooksPath points git at $hooks_dir, not $common/hooks: another tool (husky, lefthook) owns the hooks, or they are disabled. Nothing was written. Add 'lockstep hook <name> \"\$@\"' to that tool's hooks, or re-run with --hooks-path-ok to install there."
  fi
}

is_ours() { [ -f "$1" ] && [ ! -L "$1" ] && grep -q "^$marker" "$1"; }

install_hook() {
  hook=$1 f=$hooks_dir/$1 b=$hooks_dir/$1.lockstep-orig
  if is_ours "$f"; then
    :
  elif [ -e "$f" ] || [ -L "$f" ]; then
    if [ ! -e "$b" ] && [ ! -L "$b" ]; then
      mv "$f" "$b"; say "kept your $hook as $hook.lockstep-orig; it runs before Lockstep"
    elif cmp -s "$f" "$b" && [ "$(stat -c %a "$f")" = "$(stat -c %a "$b")" ]; then
      rm -f "$f"
    else
      n=1; while [ -e "$b.$n" ] || [ -L "$b.$n" ]; do n=$((n + 1)); done
      mv "$b" "$b.$n"; mv "$f" "$b"
      say "$hook changed since the last install: the older copy is $hook.lockstep-orig.$n, the new one is chained"
    fi
  fi
  tmp=$hooks_dir/.$hook.lockstep.$$
  quoted=$(printf '%s' "$prefix/lockstep" | sed "s/'/'\\\\''/g")
  # ENVIRON, not -v: awk would interpret backslashes in the path.
  LOCKSTEP_BIN_LINE="bin='$quoted'" awk '$0 == "bin='"''"'" { print ENVIRON["LOCKSTEP_BIN_LINE"]; next } { print }' \
    "$source_dir/hooks/$hook" > "$tmp"
  chmod 755 "$tmp"
  mv -f "$tmp" "$f"
  say "installed $hook"
}

uninstall_hook() {
  hook=$1 f=$hooks_dir/$1 b=$hooks_dir/$1.lockstep-orig
  if is_ours "$f"; then
    rm -f "$f"
    if [ -e "$b" ] || [ -L "$b" ]; then mv "$b" "$f"; say "restored your $hook"; else say "removed $hook"; fi
  elif [ -e "$f" ] || [ -L "$f" ]; then
    say "$hook is not Lockstep's any more; left it (and any $hook.lockstep-orig) alone"
  fi
}

if [ "$uninstall" = 0 ]; then
  install_prerequisites
  [ "$build" = 0 ] || build_and_install_binaries
fi
if git -C "$repo" rev-parse --git-dir >/dev/null 2>&1; then
  hooks_directory
  for hook in $hooks; do
    if [ "$uninstall" = 1 ]; then uninstall_hook "$hook"; else install_hook "$hook"; fi
  done
else
  [ "$repo" = . ] || die 3 "$repo is not a git repository"
  say "not inside a git repository: no hooks installed (use --repo PATH)"
fi
