#!/usr/bin/env python3
"""Builds the git repository bench/coverage/diff_cover.sh measures in: every
file named in a Cobertura report (big.xml from gen_reports.py) tracked under
the same relative path, on `main`, and a branch `change` that rewrites lines
101-300 of three of them. Cheap: one shared blob through git fast-import.

    patch_repo.py REPORT.xml REPO_DIR
"""
import os
import re
import subprocess
import sys


def main():
    report, repo = sys.argv[1], sys.argv[2]
    names = []
    pattern = re.compile(rb'filename="([^"]+)"')
    with open(report, "rb") as f:
        for line in f:
            if line.startswith(b"<class "):
                m = pattern.search(line)
                if m:
                    names.append(m.group(1).decode())
    base = "".join("line %d\n" % i for i in range(1, 1001)).encode()
    changed = "".join(("line %d\n" if not 101 <= i <= 300 else "changed %d\n") % i for i in range(1, 1001)).encode()
    env = dict(os.environ, GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_NOSYSTEM="1")
    subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True, env=env)
    out = []
    out.append(b"blob\nmark :1\ndata %d\n%s\n" % (len(base), base))
    out.append(b"blob\nmark :2\ndata %d\n%s\n" % (len(changed), changed))
    who = b"bench <bench@localhost> 1700000000 +0000"
    out.append(b"commit refs/heads/main\nmark :3\ncommitter %s\ndata 5\nbase\n" % who)
    out += [b"M 100644 :1 %s\n" % n.encode() for n in names]
    out.append(b"\ncommit refs/heads/change\ncommitter %s\ndata 7\nchange\nfrom :3\n" % who)
    out += [b"M 100644 :2 %s\n" % n.encode() for n in names[:3]]
    out.append(b"\n")
    subprocess.run(["git", "-C", repo, "fast-import", "--quiet"], input=b"".join(out), check=True, env=env)
    subprocess.run(["git", "-C", repo, "checkout", "-q", "-f", "change"], check=True, env=env)
    print("%d files tracked; change rewrites lines 101-300 of %s" % (len(names), ", ".join(names[:3])))


if __name__ == "__main__":
    main()
