#!/bin/sh
# Lockstep's installer: prerequisites, a release build, the binaries, and the git hooks of one
# repository, each chained with the hook that was there before (HOOKS.md §7). The hook part is
# also what `lockstep install`, `lockstep install --check` and `lockstep uninstall` run: they use
# the copy of this script installed in <prefix>/../share/lockstep.
#
# Run from a release archive (lockstep-X.Y.Z-ARCH-linux.tar.gz, unpacked), it installs the
# executables the archive ships in bin/ and builds nothing: no Swift needed.
#
# Usage: ./install.sh [options]
#   --from FILE|URL   install from a release archive: a file, or a URL fetched with curl or wget.
#                     Its SHA-256 must match --sha256 or the SHA256SUMS beside it (same folder or
#                     URL); on a mismatch nothing is written. Then runs the archive's install.sh
#                     with the other options.
#   --sha256 HEX      the archive's expected SHA-256 (with --from)
#   --repo PATH       the repository whose hooks to install (default: the current directory)
#   --prefix DIR      where lockstep, lockstep-hook and lockstep-cli go (default: /usr/local/bin
#                     for root, ~/.local/bin otherwise); wrappers and this script go to
#                     DIR/../share/lockstep
#   --bin DIR         take the three binaries from DIR (e.g. .build/release) instead of building
#   --no-build        install no binaries: the hooks call the lockstep already in --prefix
#   --no-hooks        install the binaries only (CI)
#   --hooks "A B"     only these hooks (default: every wrapper in hooks/ except server hooks)
#   --tag-gate        also install the reference-transaction tag gate (off by default: see README)
#   --no-tag-gate     leave out the tag gate and remove ours if installed (the default)
#   --server          a bare repository that receives pushes: install pre-receive only
#   --hooks-path-ok   core.hooksPath names another directory: install into it anyway (never
#                     into a directory git tracks)
#   --check           report what is installed and what an install would change; write nothing
#   --uninstall       remove Lockstep's hooks and put back, byte for byte, what was there before
#   --binaries        with --uninstall: also remove the binaries and share/lockstep from --prefix
#   -q, --quiet       print only warnings, errors and the last line
#
# Exit status: 0 done (--check: nothing to change), 1 --check: an install would change
# something, 2 usage error, or a hooks directory Lockstep must not write to (nothing was
# written), 3 something needed is missing or cannot be read.
set -eu

marker='# lockstep-managed-hook v1'
server_hooks=' pre-receive update post-receive proc-receive '
me=lockstep
source_dir=$(cd "$(dirname "$0")" && pwd -P)
hooks_src=$source_dir/hooks

repo=.
repo_given=0
prefix=
bin_from=
build=1
copy_binaries=1
install_hooks=1
hooks=
hooks_given=0
tag_gate=0
server=0
hooks_path_ok=0
mode=install
remove_binaries=0
quiet=0

say() { [ "$quiet" = 1 ] || printf '%s: %s\n' "$me" "$*"; }
warn() { printf '%s: %s\n' "$me" "$*" >&2; }
die() { code=$1; shift; printf '%s: %s\n' "$me" "$*" >&2; exit "$code"; }
usage_error() { die 2 "$* (see --help)"; }

# --from and --sha256 come out of the options first: the others go on to the archive's install.sh.
from='' sha256='' wants=''
for argument do
  shift
  case $wants in
    from) from=$argument; wants=''; continue ;;
    sha256) sha256=$argument; wants=''; continue ;;
  esac
  case $argument in
    --from|--sha256) wants=${argument#--}; continue ;;
    --from=*) from=${argument#*=}; continue ;;
    --sha256=*) sha256=${argument#*=}; continue ;;
  esac
  set -- "$@" "$argument"
done
[ -z "$wants" ] || usage_error "--$wants needs a value"

# In a function, so that "$@" stays for --from.
parse_options() {
while [ $# -gt 0 ]; do
  option=$1 value=
  case $option in
    --repo=*|--prefix=*|--bin=*|--hooks=*) value=${option#*=}; option=${option%%=*}; shift ;;
    --repo|--prefix|--bin|--hooks)
      [ $# -ge 2 ] || usage_error "$option needs a value"
      value=$2; shift 2 ;;
    *) shift ;;
  esac
  case $option in
    --repo) repo=$value; repo_given=1 ;;
    --prefix) prefix=$value ;;
    --bin) bin_from=$value; build=0 ;;
    --hooks) hooks=$value; hooks_given=1 ;;
    --no-build) build=0; copy_binaries=0 ;;
    --no-hooks) install_hooks=0 ;;
    --no-tag-gate) tag_gate=0 ;;
    --tag-gate) tag_gate=1 ;;
    --server) server=1 ;;
    --hooks-path-ok) hooks_path_ok=1 ;;
    --check) mode=check ;;
    --uninstall) mode=uninstall ;;
    --binaries) remove_binaries=1 ;;
    -q|--quiet) quiet=1 ;;
    -h|--help) sed -n '2,/^set -eu/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    *) usage_error "unknown option $option" ;;
  esac
