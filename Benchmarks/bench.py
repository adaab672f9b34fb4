#!/usr/bin/env python3
"""Lockstep's speed benchmarks: paired, interleaved runs against git itself, in one process.

Every figure is a ratio to a git command timed in the same rounds (`git rev-parse HEAD` for
hooks, `git log --format=%B` for history walks), so machine speed and load cancel out. Each
round runs every command once, in turn; the report gives medians, their ratio and peak RSS.

    python3 Benchmarks/bench.py --bin .build/release [--rounds 300] [--history 100000] [--only commit-msg]
    python3 Benchmarks/bench.py --bin .build/release --fixture real [--callgrind]

`--fixture real` runs the pre-commit figures on a repository shaped like the first user's
(Benchmarks/make_real_repo.py: 2,911-entry index, ~32 MB pack, 481 KB package-lock.json, 182 KB
Cargo.lock, a 2,429-line CHANGELOG.md with ~300 old findings). `--callgrind` adds, for the
pre-commit figures, the instructions each command executes (valgrind's callgrind, one run each):
a count that does not depend on the load of the machine, unlike wall-clock time.
"""
import argparse
import datetime
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def git(repo, *args, env=None, input=None):
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, env=env, input=input)


def isolated_env(home):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "LOCKSTEP_"))}
    env.update(HOME=home, GIT_CONFIG_NOSYSTEM="1", GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="b@example.org",
               GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="b@example.org", NO_COLOR="1")
    return env


SILENT = [(os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
          (os.POSIX_SPAWN_OPEN, 1, "/dev/null", os.O_WRONLY, 0),
          (os.POSIX_SPAWN_OPEN, 2, "/dev/null", os.O_WRONLY, 0)]


def run_once(argv, env):
    """Wall time (ns) from spawn to exit and the exit status of one run."""
    start = time.perf_counter_ns()
    pid = os.posix_spawn(argv[0], argv, env, file_actions=SILENT)
    _, status = os.waitpid(pid, 0)
    return time.perf_counter_ns() - start, os.waitstatus_to_exitcode(status)


def peak_memory(argv, env):
    """Peak RSS (KiB) of one run, measured by GNU time: Linux keeps a process's high-water mark
    across exec, so rusage of a child spawned from this (large) Python process would report ours."""
    if not os.access("/usr/bin/time", os.X_OK):
        return None
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], env=env, capture_output=True, text=True)
    try:
        return int(result.stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


CALLGRIND = False


def instructions(argv, env):
    """Instructions executed (callgrind's Ir) by one run of `argv` and the processes it execs or
    spawns (the sh wrapper and lockstep-hook are counted together)."""
    result = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes", "--callgrind-out-file=/dev/null", *argv],
                            env=env, capture_output=True, text=True)
    counts = [int(found.replace(",", "")) for found in re.findall(r"Collected : ([\d,]+)", result.stderr)]
    if not counts:
        sys.exit(f"callgrind gave no count for {argv}:\n{result.stderr[-2000:]}")
    return sum(counts)


def compare(title, baseline, candidates, cwd, env, rounds, warmup=10, counting=False, expected=None):
    """Interleaves `baseline` and every candidate for `rounds` rounds and prints the ratios.
    `expected`: exit statuses other than 0 that a command must give (name → status)."""
    commands = [baseline] + candidates
    times = {name: [] for name, _ in commands}
    codes = {}
    saved = os.getcwd()
    os.chdir(cwd)  # hooks run from the top of the work tree
    for index in range(warmup + rounds):
        for name, argv in commands:
            elapsed, code = run_once(argv, env)
            codes[name] = code
            if index >= warmup:
                times[name].append(elapsed)
    peaks = {name: peak_memory(argv, env) for name, argv in commands}
    counted = {name: instructions(argv, env) for name, argv in commands} if counting and CALLGRIND else None
    os.chdir(saved)
    failed = [name for name, _ in commands if codes[name] != (expected or {}).get(name, 0)]
    if failed:
        sys.exit(f"{title}: {', '.join(failed)} exited {', '.join(str(codes[name]) for name in failed)}; "
                 "the figures would time an error path")
    base = statistics.median(times[baseline[0]])
    print(f"\n## {title} ({rounds} interleaved rounds)\n")
    print("| command | median | ratio | peak RSS | exit |")
    print("|---|---|---|---|---|")
    for name, _ in commands:
        median = statistics.median(times[name])
        peak = f"{peaks[name] / 1024:.1f} MiB" if peaks[name] else "n/a"
        print(f"| {name} | {median / 1e6:.2f} ms | {median / base:.2f}× | {peak} | {codes[name]} |")
    if counted:
        print(f"\nInstructions (callgrind, one run each; ratio to {baseline[0]}):\n")
        print("| command | instructions | ratio |")
        print("|---|---|---|")
        for name, _ in commands:
            print(f"| {name} | {counted[name]:,} | {counted[name] / counted[baseline[0]]:.1f}× |")
    return {name: statistics.median(times[name]) / base for name, _ in commands}


