#!/usr/bin/env python3
"""Writes Lockstep's binary wheel, reproducibly (scripts/package calls it).

    wheel.py OUT_DIR NAME VERSION TAGS EPOCH STAGE

STAGE holds bin/ (the static executables), hooks/, install.sh, LICENSE and README.md, as the
release archive does. The wheel holds no Python: pip copies the executables from
NAME-VERSION.data/scripts/ onto the environment's PATH (bin/), and install.sh with the hook
wrappers into <environment>/share/lockstep, where `lockstep install` looks for them. TAGS is the
compressed tag set (e.g. py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64). Every entry has
the time EPOCH (the release commit's), a fixed mode and a fixed place, so that two runs give the
same bytes. Prints the wheel's path.
"""
import base64
import hashlib
import os
import sys
import time
import zipfile


def record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def main() -> None:
    out_dir, name, version, tags, epoch, stage = sys.argv[1:7]
    # A zip entry's time has no time zone and starts in 1980.
    stamp = time.gmtime(max(int(epoch), 315532800))[:6]
    data = f"{name}-{version}.data"
    info = f"{name}-{version}.dist-info"
    readme = open(os.path.join(stage, "README.md"), encoding="utf-8").read()

    entries = []  # (path in the wheel, bytes, mode)
    for binary in sorted(os.listdir(os.path.join(stage, "bin"))):
        entries.append((f"{data}/scripts/{binary}", read(stage, "bin", binary), 0o755))
    entries.append((f"{data}/data/share/lockstep/install.sh", read(stage, "install.sh"), 0o755))
    for hook in sorted(os.listdir(os.path.join(stage, "hooks"))):
        # install.sh's copy of hooks/ beside it, where `lockstep install` finds both.
        entries.append((f"{data}/data/share/lockstep/hooks/{hook}", read(stage, "hooks", hook), 0o644))
    entries.append((f"{info}/licenses/LICENSE", read(stage, "LICENSE"), 0o644))
    metadata = "\n".join([
        "Metadata-Version: 2.4",
        f"Name: {name}",
        f"Version: {version}",
        "Summary: Git hooks and CI checks that enforce a team's release process: Conventional Commits, "
        "versions, changelog, tags",
        "License-Expression: MIT",
        "License-File: LICENSE",
        "Keywords: git,hooks,conventional-commits,changelog,semver,pre-commit",
        "Classifier: Environment :: Console",
        "Classifier: Operating System :: POSIX :: Linux",
        "Classifier: Topic :: Software Development :: Version Control :: Git",
        "Description-Content-Type: text/markdown",
        "",
        readme,
    ])
    entries.append((f"{info}/METADATA", metadata.encode("utf-8"), 0o644))
    python, abi, platforms = tags.split("-")
    wheel = ["Wheel-Version: 1.0", "Generator: lockstep scripts/package", "Root-Is-Purelib: false"]
    wheel += [f"Tag: {python}-{abi}-{platform}" for platform in platforms.split(".")]
    entries.append((f"{info}/WHEEL", ("\n".join(wheel) + "\n").encode("ascii"), 0o644))
    record = "".join(f"{path},{record_hash(content)},{len(content)}\n" for path, content, _ in entries)
    record += f"{info}/RECORD,,\n"
    entries.append((f"{info}/RECORD", record.encode("utf-8"), 0o644))

    path = os.path.join(out_dir, f"{name}-{version}-{tags}.whl")
    with zipfile.ZipFile(path + ".tmp", "w") as archive:
        for entry, content, mode in entries:
            item = zipfile.ZipInfo(entry, date_time=stamp)
            item.create_system = 3  # Unix, so that the mode below is read
            item.external_attr = (0o100000 | mode) << 16
            item.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(item, content, compresslevel=9)
    os.replace(path + ".tmp", path)
    print(path)


def read(*parts: str) -> bytes:
    with open(os.path.join(*parts), "rb") as file:
        return file.read()


if __name__ == "__main__":
    main()
