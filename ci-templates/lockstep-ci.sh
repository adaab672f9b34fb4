#!/bin/sh
# Lockstep in CI, shared by the GitHub Actions and GitLab CI templates beside this file.
#
#   lockstep-ci.sh cache-key       print key=<what install would install> (for caches)
#   lockstep-ci.sh install DIR     install Lockstep into DIR/bin (and DIR/share/lockstep); no hooks.
#                                  By default from the release archive pinned in pinned-release.env
#                                  beside this script (version and SHA-256; no Swift needed); from
#                                  LOCKSTEP_ARCHIVE (a path or URL, checked against LOCKSTEP_SHA256 or
#                                  the SHA256SUMS beside it) when set; built from these sources
#                                  (Swift 6 and libgit2-dev) when LOCKSTEP_BUILD_FROM_SOURCE=true
#   lockstep-ci.sh check           make sure the history the checks need is here, then check what
#                                  this pipeline is about with the lockstep in $LOCKSTEP (or on PATH):
#                                  `lockstep check ci`, which reads the platform's own variables,
#                                  or, for a Lockstep without it, `check commits`/`tree`/`tag`
#   lockstep-ci.sh migrations      run the migrations new since the last release up, down and up
#                                  again on the PostgreSQL in $LOCKSTEP_DATABASE_URL (a service
#                                  container); installs psql and pg_dump with apt when missing
#
# What `check` reads to fetch missing history, to check a squash title, and without `check ci`
# (the GitHub action sets them from the event; on GitLab its own CI_* variables are read):
#   LOCKSTEP_EVENT        pull_request | merge_request | push | tag (GitHub event names are mapped)
#   LOCKSTEP_BASE         PR/MR: the target branch's commit; push: the commit before the push
#   LOCKSTEP_HEAD         PR/MR: the request's head (not the merge commit CI builds); push: the new tip
#   LOCKSTEP_REF          the ref that triggered the pipeline (refs/tags/v1.2.3 for a tag)
#   LOCKSTEP_TITLE        PR/MR title, checked as a commit header when LOCKSTEP_SQUASH_TITLE=true
#   LOCKSTEP_DEFAULT_BRANCH  e.g. main: a new branch is checked from where it leaves it
#   LOCKSTEP_FORMAT       text | json | github (default: github on GitHub Actions, text elsewhere)
#   LOCKSTEP_REMOTE       the remote to fetch missing history from (default: origin)
#
# A shallow clone is deepened (git fetch --unshallow) rather than checked partially; when that is
# impossible the job fails and says to fetch the whole history. Exit status: the worst of the
# checks (0 pass, 1 a rule failed, 2 usage or configuration, 3 unreadable).
set -eu

lockstep_source=$(cd "$(dirname "$0")/.." && pwd -P)
zero=0000000000000000000000000000000000000000

say() { printf 'lockstep-ci: %s\n' "$*" >&2; }
die() { code=$1; shift; printf 'lockstep-ci: %s\n' "$*" >&2; exit "$code"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"
  else die 3 "cannot run '$*' as root: install libgit2-dev and pkg-config in the job's image"
  fi
}

# The release archive install would fetch, and its SHA-256 (empty: SHA256SUMS beside it).
choose_archive() {
  archive=${LOCKSTEP_ARCHIVE:-} archive_sha256=${LOCKSTEP_SHA256:-}
  [ -z "$archive" ] || return 0
  pins=$(dirname "$0")/pinned-release.env
  [ -f "$pins" ] || die 3 "$pins is missing: set LOCKSTEP_ARCHIVE or LOCKSTEP_BUILD_FROM_SOURCE=true"
  # shellcheck disable=SC1090 # the pin file beside this script, written by scripts/pin-release
  . "$pins"
  case $(uname -m) in
    x86_64|amd64) arch=x86_64 archive_sha256=${LOCKSTEP_PINNED_SHA256_X86_64:-} ;;
    aarch64|arm64) arch=aarch64 archive_sha256=${LOCKSTEP_PINNED_SHA256_AARCH64:-} ;;
    *) die 3 "Lockstep publishes no release archive for $(uname -m): set LOCKSTEP_BUILD_FROM_SOURCE=true" ;;
  esac
  if [ -z "${LOCKSTEP_PINNED_VERSION:-}" ] || [ -z "$archive_sha256" ]; then
    die 3 "this copy of Lockstep's CI templates pins no release archive for $arch yet (ci-templates/pinned-release.env): use a released Lockstep, or set lockstep-archive (LOCKSTEP_ARCHIVE), or build-from-source: true (LOCKSTEP_BUILD_FROM_SOURCE=true)"
  fi
  archive=$LOCKSTEP_PINNED_BASE_URL/lockstep-$LOCKSTEP_PINNED_VERSION-$arch-linux.tar.gz
}

from_source() { [ "${LOCKSTEP_BUILD_FROM_SOURCE:-false}" = true ]; }

