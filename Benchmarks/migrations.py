#!/usr/bin/env python3
"""`lockstep check migrations --start-postgres`: one new reversible migration on top of 100
released ones, cold cluster start included, timed end to end and by phase (from the command's own
log: cluster start, the 100 released migrations, the round trip of the new one; the rest is
scratch database creation and drop, cluster stop and process start-up).

    python3 Benchmarks/migrations.py --bin .build/release [--rounds 5] [--released 100]
"""
import argparse
import os
import re
import statistics
import subprocess
import tempfile
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--released", type=int, default=100)
    args = parser.parse_args()
    cli = os.path.join(os.path.abspath(args.bin), "lockstep-cli")
    with tempfile.TemporaryDirectory(prefix="lockstep-bench-migrations-") as root:
        os.chmod(root, 0o755)
        repo = os.path.join(root, "repo")
        folder = os.path.join(repo, "backend", "migrations")
        os.makedirs(folder)
        env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=root, GIT_AUTHOR_NAME="B", GIT_AUTHOR_EMAIL="b@example.org",
                   GIT_COMMITTER_NAME="B", GIT_COMMITTER_EMAIL="b@example.org", NO_COLOR="1")
        git = lambda *a: subprocess.run(["git", "-C", repo, *a], check=True, capture_output=True, env=env)
        git("init", "-q", "-b", "main")
        for index in range(1, args.released + 1):
            with open(os.path.join(folder, f"{20240000000000 + index}_table_{index}.sql"), "w") as f:
                f.write(f"CREATE TABLE t{index} (id bigint PRIMARY KEY, name text NOT NULL, created timestamptz DEFAULT now());\n"
                        f"CREATE INDEX t{index}_name ON t{index} (name);\n")
        git("add", "-A")
        git("commit", "-q", "-m", "feat: schema")
        git("tag", "-a", "v1.0.0", "-m", "v1.0.0")
        with open(os.path.join(folder, "20250101000000_units.up.sql"), "w") as f:
            f.write("CREATE TABLE units (id bigint PRIMARY KEY, t1 bigint REFERENCES t1 (id));\nCREATE INDEX units_t1 ON units (t1);\n")
        with open(os.path.join(folder, "20250101000000_units.down.sql"), "w") as f:
            f.write("DROP TABLE units;\n")
        totals, phases = [], {"start": [], "released": [], "round trip": []}
        for _ in range(args.rounds):
            started = time.monotonic()
            run = subprocess.run([cli, "check", "migrations", "--start-postgres"], cwd=repo, env=env, capture_output=True, text=True)
            totals.append(time.monotonic() - started)
            if run.returncode != 0:
                raise SystemExit(f"check migrations failed:\n{run.stdout}\n{run.stderr}")
            log = run.stderr
            phases["start"].append(float(re.search(r"started PostgreSQL .* in ([0-9.]+) s", log).group(1)))
            phases["released"].append(float(re.search(r"applied \d+ migrations? of .* in ([0-9.]+) s", log).group(1)))
            phases["round trip"].append(float(re.search(r"re-applied \(([0-9.]+) s\)", log).group(1)))
        total = statistics.median(totals)
        print(f"check migrations --start-postgres, 1 new migration on {args.released} released, {args.rounds} rounds")
        print(f"  total (median)          {total:6.2f} s")
        for name, values in phases.items():
            print(f"  {name:<23} {statistics.median(values):6.2f} s")
        rest = total - sum(statistics.median(v) for v in phases.values())
        print(f"  rest (create/drop database, stop, start-up) {rest:6.2f} s")


if __name__ == "__main__":
    main()