done
}
parse_options "$@"

[ -z "$bin_from" ] || [ "$copy_binaries" = 1 ] || usage_error "--bin and --no-build exclude each other"
[ -n "$from" ] || [ -z "$sha256" ] || usage_error "--sha256 goes with --from"
if [ -n "$from" ] && { [ "$mode" != install ] || [ -n "$bin_from" ] || [ "$copy_binaries" = 0 ]; }; then
  usage_error "--from installs an archive's executables: it excludes --check, --uninstall, --bin and --no-build"
fi
[ "$remove_binaries" = 0 ] || [ "$mode" = uninstall ] || usage_error "--binaries goes with --uninstall"
[ "$install_hooks" = 1 ] || [ "$hooks_given" = 0 ] || usage_error "--hooks and --no-hooks exclude each other"

# --- a release archive (--from) -----------------------------------------------------------------

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum <"$1" | cut -d' ' -f1
  elif command -v shasum >/dev/null 2>&1; then shasum -a 256 <"$1" | cut -d' ' -f1
  else die 3 "neither sha256sum nor shasum is installed: cannot verify $from"
  fi
}

# Copies $1 (a URL, or a file:// URL, or a path) to $2; fails quietly when it is not there.
fetch() {
  case $1 in
    file://*) cp "${1#file://}" "$2" 2>/dev/null ;;
    *://*)
      if command -v curl >/dev/null 2>&1; then curl -fsSL --retry 3 -o "$2" "$1"
      elif command -v wget >/dev/null 2>&1; then wget -q -O "$2" "$1"
      else die 3 "neither curl nor wget is installed: download $1 yourself and pass its path to --from"
      fi ;;
    *) cp "$1" "$2" 2>/dev/null ;;
  esac
}

# Fetches the archive into a temporary folder, checks its SHA-256 before anything else is done
# with it, unpacks it and runs its own install.sh with the other options ($@).
install_from_archive() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/lockstep-install.XXXXXX") || die 3 "cannot create a temporary folder"
  trap 'rm -rf "$work"' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  file=${from%%\?*}
  file=${file##*/}
  case $file in *.tar.gz|*.tgz) ;; *) usage_error "--from names a .tar.gz release archive, not $file" ;; esac
  say "fetching $from"
  fetch "$from" "$work/$file" || die 3 "cannot fetch $from"
  if [ -n "$sha256" ]; then
    expected=$(printf '%s' "$sha256" | tr 'A-F' 'a-f')
    source_of_sum="--sha256"
  else
    sums=${from%/*}/SHA256SUMS
    [ "$sums" != "$from/SHA256SUMS" ] || sums=./SHA256SUMS
    fetch "$sums" "$work/SHA256SUMS" \
      || die 3 "no SHA256SUMS beside $from ($sums): pass the archive's checksum with --sha256"
    expected=$(awk -v name="$file" '$2 == name || $2 == "*" name { print $1; exit }' "$work/SHA256SUMS")
    [ -n "$expected" ] || die 3 "$sums has no line for $file: pass the archive's checksum with --sha256"
    source_of_sum=$sums
  fi
  actual=$(sha256_of "$work/$file")
  if [ "$actual" != "$expected" ]; then
    warn "$file has SHA-256 $actual, but $source_of_sum says $expected."
    die 3 "refusing an archive that is not the one expected; nothing was installed"
  fi
  say "SHA-256 $actual matches $source_of_sum"
  mkdir "$work/unpacked"
  tar -xzf "$work/$file" -C "$work/unpacked" || die 3 "cannot unpack $file"
  unpacked=
  for entry in "$work/unpacked"/*; do
    [ -f "$entry/install.sh" ] && [ -z "$unpacked" ] && unpacked=$entry && continue
    die 3 "$file is not a Lockstep release archive (one folder holding install.sh)"
  done
  [ -n "$unpacked" ] || die 3 "$file is not a Lockstep release archive (one folder holding install.sh)"
  status=0
  sh "$unpacked/install.sh" "$@" || status=$?
  exit "$status"
}

[ -z "$from" ] || install_from_archive "$@"

# An unpacked release archive ships the executables in bin/ and no sources: nothing to build.
if [ "$build" = 1 ] && [ ! -f "$source_dir/Package.swift" ] && [ -x "$source_dir/bin/lockstep" ]; then
  bin_from=$source_dir/bin
  build=0
fi

# --- paths -------------------------------------------------------------------------------------

# $1 made absolute against the current directory, lexically (symlinks kept: a Homebrew-style
# /usr/local/bin/lockstep -> Cellar/<version>/... link must keep working after an upgrade).
absolute() {
  case $1 in /*) p=$1 ;; *) p=$(pwd)/$1 ;; esac
  while :; do case $p in */) [ "$p" = / ] && break; p=${p%/} ;; *) break ;; esac; done
  printf '%s\n' "$p"
}