cache_key() {
  if ! from_source; then
    choose_archive
    # A local archive without a checksum: its bytes name it.
    contents=
    [ -n "$archive_sha256" ] || [ ! -f "$archive" ] || contents=$(cksum <"$archive")
    printf 'key=lockstep-archive-%s-%s\n' "$(uname -m)" "$(printf '%s %s %s' "$archive" "$archive_sha256" "$contents" | cksum | cut -d' ' -f1)"
    return
  fi
  sources=$(cd "$lockstep_source" && find Package.swift Package.resolved install.sh hooks Sources -type f 2>/dev/null \
    | LC_ALL=C sort | xargs cat | cksum | cut -d' ' -f1)
  toolchain=$(swift --version 2>/dev/null | head -n 1 | cksum | cut -d' ' -f1)
  # shellcheck disable=SC1091
  system=$(. /etc/os-release 2>/dev/null && printf '%s-%s' "${ID:-unknown}" "${VERSION_ID:-}")
  printf 'key=lockstep-%s-%s-%s-%s\n' "$system" "$(uname -m)" "$toolchain" "$sources"
}

install_lockstep() {
  target=${1:?install needs a directory}
  if ! from_source; then
    choose_archive
    # install.sh checks the SHA-256 before it unpacks or writes anything; a mismatch fails the job.
    sh "$lockstep_source/install.sh" --from "$archive" ${archive_sha256:+--sha256 "$archive_sha256"} \
      --no-hooks --prefix "$target/bin"
    return
  fi
  if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgit2; }; then
    say "installing libgit2-dev and pkg-config"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgit2-dev pkg-config >/dev/null
  fi
  sh "$lockstep_source/install.sh" --no-hooks --prefix "$target/bin"
}

# --- what this pipeline is about ---------------------------------------------------------------