# Exits 1: the old findings that adoption carries are all reported with --all.
CHANGELOG_ALL = "lockstep check changelog --all --index (2,429 lines, ~300 findings)"


def real_fixture(bindir, rounds):
    """The pre-commit hook and `check changelog --all` on a repository shaped like the first user's."""
    sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
    import make_real_repo
    work = tempfile.mkdtemp(prefix="lockstep-real-")
    try:
        repo = os.path.join(work, "repo")
        print(f"\nGenerating the real-shape fixture (Benchmarks/make_real_repo.py {repo}) …", flush=True)
        env = make_real_repo.generate(repo, make_real_repo.DEFAULT_SEED)
        hook = install_hook(repo, bindir, "pre-commit")
        git_path = shutil.which("git")
        hook_env = dict(env, GIT_INDEX_FILE=".git/index", NO_COLOR="1")
        rev_parse = ("git rev-parse HEAD", [git_path, "rev-parse", "HEAD"])
        make_real_repo.stage(repo, env, "ordinary")
        ordinary = compare("real shape: pre-commit hook, ordinary commit (ratio to `git rev-parse HEAD`)", rev_parse,
                           [("hooks/pre-commit (sh wrapper + lockstep-hook)", [hook])], repo, hook_env, rounds, counting=True)
        git(repo, "reset", "-q", "--hard", "HEAD", env=env)
        make_real_repo.stage(repo, env, "release")
        release = compare(
            "real shape: pre-commit hook, release commit: Cargo.toml, package.json, package-lock.json (top level and "
            "packages[\"\"]), Cargo.lock's entry, CHANGELOG.md section (ratio to `git rev-parse HEAD`)", rev_parse,
            [("hooks/pre-commit (sh wrapper + lockstep-hook)", [hook]),
             (CHANGELOG_ALL, [os.path.join(bindir, "lockstep"), "check", "changelog", "--all", "--index"])],
            repo, hook_env, rounds, counting=True, expected={CHANGELOG_ALL: 1})
        return ordinary, release
    finally:
        shutil.rmtree(work, ignore_errors=True)


def stripped_binaries(bindir):
    """Copies of the binaries without their DWARF sections: valgrind cannot read the debug
    information of a static Swift executable and gives up. The code is the same."""
    folder = tempfile.mkdtemp(prefix="lockstep-stripped-")
    for name in ("lockstep", "lockstep-hook", "lockstep-cli"):
        subprocess.run(["objcopy", "--strip-debug", os.path.join(bindir, name), os.path.join(folder, name)], check=True)
    return folder


def commit_msg(bindir, rounds):
    work = tempfile.mkdtemp(prefix="lockstep-bench-")
    try:
        env = isolated_env(work)
        repo = os.path.join(work, "repo")
        subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True, env=env)
        git(repo, "commit", "-q", "--allow-empty", "-m", "chore: start", env=env)
        hook = install_hook(repo, bindir, "commit-msg")
        message = os.path.join(repo, ".git", "COMMIT_EDITMSG")
        with open(message, "w") as out:
            out.write("feat(api): add the buildings endpoint\n\nLists buildings with their units.\n\nRefs: #123\n")
        hook_env = dict(env, GIT_EDITOR=":", GIT_INDEX_FILE=".git/index")
        git_path = shutil.which("git")
        ratios = compare(
            "commit-msg hook (ratio to `git rev-parse HEAD`)",
            ("git rev-parse HEAD", [git_path, "rev-parse", "HEAD"]),
            [("hooks/commit-msg (sh wrapper + lockstep)", [hook, ".git/COMMIT_EDITMSG"]),
             ("lockstep check message F", [os.path.join(bindir, "lockstep"), "check", "message", ".git/COMMIT_EDITMSG"]),
             ("lockstep-cli check message F (libgit2 path)", [os.path.join(bindir, "lockstep-cli"), "check", "message",
                                                             ".git/COMMIT_EDITMSG"])],
            repo, hook_env, rounds)
        return ratios
    finally:
        shutil.rmtree(work, ignore_errors=True)