# $1 (absolute) with the symlinks of its existing part resolved; a part that does not exist yet is
# appended as written. Used to compare directories, never to choose what to write.
physical() {
  p=$1 rest=
  while [ ! -d "$p" ]; do
    rest=/${p##*/}$rest
    p=${p%/*}
    [ -n "$p" ] || p=/
  done
  p=$(cd "$p" && pwd -P)
  [ "$p" = / ] && p=
  printf '%s%s\n' "$p" "$rest"
}

exists() { [ -e "$1" ] || [ -L "$1" ]; }
# ls, not stat: stat's options differ between GNU, BSD and macOS. Only the first field is used,
# so odd file names do not matter.
# shellcheck disable=SC2012
inode() { ls -diL -- "$1" | awk '{ print $1 }'; }
# shellcheck disable=SC2012
perms() { ls -ld -- "$1" | cut -c1-10; }

# Same symlink target, or same permissions and bytes: a hook that is a copy of its backup.
same_entry() {
  if [ -L "$1" ] || [ -L "$2" ]; then
    [ -L "$1" ] && [ -L "$2" ] && [ "$(readlink "$1")" = "$(readlink "$2")" ]
  else
    [ -f "$1" ] && [ -f "$2" ] && [ "$(perms "$1")" = "$(perms "$2")" ] && cmp -s "$1" "$2"
  fi
}

is_ours() { [ -f "$1" ] && [ ! -L "$1" ] && head -n 5 "$1" | grep -q "^$marker"; }
# Whether directory $1 holds any hook of Lockstep's.
holds_ours() {
  for file in "$1"/*; do
    if is_ours "$file"; then return 0; fi
  done
  return 1
}

# A word for the tool that wrote a hook, when it says so.
manager_of() {
  [ -f "$1" ] || return 0
  if grep -q LEFTHOOK "$1" 2>/dev/null; then echo lefthook
  elif grep -q 'File generated by pre-commit' "$1" 2>/dev/null; then echo pre-commit
  elif grep -q husky "$1" 2>/dev/null; then echo husky
  fi
}

if [ -z "$prefix" ]; then
  if [ "$(id -u)" = 0 ]; then prefix=/usr/local/bin; else prefix=${HOME:?HOME is not set}/.local/bin; fi
fi
prefix=$(absolute "$prefix")
datadir=${prefix%/*}/share/lockstep
[ -z "$bin_from" ] || bin_from=$(absolute "$bin_from")
binaries='lockstep lockstep-hook lockstep-cli'

# --- prerequisites and binaries ----------------------------------------------------------------

install_prerequisites() {
  command -v git >/dev/null 2>&1 || die 3 "git is not installed (Debian: apt-get install git)"
  swift_page=linux
  [ "$(uname -s)" = Darwin ] && swift_page=macos
  command -v swift >/dev/null 2>&1 \
    || die 3 "Swift 6 is not installed or not on PATH: install it (https://www.swift.org/install/$swift_page/), then run this again"
  if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgit2; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing libgit2-dev and pkg-config with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgit2-dev pkg-config >/dev/null
  elif command -v apt-get >/dev/null 2>&1; then
    die 3 "libgit2-dev is missing; run: sudo apt-get update && sudo apt-get install -y libgit2-dev pkg-config"
  elif command -v brew >/dev/null 2>&1; then
    die 3 "libgit2 is missing; run: brew install libgit2 pkg-config"
  else
    die 3 "libgit2 (1.5 or later, with headers and its static library) is missing; install it with your package manager"
  fi
}

build_binaries() {
  if [ "$(uname -s)" = Darwin ]; then
    # macOS has no static executables, and its Swift runtime is part of the system.
    say "building Lockstep (release; a few minutes the first time)"
    flags="-c release"
  else
    say "building Lockstep (release, statically linked; a few minutes the first time)"
    # A static executable skips the dynamic loader: the commit-msg hook starts in under half the time.
    flags="-c release --static-swift-stdlib"
    [ "$(uname -s)" = Linux ] && flags="$flags -Xswiftc -static-executable"
  fi
  log=$(mktemp)
  # shellcheck disable=SC2086 # $flags is a list of words
  if ! (cd "$source_dir" && swift build $flags) >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    rm -f "$log"
    die 3 "the build failed (above); run 'swift build -c release' in $source_dir to see it all"
  fi
  rm -f "$log"
  # shellcheck disable=SC2086
  bin_from=$(cd "$source_dir" && swift build $flags --show-bin-path)
}

# Copies $1 to $2 through a temporary file beside it: whoever runs $2 meanwhile sees the old or
# the new file, never half of one.
copy_atomically() {
  cp "$1" "$2.lockstep-tmp.$$"
  chmod "$3" "$2.lockstep-tmp.$$"
  mv -f "$2.lockstep-tmp.$$" "$2"
}

install_binaries() {
  for name in $binaries; do
    if [ ! -f "$bin_from/$name" ] || [ ! -x "$bin_from/$name" ]; then die 3 "$bin_from/$name is missing or not executable"; fi
  done
  mkdir -p "$prefix" "$datadir/hooks" || die 3 "cannot create $prefix and $datadir"
  for name in $binaries; do copy_atomically "$bin_from/$name" "$prefix/$name" 755; done
  [ "$source_dir" = "$(physical "$datadir")" ] || {
    copy_atomically "$source_dir/install.sh" "$datadir/install.sh" 755
    for old in "$datadir"/hooks/*; do
      [ -f "$old" ] && [ ! -e "$hooks_src/${old##*/}" ] && rm -f "$old"
    done
    for wrapper in "$hooks_src"/*; do
      [ -f "$wrapper" ] && copy_atomically "$wrapper" "$datadir/hooks/${wrapper##*/}" 644
    done
  }
  version=$("$prefix/lockstep" --version 2>&1) || die 3 "$prefix/lockstep does not run: $version"
  say "installed lockstep $version: $prefix/lockstep, lockstep-hook, lockstep-cli (hook wrappers in $datadir)"
  case :${PATH:-}: in
    *:"$prefix":*) ;;
    *) say "note: $prefix is not on your PATH; the hooks call lockstep by its full path, but add it to PATH to run lockstep yourself" ;;
  esac
}

