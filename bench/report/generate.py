#!/usr/bin/env python3
"""Generates the report benchmark's repository with git fast-import.

    generate.py DIR [--commits 10000] [--packets 50]

main gets commits one every 30 minutes from 2025-01-01T00:00Z. Packets
p00..pNN each get a branch of commits (appending lines to their own file and
editing a shared file) that is merged into main with `Merge branch
'packet/pNN'`; the last five stay unmerged. Every 10th commit carries a
tollgate record (JSON Lines) in refs/notes/tollgate, and tollgate.yml holds
the 50 packets in 5 streams, chained in pairs, with 5 checkpoints.
"""
import argparse
import json
import os
import subprocess

ap = argparse.ArgumentParser()
ap.add_argument("dir")
ap.add_argument("--commits", type=int, default=10000)
ap.add_argument("--packets", type=int, default=50)
a = ap.parse_args()

T0 = 1735689600  # 2025-01-01T00:00:00Z
STEP = 1800
os.makedirs(a.dir, exist_ok=True)
subprocess.run(["git", "init", "-q", "-b", "main", a.dir], check=True)

out = []
mark = 0
tick = 0
files = {}  # path -> list of lines
commits_made = 0
noted = []  # (mark, time)


def data(b):
    out.append(b"data %d\n" % len(b))
    out.append(b + b"\n")


def commit(ref, msg, parents, changes):
    global mark, tick, commits_made
    mark += 1
    tick += 1
    t = T0 + tick * STEP
    out.append(b"commit %s\nmark :%d\n" % (ref.encode(), mark))
    out.append(b"author Bench <bench@example.com> %d +0000\n" % t)
    out.append(b"committer Bench <bench@example.com> %d +0000\n" % t)
    data(msg.encode())
    if parents:
        out.append(b"from :%d\n" % parents[0])
        for p in parents[1:]:
            out.append(b"merge :%d\n" % p)
    for path, lines in changes.items():
        out.append(b"M 100644 inline %s\n" % path.encode())
        data("".join(lines).encode())
    commits_made += 1
    if commits_made % 10 == 0:
        noted.append((mark, t))
    return mark


P = a.packets
inv = ["version: 1", "project: Report benchmark", "base: main", "start: 2025-01-01", "streams:"]
for s in range(5):
    inv.append("  s%d: {title: Stream %d, agents: 2}" % (s, s))
inv.append("packets:")
for i in range(P):
    inv.append("  - id: p%02d" % i)
    inv.append("    effort: %dd" % (1 + i % 3))
    inv.append("    stream: s%d" % (i % 5))
    inv.append('    branches: ["packet/p%02d"]' % i)
    if i >= 5:
        inv.append("    after: [p%02d]" % (i - 5))
    inv.append("    gates: [unit]")
inv.append("checkpoints:")
for c in range(5):
    inv.append("  - id: cp-%d" % c)
    inv.append("    after: [p%02d]" % (c * 10 + 4))
    inv.append("    due: %d" % (20 + c * 30))
    inv.append("    gates: [unit, lint]")
inv.append("gates:")
inv.append("  - id: unit\n    run: \"true\"\n  - id: lint\n    run: \"true\"")
inventory = "\n".join(inv) + "\n"

files["tollgate.yml"] = [inventory]
files["shared.txt"] = ["shared %d\n" % i for i in range(200)]
main = commit("refs/heads/main", "init", [], {"tollgate.yml": files["tollgate.yml"], "shared.txt": files["shared.txt"]})

per_packet = (a.commits - 1) * 7 // 10 // P  # about 70 % of the commits are packet work
branch_tips = {}
for i in range(P):
    if commits_made >= a.commits:
        break
    # Some main commits between packets.
    main_between = max(0, ((a.commits - 1) * 3 // 10) // P)
    for k in range(main_between):
        path = "main/m%02d.txt" % (k % 20)
        files.setdefault(path, []).append("main %d\n" % commits_made)
        main = commit("refs/heads/main", "main work %d" % commits_made, [main], {path: files[path]})
    ref = "refs/heads/packet/p%02d" % i
    tip = main
    own = "src/p%02d.txt" % i
    for k in range(per_packet - 1):
        files.setdefault(own, []).append("p%02d line %d\n" % (i, k))
        changes = {own: files[own]}
        if k % 10 == 0:
            # Rewrite a shared line now and then: rework for somebody.
            j = (i * 10 + k) % len(files["shared.txt"])
            files["shared.txt"][j] = "shared %d by p%02d/%d\n" % (j, i, k)
            changes["shared.txt"] = files["shared.txt"]
        tip = commit(ref, "p%02d work %d" % (i, k), [tip], changes)
    if i < P - 5:
        # fast-import takes a commit's tree from its first parent: the merge
        # must carry the branch's files itself.
        main = commit("refs/heads/main", "Merge branch 'packet/p%02d'" % i, [main, tip],
                      {own: files[own], "shared.txt": files["shared.txt"]})
    branch_tips[i] = tip
while commits_made < a.commits:
    path = "main/tail.txt"
    files.setdefault(path, []).append("tail %d\n" % commits_made)
    main = commit("refs/heads/main", "tail %d" % commits_made, [main], {path: files[path]})

# The notes: one record per noted commit.
mark += 1
out.append(b"commit refs/notes/tollgate\nmark :%d\n" % mark)
out.append(b"committer Bench <bench@example.com> %d +0000\n" % (T0 + tick * STEP))
data(b"records")
for n, (m, t) in enumerate(noted):
    rec = {"version": 1, "tool": "tollgate", "kind": "run", "time_unix": t, "verdict": "pass" if n % 7 else "fail",
           "packet": "", "gates": [{"id": "unit", "status": "passed" if n % 7 else "failed", "duration_s": 1.5},
                                  {"id": "lint", "status": "passed", "duration_s": 0.5}],
           "coverage": {"line": 70 + (n % 200) / 10.0}, "checkpoints": [], "triggers": []}
    line = json.dumps(rec, separators=(",", ":")) + "\n"
    out.append(b"N inline :%d\n" % m)
    data(line.encode())

subprocess.run(["git", "-C", a.dir, "fast-import", "--quiet"], input=b"".join(out), check=True)
subprocess.run(["git", "-C", a.dir, "checkout", "-q", "main"], check=True)
print("%d commits, %d packets, %d notes" % (commits_made, P, len(noted)))