def source_tree(work, env, files):
    """A new repository in WORK/repo with `files` small source files under backend/ and frontend/."""
    repo = os.path.join(work, "repo")
    subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True, env=env)
    for index in range(files):
        folder = os.path.join(repo, "backend" if index % 2 else "frontend", "src", f"m{index % 40}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"f{index}.rs"), "w") as out:
            out.write(f"// file {index}\n")
    return repo


def release_repository(work, env, files=3000):
    """A repository shaped like koprogo: ~3,000 tracked files, backend/Cargo.toml, frontend/package.json,
    CHANGELOG.md with a long history, migrations, and a release tag."""
    repo = source_tree(work, env, files)
    os.makedirs(os.path.join(repo, "backend", "migrations"), exist_ok=True)
    for index in range(30):
        for kind in ("up", "down"):
            with open(os.path.join(repo, "backend", "migrations", f"2025{index:04d}_m.{kind}.sql"), "w") as out:
                out.write("SELECT 1;\n")
    write_release(repo, "1.2.0", releases=300)
    git(repo, "add", "-A", env=env)
    git(repo, "commit", "-q", "-m", "chore: prepare release v1.2.0", env=env)
    git(repo, "tag", "-a", "v1.2.0", "-m", "Release v1.2.0", env=env)
    return repo


def write_release(repo, version, releases, earlier=()):
    """The release files at `version`; CHANGELOG.md keeps a section for each `earlier` release (a
    release commit that drops a released section is refused by `changelog/no-removed-release`)."""
    with open(os.path.join(repo, "backend", "Cargo.toml"), "w") as out:
        out.write(f'[package]\nname = "koprogo-api"\nversion = "{version}"\nedition = "2021"\n\n[dependencies]\nserde = "1"\n')
    with open(os.path.join(repo, "frontend", "package.json"), "w") as out:
        out.write(f'{{\n  "name": "koprogo-web",\n  "version": "{version}",\n  "private": true\n}}\n')
    lines = ["# Changelog", "", "## [Unreleased]", ""]
    major, minor, _ = (int(part) for part in version.split("."))
    for shown in (version, *earlier):
        lines += [f"## [{shown}] - 2025-11-10", "", "### Added", f"- Feature for {shown}", ""]
    for index in range(releases):
        released = datetime.date(2025, 10, 1) - datetime.timedelta(days=3 * index)
        lines += [f"## [0.{releases - index}.0] - {released.isoformat()}", "",
                  "### Added", f"- Entry {index}", "", "### Fixed", f"- Fix {index}", ""]
    with open(os.path.join(repo, "CHANGELOG.md"), "w") as out:
        out.write("\n".join(lines))


def pre_commit(bindir, rounds):
    work = tempfile.mkdtemp(prefix="lockstep-precommit-")
    try:
        env = isolated_env(work)
        repo = release_repository(work, env)
        hook = install_hook(repo, bindir, "pre-commit")
        git_path = shutil.which("git")
        with open(os.path.join(repo, "backend", "src", "m1", "f1.rs"), "a") as out:
            out.write("// an ordinary change\n")
        git(repo, "add", "-A", env=env)
        hook_env = dict(env, GIT_INDEX_FILE=".git/index")
        ordinary = compare(
            "pre-commit hook, ordinary commit, 3,000-entry index (ratio to `git rev-parse HEAD`)",
            ("git rev-parse HEAD", [git_path, "rev-parse", "HEAD"]),
            [("hooks/pre-commit (sh wrapper + lockstep)", [hook])], repo, hook_env, rounds, counting=True)
        write_release(repo, "1.3.0", releases=300, earlier=("1.2.0",))
        git(repo, "add", "-A", env=env)
        release = compare(
            "pre-commit hook, release commit staging both manifests and CHANGELOG.md (ratio to `git rev-parse HEAD`)",
            ("git rev-parse HEAD", [git_path, "rev-parse", "HEAD"]),
            [("hooks/pre-commit (sh wrapper + lockstep)", [hook]),
             ("lockstep check changelog --all (2,400-line CHANGELOG)", [os.path.join(bindir, "lockstep"), "check",
                                                                        "changelog", "--all", "--index"])],
            repo, hook_env, rounds, counting=True)
        return ordinary, release
    finally:
        shutil.rmtree(work, ignore_errors=True)


def install_hook(repo, bindir, name):
    hook = os.path.join(repo, ".git", "hooks", name)
    with open(os.path.join(ROOT, "hooks", name)) as source:
        wrapper = source.read().replace("bin=''", f"bin='{os.path.join(bindir, 'lockstep')}'", 1)
    with open(hook, "w") as out:
        out.write(wrapper)
    os.chmod(hook, 0o755)
    return hook


def fast_import_stream(count):
    """A linear history of `count` conventional commits with bodies and footers."""
    types = ["feat", "fix", "chore", "docs", "refactor", "perf", "test", "ci"]
    parts = []
    for index in range(1, count + 1):
        kind = types[index % len(types)]
        message = (f"{kind}(core): change number {index}\n\nThis commit adjusts part {index % 97} of the system "
                   f"and explains why in a short body.\n\nRefs: #{index}\n").encode()
        parts.append(b"commit refs/heads/main\n")
        parts.append(f"mark :{index}\ncommitter Bench <b@example.org> {1700000000 + index} +0000\n".encode())
        parts.append(f"data {len(message)}\n".encode() + message)
        if index > 1:
            parts.append(f"from :{index - 1}\n".encode())
        parts.append(b"\n")
    return b"".join(parts)


def history(bindir, count, rounds):
    work = tempfile.mkdtemp(prefix="lockstep-history-")
    try:
        env = isolated_env(work)
        repo = os.path.join(work, "repo")
        subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True, env=env)
        git(repo, "fast-import", "--quiet", env=env, input=fast_import_stream(count))
        git(repo, "reset", "-q", "--hard", "main", env=env)
        git_path = shutil.which("git")
        return compare(
            f"history of {count} commits (ratio to `git log --format=%B`)",
            ("git log --format=%B", [git_path, "log", "--format=%B"]),
            [("lockstep check commits HEAD", [os.path.join(bindir, "lockstep"), "check", "commits", "HEAD"])],
            repo, env, rounds, warmup=1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def timed(argv, env, cwd):
    """Wall time (ns) of one run from `cwd`, and its exit status (output discarded)."""
    saved = os.getcwd()
    os.chdir(cwd)
    try:
        elapsed, code = run_once(argv, env)
    finally:
        os.chdir(saved)
    return elapsed, code


def hook_variants(work, bindir):
    """Hooks directories: none, a no-op `#!/bin/sh` reference-transaction, and Lockstep's gate."""
    variants = {}
    for name in ("no hook", "no-op #!/bin/sh hook", "Lockstep tag gate"):
        directory = os.path.join(work, "hooks-%d" % len(variants))
        os.makedirs(directory)
        variants[name] = directory
    noop = os.path.join(variants["no-op #!/bin/sh hook"], "reference-transaction")
    with open(noop, "w") as out:
        out.write("#!/bin/sh\nexit 0\n")
    os.chmod(noop, 0o755)
    gate = os.path.join(variants["Lockstep tag gate"], "reference-transaction")
    with open(os.path.join(ROOT, "hooks", "reference-transaction")) as source:
        wrapper = source.read().replace("bin=''", f"bin='{os.path.join(bindir, 'lockstep')}'", 1)
    with open(gate, "w") as out:
        out.write(wrapper)
    os.chmod(gate, 0o755)
    return variants


def report(title, times, reference, target=None):
    print(f"\n## {title} ({len(next(iter(times.values())))} interleaved rounds)\n")
    print(f"| hooks | median | ratio to {reference} | added |")
    print("|---|---|---|---|")
    base = statistics.median(times[reference])
    none = statistics.median(times["no hook"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"| {name} | {median / 1e6:.1f} ms | {median / base:.2f}× | {(median - none) / 1e6:+.1f} ms |")
    if target:
        ratio = statistics.median(times["Lockstep tag gate"]) / base
        print(f"\nTarget: gate ≤ {target}× the {reference}: {ratio:.2f}× ({'met' if ratio <= target else 'NOT met'})")


PER_CALL = r"""
import os, sys, time  # run under the name `git`: Python may then find a different library, keep to built-ins
hooks, rounds = sys.argv[1:-1], int(sys.argv[-1])
def median(values):
    ordered = sorted(values)
    return ordered[len(ordered) // 2]
line = b"0" * 40 + b" " + b"a" * 40 + b" refs/tags/build-1\n"
def once(path, state):
    read, write = os.pipe()
    start = time.perf_counter_ns()
    pid = os.posix_spawn(path, [path, state], os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, read, 0), (os.POSIX_SPAWN_CLOSE, write)])
    os.close(read)
    try:
        os.write(write, line)
    except BrokenPipeError:
        pass
    os.close(write)
    os.waitpid(pid, 0)
    return time.perf_counter_ns() - start
for state in ("prepared", "committed"):
    times = [[] for _ in hooks]
    for index in range(rounds):
        for position in (range(len(hooks)) if index % 2 else reversed(range(len(hooks)))):
            times[position].append(once(hooks[position], state))
    print(state, " ".join(str(median(t) // 1000) for t in times))
"""


def per_call(work, variants, env, rounds):
    """One hook call as `git fetch` makes it, timed alone: the process that spawns the hooks runs
    a script named `fetch` under the name `git`, so its command line reads `git fetch …`, which is
    what the gate reads from /proc."""
    hooks = [os.path.join(variants[name], "reference-transaction") for name in ("no-op #!/bin/sh hook", "Lockstep tag gate")]
    with open(os.path.join(work, "fetch"), "w") as out:
        out.write(PER_CALL)
    result = subprocess.run(["git", "fetch", *hooks, str(rounds)], executable=sys.executable, cwd=work,
                            env=env, capture_output=True, text=True, check=True)
    print(f"\nOne hook call, spawned by a process whose command line is `git fetch …` ({rounds} interleaved calls each):\n")
    print("| state | no-op #!/bin/sh hook | Lockstep tag gate | added |")
    print("|---|---|---|---|")
    for row in result.stdout.split("\n"):
        if not row.strip():
            continue
        state, noop, gate = row.split()
        print(f"| `{state}` | {int(noop)} µs | {int(gate)} µs | {int(gate) - int(noop):+d} µs |")


def tag_gate(bindir, rounds, tags=2000):
    """The reference-transaction gate: `git fetch` of 2,000 new tags, a 100-commit rebase and
    `git tag -a`, each with no hook, a no-op `#!/bin/sh` hook and the gate, interleaved."""
    work = tempfile.mkdtemp(prefix="lockstep-gate-")
    try:
        env = isolated_env(work)
        variants = hook_variants(work, bindir)
        git_path = shutil.which("git")

        # 1. fetch of 2,000 new (lightweight, non-SemVer) tags into a clone without tags.
        origin = os.path.join(work, "origin")
        subprocess.run(["git", "init", "-q", "-b", "main", origin], check=True, env=env)
        git(origin, "commit", "-q", "--allow-empty", "-m", "chore: start", env=env)
        head = git(origin, "rev-parse", "HEAD", env=env).stdout.decode().strip()
        git(origin, "update-ref", "--stdin", env=env,
            input="".join(f"create refs/tags/build-{index} {head}\n" for index in range(tags)).encode())
        clients = {}
        for name, hooks in variants.items():
            client = os.path.join(work, "client-%d" % len(clients))
            subprocess.run(["git", "clone", "-q", "--no-tags", origin, client], check=True, env=env)
            git(client, "config", "core.hooksPath", hooks, env=env)
            clients[name] = client
        fetch = [git_path, "fetch", "-q", "origin", "refs/tags/*:refs/tags/*"]
        times = {name: [] for name in variants}
        for index in range(rounds):
            # A fetch takes seconds: alternate the order so that a change of load hits both sides.
            order = list(clients.items()) if index % 2 == 0 else list(reversed(clients.items()))
            for name, client in order:
                shutil.rmtree(os.path.join(client, ".git", "refs", "tags"))
                os.makedirs(os.path.join(client, ".git", "refs", "tags"))
                elapsed, code = timed(fetch, env, client)
                if code != 0:
                    sys.exit(f"fetch with {name} failed")
                times[name].append(elapsed)
        report(f"`git fetch` of {tags:,} new tags", times, "no-op #!/bin/sh hook", target=1.2)
        paired = [gate / noop for gate, noop in zip(times["Lockstep tag gate"], times["no-op #!/bin/sh hook"])]
        print(f"Median of the per-round ratios gate / no-op hook: {statistics.median(paired):.2f}× "
              f"(rounds: {', '.join(f'{ratio:.2f}' for ratio in paired)})")
        per_call(work, variants, env, rounds * 300)

        # 2. a 100-commit rebase onto a new base.
        repo = os.path.join(work, "rebase")
        subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True, env=env)
        git(repo, "commit", "-q", "--allow-empty", "-m", "chore: start", env=env)
        git(repo, "switch", "-q", "-c", "topic", env=env)
        for index in range(100):
            with open(os.path.join(repo, f"f{index}.txt"), "w") as out:
                out.write(f"{index}\n")
            git(repo, "add", f"f{index}.txt", env=env)
            git(repo, "commit", "-q", "--no-verify", "-m", f"feat: change {index}", env=env)
        topic = git(repo, "rev-parse", "HEAD", env=env).stdout.decode().strip()
        git(repo, "switch", "-q", "main", env=env)
        git(repo, "commit", "-q", "--allow-empty", "-m", "fix: new base", env=env)
        git(repo, "switch", "-q", "topic", env=env)
        times = {name: [] for name in variants}
        for _ in range(rounds):
            for name, hooks in variants.items():
                git(repo, "-c", "core.hooksPath=/dev/null", "reset", "-q", "--hard", topic, env=env)
                git(repo, "config", "core.hooksPath", hooks, env=env)
                elapsed, code = timed([git_path, "rebase", "-q", "main"], env, repo)
                git(repo, "config", "--unset", "core.hooksPath", env=env)
                if code != 0:
                    sys.exit(f"rebase with {name} failed")
                times[name].append(elapsed)
        report("`git rebase` of 100 commits", times, "no hook")

        # 3. `git tag -a` of a release the gate accepts, on the koprogo-shaped repository.
        release = release_repository(os.path.join(work, "release"), env)
        with open(os.path.join(release, "backend", "src", "m1", "f1.rs"), "a") as out:
            out.write("// the fix\n")
        git(release, "commit", "-q", "-am", "fix: the fix", env=env)
        write_release(release, "1.2.1", releases=200, earlier=("1.2.0",))
        git(release, "commit", "-q", "-am", "chore: prepare release v1.2.1", env=env)
        times = {name: [] for name in variants}
        for index in range(rounds * 4):
            for name, hooks in variants.items():
                git(release, "config", "core.hooksPath", hooks, env=env)
                elapsed, code = timed([git_path, "tag", "-a", "v1.2.1", "-m", "Release v1.2.1"], env, release)
                git(release, "config", "--unset", "core.hooksPath", env=env)
                git(release, "tag", "-d", "v1.2.1", env=env)
                if code != 0:
                    sys.exit(f"git tag -a with {name} failed")
                times[name].append(elapsed)
        report("`git tag -a v1.2.1` accepted by the gate (koprogo-shaped repository)", times, "no hook")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release"), help="folder holding lockstep")
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--history", type=int, default=100_000, help="commits in the generated history")
    parser.add_argument("--history-rounds", type=int, default=5)
    parser.add_argument("--gate-rounds", type=int, default=5, help="rounds of the tag-gate figures (each fetches 2,000 tags 3 times)")
    parser.add_argument("--only", choices=["commit-msg", "pre-commit", "history", "tag-gate"])
    parser.add_argument("--fixture", choices=["synthetic", "real"], default="synthetic",
                        help="real: only the pre-commit figures, on the real-shape repository (make_real_repo.py)")
    parser.add_argument("--callgrind", action="store_true", help="also count instructions (valgrind) for pre-commit figures")
    args = parser.parse_args()
    bindir = os.path.abspath(args.bin)
    if not os.access(os.path.join(bindir, "lockstep"), os.X_OK):
        sys.exit(f"no lockstep in {bindir}: run Benchmarks/run.sh, which builds it")
    global CALLGRIND
    CALLGRIND = args.callgrind
    if CALLGRIND:
        bindir = stripped_binaries(bindir)
    if args.fixture == "real":
        print(f"# Lockstep benchmarks, real-shape fixture\n\n"
              f"{subprocess.run(['git', '--version'], capture_output=True, text=True).stdout.strip()}, binaries from {bindir}")
        real_fixture(bindir, args.rounds)
        return
    print(f"# Lockstep benchmarks\n\n{subprocess.run(['git', '--version'], capture_output=True, text=True).stdout.strip()}, "
          f"binaries from {bindir}")
    if args.only in (None, "commit-msg"):
        commit_msg(bindir, args.rounds)
    if args.only in (None, "pre-commit"):
        pre_commit(bindir, args.rounds)
    if args.only in (None, "history"):
        history(bindir, args.history, args.history_rounds)
    if args.only in (None, "tag-gate"):
        tag_gate(bindir, args.gate_rounds)


if __name__ == "__main__":
    main()
