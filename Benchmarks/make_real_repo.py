#!/usr/bin/env python3
"""Generates a repository shaped like Lockstep's first user's (koprogo), for benchmarks.

    python3 Benchmarks/make_real_repo.py DIR [--stage release|ordinary] [--install BINDIR] [--seed N]

DIR must not exist, or be empty. What it holds (deterministic for a seed; ~1 minute):
  - 1,289 commits, 158 of them merges of feature branches, release tags v0.1.0 … v1.2.0;
  - a 2,911-entry index, a ~32 MB pack (incompressible-ish blobs of source-file and asset sizes);
  - backend/Cargo.toml (the source of truth, 1.2.0), backend/Cargo.lock (~182 KB, ~700 `[[package]]`
    entries, the crate's own among them), frontend/package.json and frontend/package-lock.json
    (~481 KB, lockfileVersion 3, ~1,200 packages, a dozen at the app's own version string);
  - CHANGELOG.md of 2,429 lines whose old releases break Keep a Changelog ~300 times in varied
    ways (headings, dates, categories, bullets, empty and duplicate categories, order): findings
    that adoption must carry, while [Unreleased] and the newest releases are clean;
  - 86 sqlx migrations, backend/migrations/<14-digit timestamp>_<name>.sql, up-only;
  - a Makefile with `ci`, and the team's own .git/hooks/pre-push running `make ci`.

--stage release   stages a release commit of 1.3.0: Cargo.toml, package.json, package-lock.json
                  (top level and packages[""]), Cargo.lock's entry, CHANGELOG's [Unreleased] → [1.3.0]
--stage ordinary  stages an ordinary change to one source file
--install BINDIR  installs Lockstep's hooks with install.sh (the lockstep in BINDIR), which chains
                  the `make ci` pre-push hook behind Lockstep's
The work tree is checked out at HEAD either way. Figures: Benchmarks/bench.py --fixture real.
"""
import argparse
import base64
import datetime
import hashlib
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

COMMITS = 1289
MERGES = 158
INDEX_ENTRIES = 2911
MIGRATIONS = 86
BRANCH_COMMITS = 790
CHANGELOG_LINES = 2429
PACKAGE_LOCK_BYTES = 481 * 1024
CARGO_LOCK_BYTES = 182 * 1024
APP = "1.2.0"
CRATE = "koprogo-api"
# Releases below this one (compared as text: 0.1.x) list entries without categories.
OLD_STYLE = "0.2.0"
DEFAULT_SEED = 20260107
WEB = "koprogo-web"


def env_for(directory):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "LOCKSTEP_"))}
    env.update(HOME=directory, GIT_CONFIG_NOSYSTEM="1", GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="b@example.org",
               GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="b@example.org")
    return env


# ---------------------------------------------------------------------------------------------
# File contents

