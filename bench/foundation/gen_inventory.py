#!/usr/bin/env python3
"""Generates a large, valid, acyclic tollgate inventory inside a git repository.

    gen_inventory.py DIR PACKETS

Proportions (per 1,000 packets): 3,000 gates, 200 zones, 20 checkpoints,
10 streams; every packet names 1-4 earlier packets (sometimes a checkpoint)
in `after`, drawn mostly from the recent past like a real plan's waves, with a
few long-range edges, so fan-in and depth are realistic. The inventory is
split into include files of 1,000 packets each (as a team keeping one file
per group of packets would), and each zone has a real file in the repository
so the zone checks over `git ls-files` have work to do. Deterministic: the
same arguments give the same bytes.
"""

import os
import random
import subprocess
import sys

PACKETS_PER_FILE = 1000


def packet_id(i):
    return "p%05d" % i


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    out, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(n)
    n_streams = max(1, n // 100)
    n_zones = n // 5
    n_checkpoints = n // 50
    os.makedirs(os.path.join(out, "inventory"), exist_ok=True)

    # Checkpoint k comes after packets near position (k+1) * 50; packets after
    # that position may wait for it, which keeps the graph acyclic.
    cp_after = {}
    for k in range(n_checkpoints):
        hi = min(n - 1, (k + 1) * 50 - 1)
        cp_after[k] = sorted({rng.randrange(max(0, hi - 40), hi + 1) for _ in range(3)})

    root = [
        "version: 1",
        "project: Generated benchmark inventory (%d packets)" % n,
        "base: main",
        "start: 2025-01-06",
        "include: [inventory/*.yml]",
        "streams:",
    ]
    for s in range(n_streams):
        root.append("  s%03d: {title: Stream %d, agents: %d, priority: high}" % (s, s, 2 + s % 3))
    root.append("triggers:")
    root += ["  - {when: coverage < 80, action: block, severity: high, message: block-deployment}",
             "  - {when: g00000-a.p95_ms > 500, action: warn, message: performance-review}",
             "  - {when: packet.delay > 4h, action: notify, message: escalate-to-lead}"]
    with open(os.path.join(out, "tollgate.yml"), "w") as f:
        f.write("\n".join(root) + "\n")

    for start in range(0, n, PACKETS_PER_FILE):
        lines = ["packets:"]
        gates = ["gates:"]
        for i in range(start, min(n, start + PACKETS_PER_FILE)):
            after = set()
            if i:
                for _ in range(rng.randint(1, 4)):
                    if rng.random() < 0.9:
                        after.add(packet_id(rng.randrange(max(0, i - 200), i)))
                    else:
                        after.add(packet_id(rng.randrange(0, i)))
            ready = [k for k in range(n_checkpoints) if cp_after[k][-1] < i]
            if ready and rng.random() < 0.1:
                after.add("cp-%04d" % rng.choice(ready[-5:]))
            g = "g%05d" % i
            lines += [
                "  - id: %s" % packet_id(i),
                "    title: Work packet %d" % i,
                "    batch: \"%d\"" % (i // 100),
                "    priority: P%d" % (1 + i % 3),
                "    effort: %d-%dd" % (1 + i % 3, 2 + i % 3 + i % 2),
                "    stream: s%03d" % (i % n_streams),
                "    after: [%s]" % ", ".join(sorted(after)),
                "    branches: [\"packet/%s\", \"packet/%s/*\"]" % (packet_id(i), packet_id(i)),
                "    gates: [%s-a, %s-b]" % (g, g),
                "    tasks: [Design, Build, Test]",
            ]
            gates += [
                "  - id: %s-a" % g,
                "    run: python3 -m pytest -q tests/area%d" % (i % max(1, n_zones)),
                "    timeout: 5m",
                "    labels: [unit, batch-%d]" % (i // 100),
                "    metrics: {p95_ms: 'p95=([0-9.]+)ms'}",
                "  - id: %s-b" % g,
                "    run: [make, lint-%d]" % i,
                "    needs: [%s-a]" % g,
                "  - id: %s-c" % g,
                "    run: coverage run -m pytest && coverage xml -o build/cov-%d.xml" % i,
                "    coverage: {report: build/cov-%d.xml, min: 80}" % i,
                "    changed: [\"src/area%d/**\"]" % (i % max(1, n_zones)),
            ]
        name = "packets-%03d.yml" % (start // PACKETS_PER_FILE)
        with open(os.path.join(out, "inventory", name), "w") as f:
            f.write("\n".join(lines + gates) + "\n")

    rules = ["exclusive", "extend", "coordinate", "shared"]
    zones = ["zones:"]
    for z in range(n_zones):
        zones += [
            "  - name: Area %d" % z,
            "    paths: [\"src/area%d/\", \"docs/area%d.md\"]" % (z, z),
            "    owner: %s" % packet_id(z * 5 % n),
            "    rule: %s" % rules[z % 4],
            "    coordination: Interface contracts of area %d" % z,
        ]
    checkpoints = ["checkpoints:"]
    for k in range(n_checkpoints):
        checkpoints += [
            "  - id: cp-%04d" % k,
            "    title: Checkpoint %d" % k,
            "    after: [%s]" % ", ".join(packet_id(i) for i in cp_after[k]),
            "    due: %d" % (k + 1),
            "    blocker: true",
            "    gates: [g%05d-a]" % cp_after[k][0],
            "    criteria: [Tests pass, Reviewed]",
        ]
    with open(os.path.join(out, "inventory", "zones-and-checkpoints.yml"), "w") as f:
        f.write("\n".join(zones + checkpoints) + "\n")

    # The repository the zones describe: one module per area, one doc each.
    for z in range(n_zones):
        os.makedirs(os.path.join(out, "src", "area%d" % z), exist_ok=True)
        with open(os.path.join(out, "src", "area%d" % z, "mod.py"), "w") as f:
            f.write("AREA = %d\n" % z)
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    for z in range(n_zones):
        with open(os.path.join(out, "docs", "area%d.md" % z), "w") as f:
            f.write("# Area %d\n" % z)
    env = dict(os.environ, GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_NOSYSTEM="1",
               GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.invalid",
               GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="bench@example.invalid",
               GIT_AUTHOR_DATE="2025-01-06T09:00:00+0000",
               GIT_COMMITTER_DATE="2025-01-06T09:00:00+0000")
    if not os.path.isdir(os.path.join(out, ".git")):
        subprocess.run(["git", "init", "-q", "-b", "main", out], check=True, env=env)
    subprocess.run(["git", "-C", out, "add", "-A"], check=True, env=env)
    subprocess.run(["git", "-C", out, "commit", "-q", "--allow-empty", "-m", "generated"],
                   check=True, env=env)
    print("%s: %d packets, %d gates, %d zones, %d checkpoints, %d streams"
          % (out, n, 3 * n, n_zones, n_checkpoints, n_streams))
    return 0


if __name__ == "__main__":
    sys.exit(main())