# The lockstep the hooks will call: the installed one, named by the PATH entry when that is the
# same file (so a link that a package manager re-points on upgrade stays in the hooks).
choose_binary() {
  bin=$prefix/lockstep
  [ -x "$bin" ] || die 3 "no lockstep in $prefix: install it first (./install.sh --prefix $prefix)"
  [ -x "$prefix/lockstep-hook" ] || die 3 "no lockstep-hook beside $bin: reinstall Lockstep"
  "$bin" --version >/dev/null 2>&1 || die 3 "$bin does not run ($("$bin" --version 2>&1 | head -n 1)): reinstall Lockstep"
  if [ "$copy_binaries" = 0 ] && on_path=$(command -v lockstep 2>/dev/null); then
    case $on_path in
      /*) if [ "$on_path" != "$bin" ] && [ "$(inode "$on_path")" = "$(inode "$bin")" ] && cmp -s "$on_path" "$bin"; then
            bin=$on_path
          fi ;;
    esac
  fi
}

remove_installed_binaries() {
  for name in $binaries; do
    if [ -f "$prefix/$name" ]; then rm -f "$prefix/$name"; say "removed $prefix/$name"; fi
  done
  if [ -f "$datadir/install.sh" ] && [ "$(physical "$datadir")" != "$source_dir" ]; then
    rm -rf "$datadir"; say "removed $datadir"
  fi
}

# --- the repository and its hooks directory ----------------------------------------------------

open_repository() {
  [ -d "$repo" ] || die 3 "$repo is not a directory"
  cd "$repo" || die 3 "cannot enter $repo"
  if ! git rev-parse --git-dir >/dev/null 2>&1; then
    if [ "$repo_given" = 0 ] && [ "$mode" = install ] && [ "$copy_binaries" = 1 ]; then
      say "not inside a git repository: no hooks installed (run again with --repo PATH, or 'lockstep install' in the repository)"
      exit 0
    fi
    die 3 "$(pwd) is not inside a git repository"
  fi
  bare=$(git rev-parse --is-bare-repository)
  common=$(physical "$(absolute "$(git rev-parse --git-common-dir)")")
  top=
  [ "$bare" = true ] || top=$(physical "$(git rev-parse --show-toplevel)")
  if [ "$server" = 1 ] && [ "$bare" != true ]; then
    die 2 "--server is for a bare repository that receives pushes; $(pwd) has a work tree"
  fi
  if [ "$server" = 0 ] && [ "$bare" = true ] && [ "$mode" != uninstall ]; then
    die 2 "$(pwd) is a bare repository: git runs no commit hooks here. Use --server to install pre-receive."
  fi
}

# The hooks to work on: the wrappers in hooks/ (those carrying the marker), minus server hooks
# (or only those, with --server), minus the tag gate unless --tag-gate; or the --hooks list.
select_hooks() {
  available=
  for wrapper in "$hooks_src"/*; do
    name=${wrapper##*/}
    case $name in *.*) continue ;; esac
    [ -f "$wrapper" ] && is_ours "$wrapper" && available="$available $name"
  done
  [ -n "$available" ] || die 3 "no hook wrappers in $hooks_src"
  if [ "$hooks_given" = 1 ]; then
    for hook in $hooks; do
      case " $available " in *" $hook "*) ;; *) usage_error "no such hook: $hook (available:$available)" ;; esac
    done
    return
  fi
  hooks=
  for hook in $available; do
    case $server_hooks in *" $hook "*) server_hook=1 ;; *) server_hook=0 ;; esac
    [ "$server_hook" = "$server" ] || continue
    [ "$tag_gate" = 1 ] || [ "$hook" != reference-transaction ] || continue
    hooks="$hooks $hook"
  done
  [ -n "$hooks" ] || die 3 "this Lockstep has no $( [ "$server" = 1 ] && echo server || echo client ) hooks in $hooks_src"
}