read_platform() {
  event=${LOCKSTEP_EVENT:-} base=${LOCKSTEP_BASE:-} head=${LOCKSTEP_HEAD:-} ref=${LOCKSTEP_REF:-}
  title=${LOCKSTEP_TITLE:-} default_branch=${LOCKSTEP_DEFAULT_BRANCH:-}
  if [ -n "${GITLAB_CI:-}" ]; then
    default_branch=${default_branch:-${CI_DEFAULT_BRANCH:-}}
    if [ -z "$event" ]; then
      if [ "${CI_PIPELINE_SOURCE:-}" = merge_request_event ]; then event=merge_request
      elif [ -n "${CI_COMMIT_TAG:-}" ]; then event=tag
      else event=push
      fi
    fi
    case $event in
      merge_request)
        base=${base:-${CI_MERGE_REQUEST_DIFF_BASE_SHA:-}}
        # Merged-results pipelines build a merge commit; the request's own head is this one.
        head=${head:-${CI_MERGE_REQUEST_SOURCE_BRANCH_SHA:-}}
        title=${title:-${CI_MERGE_REQUEST_TITLE:-}} ;;
      tag) ref=${ref:-refs/tags/${CI_COMMIT_TAG:-}} ;;
      push) base=${base:-${CI_COMMIT_BEFORE_SHA:-}} ;;
    esac
    head=${head:-${CI_COMMIT_SHA:-}}
  elif [ -n "${GITHUB_ACTIONS:-}" ]; then
    event=${event:-${GITHUB_EVENT_NAME:-}}
    ref=${ref:-${GITHUB_REF:-}}
    head=${head:-${GITHUB_SHA:-}}
  fi
  case $event in
    pull_request|pull_request_target|merge_request) event=request ;;
    push) case $ref in refs/tags/*) event=tag ;; esac ;;
    tag) ;;
    workflow_dispatch|schedule|'') event=push; base= ;;
    *) say "event '$event': checking the last commit"; event=push; base= ;;
  esac
  head=${head:-$(git rev-parse HEAD)}
  remote=${LOCKSTEP_REMOTE:-origin}
  format=${LOCKSTEP_FORMAT:-}
  if [ -z "$format" ]; then
    if [ -n "${GITHUB_ACTIONS:-}" ]; then format=github; else format=text; fi
  fi
}

# True when this lockstep has `check $1` (`check NAME --help` of an unknown NAME prints the
# help of `check` itself, with status 0).
has_check() { "$lockstep" check "$1" --help 2>/dev/null | grep -q "USAGE: lockstep check $1"; }

has_commit() { git cat-file -e "$1^{commit}" 2>/dev/null; }

# The checks need the whole range and the release tags: deepen a shallow clone, fetch what is
# missing, and fail loudly when the history cannot be had.
ensure_history() {
  has_remote=0
  git remote get-url "$remote" >/dev/null 2>&1 && has_remote=1
  if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
    [ "$has_remote" = 1 ] || die 3 "this is a shallow clone without a remote '$remote' to deepen it from"
    say "shallow clone: fetching the whole history (Lockstep checks ranges, ancestry and release tags)"
    git fetch --quiet --unshallow --tags "$remote" \
      || die 3 "cannot deepen this shallow clone; check out the whole history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0)"
  elif [ "$has_remote" = 1 ]; then
    git fetch --quiet --tags "$remote" || say "could not fetch tags from '$remote'; checking with the tags this clone has"
  fi
  for commit in $head $base; do
    [ "$commit" != "$zero" ] || continue
    has_commit "$commit" && continue
    [ "$has_remote" = 1 ] && git fetch --quiet "$remote" "$commit" 2>/dev/null && has_commit "$commit" && continue
    if [ "$commit" = "$head" ]; then die 3 "commit $commit is not in this clone and cannot be fetched from '$remote'"; fi
    say "commit $commit (before the push) is gone, probably force-pushed over; checking from the default branch instead"
    base=
  done
}

status=0
run_check() {
  say "lockstep $*"
  code=0
  "$lockstep" --format "$format" "$@" || code=$?
  [ "$code" -le "$status" ] || status=$code
}

# Where a branch without a usable "before" starts: where it leaves the default branch.
branch_base() {
  tracking=refs/remotes/$remote/$default_branch
  if [ -n "$default_branch" ] && [ "$has_remote" = 1 ] && ! git rev-parse -q --verify "$tracking" >/dev/null; then
    # A single-branch clone (CI's usual) has no tracking ref for the default branch: fetch it.
    git fetch --quiet "$remote" "+refs/heads/$default_branch:$tracking" 2>/dev/null \
      || say "cannot fetch $default_branch from '$remote': checking the branch's whole history"
  fi
  if [ -n "$default_branch" ] && git rev-parse -q --verify "refs/remotes/$remote/$default_branch^{commit}" >/dev/null \
      && [ "$(git rev-parse "refs/remotes/$remote/$default_branch")" != "$head" ]; then
    git merge-base "refs/remotes/$remote/$default_branch" "$head" || true
  fi
}

check_range() {
  range_base=$1
  if [ -n "$range_base" ]; then
    run_check check commits "$range_base..$head"
    commits=$(git rev-list --reverse --no-merges "$range_base..$head")
  else
    run_check check commits "$head"
    commits=$head
  fi
  # Every commit's own changes, as its pre-commit hook would have judged them.
  for commit in $commits; do run_check check tree --rev "$commit"; done
}

# For a Lockstep without `check ci`: the same ranges, with the commands it has.
check_event() {
  case $event in
    request)
      [ -n "$base" ] || die 2 "a pull or merge request without its target commit (LOCKSTEP_BASE)"
      check_range "$(git merge-base "$base" "$head")" ;;
    push)
      if [ -n "$base" ] && [ "$base" != "$zero" ]; then check_range "$base"; else check_range "$(branch_base)"; fi ;;
    tag)
      tag=${ref#refs/tags/}
      if has_check tag; then run_check check tag "$tag"; else run_check check tree --rev "$tag^{commit}" --all; fi ;;
  esac
}

check_pipeline() {
  lockstep=${LOCKSTEP:-$(command -v lockstep || true)}
  if [ -z "$lockstep" ] || [ ! -x "$lockstep" ]; then
    die 3 "no lockstep: set LOCKSTEP or put it on PATH (lockstep-ci.sh install DIR)"
  fi
  read_platform
  ensure_history
  if has_check ci; then
    # Reads GitHub's and GitLab's own variables (and GitHub's event payload) itself.
    run_check check ci
  else
    check_event
  fi
  if [ "$event" = request ] && [ "${LOCKSTEP_SQUASH_TITLE:-false}" = true ] && [ -n "$title" ]; then
    say "lockstep check message - (the request title, which becomes the squashed commit's header)"
    code=0
    printf '%s\n' "$title" | "$lockstep" --format "$format" check message - || code=$?
    [ "$code" -le "$status" ] || status=$code
  fi
  exit "$status"
}

# `lockstep check migrations` on the job's PostgreSQL service: findings as annotations on the
# migration files (github format), progress and schema diffs in the job log.
check_migrations() {
  lockstep=${LOCKSTEP:-$(command -v lockstep || true)}
  [ -n "$lockstep" ] && [ -x "$lockstep" ] || die 3 "no lockstep: set LOCKSTEP or put it on PATH (lockstep-ci.sh install DIR)"
  : "${LOCKSTEP_DATABASE_URL:?set LOCKSTEP_DATABASE_URL to the PostgreSQL service, e.g. postgresql://postgres:postgres@postgres:5432/postgres}"
  if ! command -v psql >/dev/null 2>&1 || ! command -v pg_dump >/dev/null 2>&1; then
    say "installing postgresql-client (psql, pg_dump)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql-client >/dev/null
  fi
  if [ -n "${GITHUB_ACTIONS:-}" ]; then format=${LOCKSTEP_FORMAT:-github}; else format=${LOCKSTEP_FORMAT:-text}; fi
  git fetch --quiet --tags "${LOCKSTEP_REMOTE:-origin}" 2>/dev/null || true
  exec "$lockstep" --format "$format" check migrations --database-url "$LOCKSTEP_DATABASE_URL"
}

case ${1:-} in
  cache-key) cache_key ;;
  migrations) check_migrations ;;
  install) shift; install_lockstep "$@" ;;
  check) check_pipeline ;;
  *) sed -n '2,/^set -eu/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 2 ;;
esac