def source_text(rng, size, path):
    """Text that looks like code by shape and barely compresses (base64 of random bytes)."""
    lines = [f"// {path}"]
    total = len(lines[0])
    while total < size:
        width = rng.randint(20, 90)
        line = " " * (4 * rng.randint(0, 3)) + base64.b64encode(rng.randbytes(width * 3 // 4)).decode()
        lines.append(line)
        total += len(line) + 1
    return ("\n".join(lines) + "\n").encode()


def edit(rng, content):
    """A later version: a few lines replaced and one added, as a commit does."""
    lines = content.split(b"\n")
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(1, max(2, len(lines)))
        lines[at:at] = [base64.b64encode(rng.randbytes(rng.randint(15, 60))) ]
    return b"\n".join(lines)


def semver(rng):
    major = rng.choice([0, 1, 1, 2, 3, 4, 5, 7])
    return f"{major}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"


NPM_WORDS = ["astro", "vite", "rollup", "esbuild", "babel", "svelte", "postcss", "tailwind", "eslint", "prettier",
             "chalk", "debug", "semver", "glob", "minimatch", "picomatch", "micromark", "mdast", "hast", "unist",
             "vfile", "yaml", "acorn", "estree", "magic", "string", "source", "map", "fast", "json", "parse",
             "path", "type", "util", "color", "convert", "ansi", "regex", "escape", "ms", "buffer", "stream",
             "node", "fetch", "url", "mime", "cookie", "zod", "lit", "leaflet", "chart", "date", "fns", "i18n"]


def package_lock(rng, version, packages):
    """package-lock.json, lockfileVersion 3: the app at `version` in two places, then `packages`."""
    lines = ['{', f'  "name": "{WEB}",', f'  "version": "{version}",', '  "lockfileVersion": 3,', '  "requires": true,',
             '  "packages": {', '    "": {', f'      "name": "{WEB}",', f'      "version": "{version}",',
             '      "dependencies": {']
    direct = packages[:24]
    lines += [f'        "{name}": "^{ver}"' + ("," if index < len(direct) - 1 else "") for index, (name, ver, _) in enumerate(direct)]
    lines += ['      },', '      "devDependencies": {', '        "@playwright/test": "^1.48.0",', '        "typescript": "^5.6.3"',
              '      },', '      "engines": {', '        "node": ">=20"', '      }', '    },']
    for index, (name, ver, deps) in enumerate(packages):
        short = name.split("/")[-1]
        digest = base64.b64encode(hashlib.sha512(f"{name}@{ver}".encode()).digest()).decode()
        entry = [f'    "node_modules/{name}": {{', f'      "version": "{ver}",',
                 f'      "resolved": "https://registry.npmjs.org/{name}/-/{short}-{ver}.tgz",',
                 f'      "integrity": "sha512-{digest}",']
        if index % 3 == 0:
            entry.append('      "dev": true,')
        entry.append(f'      "license": "{rng.choice(["MIT", "MIT", "ISC", "Apache-2.0", "BSD-3-Clause"])}"' + ("," if deps or index % 4 == 0 else ""))
        if deps:
            entry.append('      "dependencies": {')
            entry += [f'        "{dep}": "^{dver}"' + ("," if i < len(deps) - 1 else "") for i, (dep, dver) in enumerate(deps)]
            entry.append('      }' + ("," if index % 4 == 0 else ""))
        if index % 4 == 0:
            entry += ['      "engines": {', f'        "node": ">={rng.choice([12, 14, 16, 18])}"', '      }']
        entry.append('    }' + ("," if index < len(packages) - 1 else ""))
        lines += entry
    lines += ['  }', '}']
    return ("\n".join(lines) + "\n").encode()


def npm_packages(rng, count):
    names, seen = [], set()
    while len(names) < count:
        first, second = rng.sample(NPM_WORDS, 2)
        name = rng.choice([f"{first}-{second}", f"@{first}/{second}", first + "-" + second + "-" + rng.choice(NPM_WORDS), f"{first}{second}"])
        if name in seen:
            continue
        seen.add(name)
        # Some packages share the app's version string: a scan must read the right fields.
        ver = APP if len(names) % 97 == 5 else semver(rng)
        names.append(name)
        names[-1] = (name, ver)
    packages = []
    for index, (name, ver) in enumerate(names):
        deps = [(other, semver(rng)) for other, _ in rng.sample(names, rng.choice([0, 0, 1, 2, 3, 5]))]
        packages.append((name, ver, deps))
    return packages


CRATE_WORDS = ["actix", "tokio", "serde", "sqlx", "hyper", "tower", "http", "futures", "bytes", "mio", "rand", "uuid",
               "chrono", "tracing", "log", "regex", "aho", "memchr", "syn", "quote", "proc", "macro", "derive", "core",
               "util", "codec", "rustls", "ring", "webpki", "base64", "hex", "sha2", "digest", "crypto", "argon2",
               "jsonwebtoken", "url", "idna", "unicode", "smallvec", "hashbrown", "indexmap", "once", "cell", "lock",
               "api", "utoipa", "validator", "lettre", "time", "num", "traits", "either", "itoa", "ryu", "libc"]


def cargo_packages(rng, count):
    names, seen = [], set()
    while len(names) < count:
        first, second = rng.sample(CRATE_WORDS, 2)
        name = rng.choice([first, f"{first}-{second}", f"{first}_{second}"])
        if name in seen or name == CRATE:
            continue
        seen.add(name)
        ver = APP if len(names) % 89 == 7 else semver(rng)
        names.append((name, ver))
    return [(name, ver, sorted(other for other, _ in rng.sample(names, rng.choice([0, 1, 2, 3, 4, 6, 9]))))
            for name, ver in names]


def cargo_lock(version, packages):
    """Cargo.lock (version 4): registry crates and the workspace's own crate, sorted by name."""
    entries = [(CRATE, version, sorted(name for name, _, _ in packages[:30]), None)]
    entries += [(name, ver, deps, "registry+https://github.com/rust-lang/crates.io-index") for name, ver, deps in packages]
    entries.sort(key=lambda entry: entry[0])
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 4", ""]
    for name, ver, deps, source in entries:
        out += ["[[package]]", f'name = "{name}"', f'version = "{ver}"']
        if source:
            out += [f'source = "{source}"', f'checksum = "{hashlib.sha256(f"{name}{ver}".encode()).hexdigest()}"']
        if deps:
            out += ["dependencies = ["] + [f' "{dep}",' for dep in deps] + ["]"]
        out.append("")
    return "\n".join(out).encode()


def sized(build, target, low, high):
    """The count of entries (between low and high) whose file `build` makes closest to `target` bytes."""
    while high - low > 1:
        middle = (low + high) // 2
        if len(build(middle)) < target:
            low = middle
        else:
            high = middle
    return high


def cargo_toml(version):
    return (f'[package]\nname = "{CRATE}"\nversion = "{version}"\nedition = "2021"\nrust-version = "1.83"\n\n'
            '[dependencies]\nactix-web = "4.9"\ntokio = { version = "1.41", features = ["full"] }\n'
            'serde = { version = "1", features = ["derive"] }\nsqlx = { version = "0.8", features = ["postgres", "uuid", "chrono", "runtime-tokio"] }\n'
            'uuid = { version = "1", features = ["v4", "serde"] }\nchrono = { version = "0.4", features = ["serde"] }\n'
            'tracing = "0.1"\nutoipa = "5"\nargon2 = "0.5"\njsonwebtoken = "9"\n\n[dev-dependencies]\nserial_test = "3"\n').encode()


def package_json(version):
    return (f'{{\n  "name": "{WEB}",\n  "type": "module",\n  "version": "{version}",\n  "private": true,\n'
            '  "scripts": {\n    "dev": "astro dev",\n    "build": "astro check && astro build",\n    "test": "vitest run"\n  },\n'
            '  "dependencies": {\n    "astro": "^4.16.0",\n    "svelte": "^5.1.0",\n    "leaflet": "^1.9.4"\n  },\n'
            '  "devDependencies": {\n    "@playwright/test": "^1.48.0",\n    "typescript": "^5.6.3"\n  }\n}\n').encode()


# ---------------------------------------------------------------------------------------------
# CHANGELOG.md

ENTRY_WORDS = ["buildings", "units", "owners", "meetings", "invoices", "quotes", "the GDPR export", "tickets",
               "payment reminders", "the accounting plan", "polls", "documents", "notifications", "the dashboard"]


def entry(rng):
    verb = rng.choice(["Add", "Fix", "Support", "Improve", "Handle", "Show", "Validate", "Paginate"])
    return f"{verb} {rng.choice(ENTRY_WORDS)} in {rng.choice(['the API', 'the web app', 'the admin', 'reports'])}"


def releases_list():
    """Versions from 0.1.0 up to APP, oldest first, with weekly dates: nine 0.x lines of four
    releases, then 1.0.0 … APP."""
    versions = [f"0.{minor}.{patch}" for minor in range(1, 10) for patch in range(4)]
    versions += ["1.0.0", "1.0.1", "1.0.2", "1.1.0", "1.1.1", "1.1.2", "1.1.3", APP]
    start = datetime.date(2024, 1, 10)
    return [(version, start + datetime.timedelta(days=16 * index)) for index, version in enumerate(versions)]


def changelog(seed, releases, target_lines=CHANGELOG_LINES):
    """Newest first. Releases from 1.0.0 on follow Keep a Changelog; older ones break it in the
    ways hand-kept changelogs do. Entries per category are scaled so that the file has
    `target_lines` lines."""
    scale = 1.0
    while True:
        lines = changelog_lines(random.Random(seed), releases, scale + 0.25)
        if len(lines) > target_lines or scale > 20:
            break
        scale += 0.25
    lines = changelog_lines(random.Random(seed), releases, scale)
    rng = random.Random(seed + 1)
    while len(lines) < target_lines:
        lines.insert(len(lines) - 1, f"- {entry(rng)}")
    return ("\n".join(lines[:target_lines]) + "\n").encode()


def changelog_lines(rng, releases, scale):
    lines = ["# Changelog", "", "All notable changes to this project are documented in this file.", "",
             "The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),",
             "and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).", "",
             "## [Unreleased]", "", "### Added", "", f"- {entry(rng)}", f"- {entry(rng)}", "", "### Fixed", "",
             f"- {entry(rng)}", ""]
    for index, (version, date) in enumerate(reversed(releases)):
        lines += release_section(rng, version, date, not version.startswith("0."), index, scale)
    return lines


def release_section(rng, version, date, clean, index, scale):
    def count(low, high):
        return max(1, round(rng.randint(low, high) * scale))

    heading = f"## [{version}] - {date.isoformat()}"
    categories = [("Added", count(2, 6)), ("Changed", count(1, 4)), ("Fixed", count(2, 7))]
    extra = []
    if not clean:
        fault = index % 9
        if fault == 0:
            heading = f"## {version} - {date.isoformat()}"                     # no brackets
        elif fault == 1:
            heading = f"## [{version}] - {date.strftime('%d/%m/%Y')}"          # date format
        elif fault == 2:
            categories = [("Features", count(2, 5)), ("Bug Fixes", count(2, 5))]   # categories
        elif fault == 3:
            categories = [("Added", count(2, 6)), ("Bugfixes", count(2, 7))]   # a misspelt category
        elif fault == 4:
            categories = categories + [("Removed", 0)]                          # empty category
        elif fault == 5:
            categories = categories + [("Fixed", count(1, 3))]                  # duplicate category
        elif fault == 6:
            extra = ["This release focuses on the accounting module.", ""]      # text outside a category
        elif fault == 7:
            heading = f"## [v{version}] - {date.isoformat()}"                  # not SemVer
        elif fault == 8:
            categories = [("Breaking Changes", 1), ("Improvements", count(1, 4))] + categories[2:]
    if version < OLD_STYLE:
        # The first releases were written as one list under the heading, with no categories.
        return [heading, ""] + [f"- {entry(rng)}" for _ in range(sum(number for _, number in categories))] + [""]
    out = [heading, ""] + extra
    for name, number in categories:
        out += [f"### {name}", ""]
        out += [f"- {entry(rng)}" for _ in range(number)]
        out.append("")
    return out


def unreleased_to_release(text, version, date):
    return text.replace(b"## [Unreleased]\n", f"## [Unreleased]\n\n## [{version}] - {date}\n".encode(), 1)


# ---------------------------------------------------------------------------------------------
# History

MIGRATION_NAMES = ["create_users", "create_buildings", "create_units", "create_owners", "add_unit_shares",
                   "create_meetings", "create_resolutions", "create_votes", "create_expenses", "create_invoices",
                   "add_invoice_vat", "create_documents", "create_tickets", "add_ticket_priority", "create_polls",
                   "create_notifications", "add_gdpr_consents", "create_payment_reminders", "create_accounts",
                   "add_pcmn_plan", "create_quotes", "add_indexes", "create_audit_log", "add_soft_delete"]


def migration_paths():
    start = datetime.datetime(2024, 3, 1, 9, 0, 0)
    paths = []
    for index in range(MIGRATIONS):
        stamp = (start + datetime.timedelta(days=5 * index, minutes=37 * index)).strftime("%Y%m%d%H%M%S")
        paths.append(f"backend/migrations/{stamp}_{MIGRATION_NAMES[index % len(MIGRATION_NAMES)]}.sql")
    return paths


def plain_paths(rng, count):
    """Source and asset paths; about one file in fifty an image or font."""
    folders = ["backend/src/domain/entities", "backend/src/domain/services", "backend/src/application/use_cases",
               "backend/src/application/dto", "backend/src/infrastructure/web/handlers", "backend/src/infrastructure/database",
               "backend/tests/e2e", "backend/tests/integration", "frontend/src/components", "frontend/src/pages",
               "frontend/src/lib", "frontend/src/stores", "frontend/src/locales", "frontend/tests/e2e", "docs",
               "docs/architecture", "infrastructure/ansible/roles", "infrastructure/terraform", "frontend/public/images"]
    extensions = {"backend": ".rs", "frontend": ".svelte", "docs": ".md", "infrastructure": ".yml"}
    paths, seen = [], set()
    while len(paths) < count:
        folder = rng.choice(folders)
        ext = ".png" if folder.endswith("images") else extensions[folder.split("/")[0]]
        if folder.startswith("frontend/src/lib") or folder.startswith("frontend/src/stores"):
            ext = ".ts"
        path = f"{folder}/{rng.choice(ENTRY_WORDS).replace(' ', '_').replace('the_', '')}_{len(paths)}{ext}"
        if path not in seen:
            seen.add(path)
            paths.append(path)
    return paths


def file_size(rng, path):
    if path.endswith(".png"):
        return int(rng.lognormvariate(11.45, 0.8))      # ~90 KB median
    return int(rng.lognormvariate(8.78, 0.7))           # ~6.5 KB median


class Importer:
    """Writes a `git fast-import` stream: blobs, commits, merges and annotated tags."""

    def __init__(self, repo, env):
        self.process = subprocess.Popen(["git", "-C", repo, "fast-import", "--quiet", "--depth=50"], stdin=subprocess.PIPE, env=env)
        self.mark = 0
        self.time = 1672531200  # 2023-01-01

    def write(self, data):
        self.process.stdin.write(data)

    def blob(self, content):
        self.mark += 1
        self.write(b"blob\nmark :%d\ndata %d\n%s\n" % (self.mark, len(content), content))
        return self.mark

    def commit(self, branch, message, changes, parents=(), deletes=()):
        self.mark += 1
        self.time += 6 * 3600 + self.mark % 3600
        message = message.encode()
        out = [b"commit refs/heads/%s\nmark :%d\n" % (branch.encode(), self.mark),
               b"author Bench <b@example.org> %d +0100\ncommitter Bench <b@example.org> %d +0100\n" % (self.time, self.time),
               b"data %d\n%s\n" % (len(message), message)]
        if parents:
            out.append(b"from :%d\n" % parents[0])
            out += [b"merge :%d\n" % parent for parent in parents[1:]]
        out += [b"D %s\n" % path.encode() for path in deletes]
        out += [b"M 100644 :%d %s\n" % (blob, path.encode()) for path, blob in changes.items()]
        out.append(b"\n")
        self.write(b"".join(out))
        return self.mark

    def tag(self, name, commit, message):
        message = message.encode()
        self.write(b"tag %s\nfrom :%d\ntagger Bench <b@example.org> %d +0100\ndata %d\n%s\n"
                   % (name.encode(), commit, self.time, len(message), message))

    def close(self):
        self.process.stdin.close()
        if self.process.wait() != 0:
            sys.exit("git fast-import failed")


TYPES = ["feat", "fix", "fix", "chore", "docs", "refactor", "test", "perf", "ci"]
SCOPES = ["api", "web", "db", "auth", "i18n", "infra", "accounting", "meetings"]


def message(rng, number):
    kind = rng.choice(TYPES)
    body = f"\n\nExplains change {number}: {entry(rng).lower()}.\n"
    if number % 23 == 0:
        body += "\nBreaking Changes: None\n"   # the first user's history has such paragraphs
    return f"{kind}({rng.choice(SCOPES)}): {entry(rng).lower()}{body}"


def generate(repo, seed):
    rng = random.Random(seed)
    env = env_for(repo)
    subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True, env=env)
    importer = Importer(repo, env)

    migrations = migration_paths()
    fixed = ["backend/Cargo.toml", "backend/Cargo.lock", "frontend/package.json", "frontend/package-lock.json",
             "CHANGELOG.md", "Makefile", "README.md", ".gitignore"]
    plain = plain_paths(rng, INDEX_ENTRIES - len(fixed) - len(migrations))
    npm = npm_packages(rng, 1400)
    count = sized(lambda n: package_lock(random.Random(1), APP, npm[:n]), PACKAGE_LOCK_BYTES, 100, 1400)
    npm = npm[:count]
    crates = cargo_packages(rng, 700)
    count = sized(lambda n: cargo_lock(APP, crates[:n]), CARGO_LOCK_BYTES, 100, 700)
    crates = crates[:count]
    releases = releases_list()

    contents = {}  # path → bytes at main's tip
    main_tree = {}  # path → blob mark at main's tip

    def put(tree, path, content):
        contents[path] = content
        tree[path] = importer.blob(content)
        return tree[path]

    def release_files(version, date, count):
        lock_rng = random.Random(seed + count)
        files = {"backend/Cargo.toml": cargo_toml(version), "frontend/package.json": package_json(version),
                 "backend/Cargo.lock": cargo_lock(version, crates[:max(100, len(crates) * count // len(releases))]),
                 "frontend/package-lock.json": package_lock(lock_rng, version, npm[:max(100, len(npm) * count // len(releases))]),
                 "CHANGELOG.md": changelog(seed, releases[:count], max(40, CHANGELOG_LINES * count // len(releases)))}
        return files

    # The first commit: a third of the files and the manifests of 0.0.1.
    first = {}
    initial = plain[:len(plain) // 3]
    for path in initial:
        put(first, path, source_text(rng, file_size(rng, path), path))
    put(first, "Makefile", b"ci:\n\tcd backend && cargo fmt --check && cargo clippy -- -D warnings && cargo test\n"
        b"\tcd frontend && npm ci && npm run build && npm test\n")
    put(first, "README.md", b"# KoproGo\n\nProperty management for co-ownerships.\n")
    put(first, ".gitignore", b"target/\nnode_modules/\n.env\n")
    for path, content in release_files("0.0.1", datetime.date(2023, 1, 1), 0).items():
        put(first, path, content)
    tip = importer.commit("main", "chore: initial import\n", first)
    main_tree.update(first)
    commits = 1
    pending_plain = plain[len(initial):]
    pending_migrations = list(migrations)
    # The plan: feature branches of a few commits, each merged with --no-ff, with commits made on
    # main between them; release commits among the latter, the last one releasing APP.
    directs = COMMITS - 1 - MERGES - BRANCH_COMMITS
    per_branch = [BRANCH_COMMITS // MERGES + (1 if index < BRANCH_COMMITS % MERGES else 0) for index in range(MERGES)]
    plan = []
    for index in range(MERGES):
        plan += ["direct"] * ((index + 1) * directs // (MERGES + 1) - index * directs // (MERGES + 1))
        plan.append(per_branch[index])
    plan += ["direct"] * (directs - plan.count("direct"))
    direct_positions = [index for index, step in enumerate(plan) if step == "direct"]
    release_positions = {direct_positions[(index + 1) * len(direct_positions) // len(releases) - 1]: index + 1
                         for index in range(len(releases))}

    def change_set(local_rng):
        """The files of one ordinary commit: an edit or two, sometimes a new file or migration."""
        changes = {}
        remaining = COMMITS - commits
        adds = len(pending_plain) / max(1, remaining)
        for _ in range(int(adds) + (1 if local_rng.random() < adds - int(adds) else 0)):
            if pending_plain:
                path = pending_plain.pop(0)
                changes[path] = source_text(local_rng, file_size(local_rng, path), path)
        if pending_migrations and (remaining <= len(pending_migrations) or local_rng.random() < len(pending_migrations) / remaining * 1.3):
            path = pending_migrations.pop(0)
            changes[path] = f"-- {path}\nCREATE TABLE IF NOT EXISTS t{len(migrations) - len(pending_migrations)} (id UUID PRIMARY KEY);\n".encode()
        for _ in range(local_rng.randint(1, 2)):
            path = local_rng.choice(initial)
            changes[path] = edit(local_rng, contents[path]) if local_rng.random() < 0.85 else \
                source_text(local_rng, file_size(local_rng, path), path)
        return changes

    for position, step in enumerate(plan):
        if step != "direct":
            branch = f"feature/{position}"
            parent, branch_tree = tip, {}
            for _ in range(step):
                changes = {path: put(branch_tree, path, content) for path, content in change_set(rng).items()}
                parent = importer.commit(branch, message(rng, commits), changes, parents=(parent,))
                commits += 1
            tip = importer.commit("main", f"Merge branch '{branch}'\n", branch_tree, parents=(tip, parent))
            main_tree.update(branch_tree)
            commits += 1
            importer.write(b"reset refs/heads/%s\nfrom 0000000000000000000000000000000000000000\n\n" % branch.encode())
            continue
        changes = {path: put(main_tree, path, content) for path, content in change_set(rng).items()}
        if position in release_positions:
            count = release_positions[position]
            version, date = releases[count - 1]
            for path, content in release_files(version, date, count).items():
                changes[path] = put(main_tree, path, content)
            tip = importer.commit("main", f"chore(release): prepare v{version}\n", changes, parents=(tip,))
            importer.tag(f"v{version}", tip, f"Release v{version}\n")
        else:
            tip = importer.commit("main", message(rng, commits), changes, parents=(tip,))
        commits += 1
    for path in pending_plain + pending_migrations:
        raise SystemExit(f"generator bug: {path} never added")
    importer.close()
    # fast-import stores every blob whole: a repack finds the deltas a clone's pack has.
    subprocess.run(["git", "-C", repo, "repack", "-q", "-a", "-d", "-f"], check=True, env=env)
    subprocess.run(["git", "-C", repo, "reset", "-q", "--hard", "main"], check=True, env=env)
    hook = os.path.join(repo, ".git", "hooks", "pre-push")
    with open(hook, "w") as out:
        out.write("#!/bin/sh\n# The team's own check before every push.\nexec make ci\n")
    os.chmod(hook, 0o755)
    return env


def stage(repo, env, kind):
    def path(name):
        return os.path.join(repo, name)

    if kind == "ordinary":
        tracked = subprocess.run(["git", "-C", repo, "ls-files", "backend/src"], check=True, capture_output=True, text=True, env=env)
        first = tracked.stdout.split("\n")[0]
        with open(path(first), "a") as out:
            out.write("// an ordinary change\n")
    else:
        old, new = APP, "1.3.0"
        for name, pairs in (("backend/Cargo.toml", [(f'version = "{old}"', f'version = "{new}"')]),
                            ("frontend/package.json", [(f'"version": "{old}"', f'"version": "{new}"')]),
                            ("frontend/package-lock.json", [(f'  "version": "{old}",', f'  "version": "{new}",'),
                                                            (f'      "version": "{old}",', f'      "version": "{new}",')]),
                            ("backend/Cargo.lock", [(f'name = "{CRATE}"\nversion = "{old}"', f'name = "{CRATE}"\nversion = "{new}"')])):
            with open(path(name)) as source:
                text = source.read()
            for before, after in pairs:
                if before not in text:
                    sys.exit(f"cannot stage the release: {before!r} not in {name}")
                text = text.replace(before, after, 1)
            with open(path(name), "w") as out:
                out.write(text)
        with open(path("CHANGELOG.md"), "rb") as source:
            text = source.read()
        with open(path("CHANGELOG.md"), "wb") as out:
            out.write(unreleased_to_release(text, new, "2026-01-15"))
    subprocess.run(["git", "-C", repo, "add", "-A"], check=True, env=env)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--stage", choices=["release", "ordinary"])
    parser.add_argument("--install", metavar="BINDIR", help="install Lockstep's hooks (install.sh --no-build --prefix BINDIR)")
    args = parser.parse_args()
    repo = os.path.abspath(args.directory)
    if os.path.exists(repo) and os.listdir(repo):
        sys.exit(f"{repo} exists and is not empty")
    env = generate(repo, args.seed)
    if args.install:
        subprocess.run(["sh", os.path.join(ROOT, "install.sh"), "--no-build", "--prefix", os.path.abspath(args.install),
                        "--repo", repo, "--quiet"], check=True, env=env)
    if args.stage:
        stage(repo, env, args.stage)


if __name__ == "__main__":
    main()