# Lines to put into a hooks directory Lockstep will not write to.
print_lines_to_add() {
  rel=$1
  for hook in $hooks; do
    printf '    %s/%s:  lockstep hook %s "$@"\n' "$rel" "$hook" "$hook" >&2
  done
}

# Sets $where to e.g. "core.hooksPath = .husky/_ in .git/config, local scope" and $scope.
describe_hooks_path() {
  shown_where=$(git config --show-scope --show-origin --get core.hooksPath 2>/dev/null || true)
  scope='' origin=''
  value=$(git config --get core.hooksPath 2>/dev/null || true)
  case $shown_where in
    *"	"*"	"*)
      scope=${shown_where%%	*}
      origin=${shown_where#*	}
      origin=${origin%%	*} ;;
  esac
  case $origin in file:*) origin=${origin#file:} ;; "command line:") origin="git -c / GIT_CONFIG_PARAMETERS" ;; esac
  where="core.hooksPath = $value${origin:+ in $origin}${scope:+, $scope scope}"
}

# core.hooksPath makes git run hooks from $hooks_dir instead of $common/hooks.
hooks_path_in_effect() {
  describe_hooks_path
  shown=$hooks_dir
  [ -z "$top" ] || case $hooks_dir in "$top"/*) shown=${hooks_dir#"$top"/} ;; esac
  warn "git runs this repository's hooks from $hooks_dir, not from $common/hooks,"
  warn "because $where."
  if [ ! -d "$hooks_dir" ]; then
    warn "That directory does not exist, so git runs no hooks at all here: hooks are disabled."
    warn "Re-enable them with 'git config${scope:+ --$scope} --unset core.hooksPath', then run this again."
    warn "Nothing was written."
    exit 2
  fi
  tracked=
  if [ -n "$top" ]; then
    case $hooks_dir/ in
      "$top"/*) [ -z "$(git -C "$top" ls-files -- "$shown" 2>/dev/null | head -n 1)" ] || tracked=1 ;;
    esac
  fi
  case $hooks_dir in
    */.husky/_|*/.husky)
      warn "That is husky's directory (husky sets core.hooksPath=.husky/_ and rewrites it on every install)."
      warn "Call Lockstep from husky's hooks instead, one line per hook:"
      print_lines_to_add "${shown%/_}"
      if [ "$hooks_path_ok" = 0 ]; then warn "Nothing was written."; exit 2; fi ;;
  esac
  if [ -n "$tracked" ]; then
    warn "git tracks files in $shown, so Lockstep will not write there (the wrappers name this machine's"
    warn "binary). Add one line per hook to the scripts in it instead:"
    print_lines_to_add "$shown"
    warn "Nothing was written."
    exit 2
  fi
  if [ "$hooks_path_ok" = 0 ]; then
    [ "$scope" != global ] || warn "It is set globally: every repository of yours runs hooks from there."
    warn "Another tool probably owns that directory. Either call Lockstep from its hooks:"
    print_lines_to_add "$shown"
    warn "or run this again with --hooks-path-ok to install Lockstep's wrappers into it (chained like here)."
    warn "Nothing was written."
    exit 2
  fi
  if [ -n "$top" ]; then
    case $hooks_dir/ in
      "$top"/*) git -C "$top" check-ignore -q -- "$shown/x" 2>/dev/null \
        || warn "note: git status will list Lockstep's wrappers in $shown; add it to .git/info/exclude to hide them" ;;
    esac
  fi
  say "$where: installing into $hooks_dir as asked (--hooks-path-ok)"
}

find_hooks_directory() {
  if ! raw=$(git rev-parse --git-path hooks 2>/dev/null); then
    warn "git cannot resolve the hooks directory here: a relative core.hooksPath probably goes through a"
    describe_hooks_path
    warn "linked worktree's .git file ($where)."
    die 2 "hooks do not run in this worktree; unset core.hooksPath or make it absolute, then run this again"
  fi
  hooks_dir=$(physical "$(absolute "$raw")")
  default_dir=$(physical "$common/hooks")
  target=$hooks_dir
  if [ "$hooks_dir" != "$default_dir" ]; then
    case $mode in
      install) hooks_path_in_effect ;;
      check) if [ "$hooks_path_ok" = 0 ]; then hooks_path_in_effect; fi ;;
      uninstall)
        # Uninstall cleans the directory an install writes to by default; the core.hooksPath one
        # only when asked, as install was.
        # Without the flag, Lockstep's hooks are still found where an install with it put them.
        if [ "$hooks_path_ok" = 0 ] && ! holds_ours "$default_dir" && holds_ours "$hooks_dir"; then
          say "note: Lockstep's hooks are in $hooks_dir (core.hooksPath, installed with --hooks-path-ok): uninstalling from there"
        elif [ "$hooks_path_ok" = 0 ]; then
          target=$default_dir
          say "note: core.hooksPath points git at $hooks_dir; uninstalling from $default_dir (add --hooks-path-ok for $hooks_dir)"
        fi ;;
    esac
  elif [ -z "$(git config --get core.hooksPath 2>/dev/null || true)" ]; then
    :
  else
    say "core.hooksPath names the default hooks directory; that is fine"
  fi
  hooks_dir=$target
  if [ "$mode" = install ]; then
    mkdir -p "$hooks_dir" || die 3 "cannot create $hooks_dir"
    [ -w "$hooks_dir" ] || die 3 "cannot write to $hooks_dir"
  fi
}

# --- one hook ----------------------------------------------------------------------------------

# The wrapper for $1 with the binary's path on its bin='' line.
render() {
  quoted=$(printf '%s' "$bin" | sed "s/'/'\\\\''/g")
  # ENVIRON, not -v: awk would interpret backslashes in the path.
  LOCKSTEP_BIN_LINE="bin='$quoted'" awk '$0 == "bin='"''"'" { print ENVIRON["LOCKSTEP_BIN_LINE"]; n++; next } { print } END { exit n == 1 ? 0 : 1 }' \
    "$hooks_src/$1"
}

# ", runs after <hook>.lockstep-orig" when $1 (the backup) is there.
# The order each wrapper in hooks/ runs the chain in: the hooks that may change what git commits
# (the message, the index) and the tag gate run the previous hook first and Lockstep only when
# it passed; pre-push and pre-receive run Lockstep first and the previous hook only when it passed.
lockstep_first() {
  case $1 in pre-push|pre-receive) return 0 ;; *) return 1 ;; esac
}

# How hook $2 chains the previous hook $1, when there is one.
after_note() {
  exists "$1" || return 0
  if lockstep_first "$2"; then printf ', runs before %s, which runs only when Lockstep passes' "${1##*/}"
  else printf ', runs after %s, only when it passes' "${1##*/}"; fi
}

# When the previous hook of $1, kept beside its wrapper, runs.
kept_note() {
  if lockstep_first "$1"; then printf 'runs after Lockstep, only when Lockstep passes'
  else printf 'runs first; Lockstep runs after it, only when it passes'; fi
}

first_free_rotation() {
  n=1
  while exists "$1.$n"; do n=$((n + 1)); done
  echo "$n"
}

# The wrapper for $1, complete and executable, in a temporary file beside where it goes.
write_wrapper() {
  tmp=$hooks_dir/.$1.lockstep-tmp.$$
  render "$1" >"$tmp"
  chmod 755 "$tmp"
}

changed=0 written=0 current=0 kept=0 chained=0 problems=0
report() { [ "$quiet" = 1 ] || printf '%s: %-22s %s\n' "$me" "$1" "$2"; }

install_hook() {
  hook=$1 f=$hooks_dir/$1 b=$hooks_dir/$1.lockstep-orig
  if [ -d "$f" ] && [ ! -L "$f" ]; then
    warn "$hook: $f is a directory; git cannot run it and stops the command. Move it away, then install again."
    problems=$((problems + 1)); return
  fi
  render "$hook" >/dev/null || die 3 "$hooks_src/$hook must hold exactly one bin='' line"
  how=
  if is_ours "$f"; then
    if render "$hook" | cmp -s - "$f" && [ "$(perms "$f")" = -rwxr-xr-x ]; then
      current=$((current + 1))
      if exists "$b"; then chained=$((chained + 1)); fi
      report "$hook" "up to date$(after_note "$b" "$hook")"
      return
    fi
    how="updated"
  elif exists "$f"; then
    tool=$(manager_of "$f")
    if ! exists "$b"; then
      how="installed; your previous hook is kept as $hook.lockstep-orig and $(kept_note "$hook")"
      step=keep
    elif same_entry "$f" "$b"; then
      how="installed again; your $hook was an identical copy of $hook.lockstep-orig, which stays chained"
      step=drop
    else
      n=$(first_free_rotation "$b")
      how="installed again; the new $hook is kept as $hook.lockstep-orig and chained, the older one as $hook.lockstep-orig.$n"
      step=rotate
    fi
    if [ "$mode" = install ]; then
      write_wrapper "$hook"   # first: should that fail, the previous hook is still in place
      case $step in
        keep) mv "$f" "$b" ;;
        drop) rm -f "$f" ;;
        rotate) mv "$b" "$b.$n"; mv "$f" "$b" ;;
      esac
    fi
    kept=$((kept + 1))
    if [ -n "$tool" ]; then
      warn "$hook was written by $tool, which may move Lockstep's wrapper aside when it next writes hooks;"
      warn "consider running Lockstep from $tool instead (README: Installing and uninstalling)."
    fi
  else
    how="installed$(after_note "$b" "$hook")"
  fi
  changed=$((changed + 1))
  if exists "$b" || [ "${step:-}" = keep ]; then chained=$((chained + 1)); fi
  step=
  if [ "$mode" = check ]; then
    report "$hook" "would be $how"
    return
  fi
  [ -n "$tmp" ] || write_wrapper "$hook"
  mv -f "$tmp" "$f"
  tmp=
  written=$((written + 1))
  report "$hook" "$how"
}

uninstall_hook() {
  hook=$1 f=$hooks_dir/$1 b=$hooks_dir/$1.lockstep-orig
  if is_ours "$f"; then
    rm -f "$f"
    if exists "$b"; then mv "$b" "$f"; report "$hook" "removed; your previous hook is back"
    else report "$hook" "removed"; fi
    changed=$((changed + 1))
  elif exists "$f"; then
    if exists "$b"; then
      warn "$hook is not Lockstep's any more (something replaced it); left it and $hook.lockstep-orig (your hook from"
      warn "before Lockstep) alone: keep the one you want."
    fi
  elif exists "$b"; then
    mv "$b" "$f"
    report "$hook" "restored your previous hook (Lockstep's wrapper was already gone)"
    changed=$((changed + 1))
  fi
  for old in "$b".*; do
    exists "$old" && say "kept $old (an older copy of your $hook from a reinstall; not chained)"
  done
  return 0
}

# Uninstall: the hooks asked for, or every hook of ours in the directory, every backup, and every
# wrapper name this Lockstep knows.
uninstall_candidates() {
  [ "$hooks_given" = 0 ] || { echo "$hooks"; return; }
  for entry in "$hooks_dir"/* "$hooks_src"/*; do
    name=${entry##*/}
    case $name in
      *.lockstep-orig) echo "${name%.lockstep-orig}" ;;
      *.*|'*') ;;
      *) echo "$name" ;;
    esac
  done | sort -u
}

# --- main --------------------------------------------------------------------------------------

tmp=
trap 'if [ -n "$tmp" ]; then rm -f "$tmp"; fi' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$mode" = install ] && [ "$copy_binaries" = 1 ]; then
  if [ "$build" = 1 ]; then install_prerequisites; build_binaries; fi
  install_binaries
fi
if [ "$mode" = uninstall ] && [ "$remove_binaries" = 1 ] && [ "$install_hooks" = 0 ]; then
  remove_installed_binaries
  exit 0
fi
[ "$install_hooks" = 1 ] || exit 0

command -v git >/dev/null 2>&1 || die 3 "git is not on PATH"
case $mode in
  install) choose_binary ;;
  check) bin=$prefix/lockstep; [ ! -x "$bin" ] || choose_binary ;;
esac
open_repository
select_hooks
find_hooks_directory

location=$hooks_dir
[ "$(physical "$(absolute "$(git rev-parse --git-dir)")")" = "$common" ] \
  || location="$location (shared by every worktree of this repository)"
[ -z "$(git rev-parse --show-superproject-working-tree 2>/dev/null || true)" ] \
  || location="$location (this submodule's own; the superproject's hooks are separate)"
say "hooks directory: $location"

case $mode in
  install|check)
    for hook in $hooks; do install_hook "$hook"; done
    if [ "$tag_gate" = 0 ] && [ "$hooks_given" = 0 ] && [ "$mode" = install ] \
        && is_ours "$hooks_dir/reference-transaction"; then
      uninstall_hook reference-transaction
    fi ;;
  uninstall)
    for hook in $(uninstall_candidates); do uninstall_hook "$hook"; done ;;
esac

case $mode in
  install)
    undo="lockstep uninstall"
    [ "$(command -v lockstep 2>/dev/null || true)" = "$bin" ] || undo="$bin uninstall"
    if [ "$repo_given" = 1 ]; then
      # Pasted into a shell, a path with spaces or quotes must stay one word.
      case $(pwd) in
        *[!A-Za-z0-9_./-]*) undo="$undo -C '$(pwd | sed "s/'/'\\\\''/g")'" ;;
        *) undo="$undo -C $(pwd)" ;;
      esac
    fi
    # Installed where core.hooksPath points: the same flag finds them again.
    [ "$hooks_dir" = "$default_dir" ] || undo="$undo --hooks-path-ok"
    if [ "$changed" = 0 ]; then
      printf '%s: nothing to do: every hook is up to date (%s)\n' "$me" "$bin"
    else
      printf '%s: done: %s hook(s) written, %s up to date, %s previous hook(s) chained; hooks call %s; undo with: %s\n' \
        "$me" "$written" "$current" "$chained" "$bin" "$undo"
    fi ;;
  check)
    if [ "$changed" = 0 ] && [ "$problems" = 0 ]; then
      printf '%s: every hook is installed and up to date\n' "$me"; exit 0
    fi
    printf '%s: an install would change %s hook(s)\n' "$me" "$changed"; exit 1 ;;
  uninstall)
    [ "$changed" -gt 0 ] || say "nothing of Lockstep's in $hooks_dir"
    printf '%s: uninstalled: %s hook(s) removed or restored\n' "$me" "$changed"
    [ "$remove_binaries" = 0 ] || remove_installed_binaries ;;
esac
[ "$problems" = 0 ] || exit 2
