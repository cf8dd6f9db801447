#!/usr/bin/env python3
"""Generates the git benchmark repository with `git fast-import`.

    generate.py OUT_DIR [--files 100000] [--changed 20000] [--zones 1000] [--branches 20] [--renames 1000]

main: FILES files in mod<NN>/sub<M>/file<KKK>.<ext>, each with a dozen lines
of its own text. packet/p00 (checked out as HEAD, no work tree written) is
one commit touching CHANGED files: 60 % edits, 15 % additions, 10 %
deletions, 12.5 % exact renames, 2.5 % renames with an edit. packet/p01 ..
packet/pNN each edit a few hundred files of their own module plus a few of
the next packet's (so neighbours overlap), and every fifth one appends to a
shared registry file (so those conflict). packet/renames moves RENAMES files
to new names in new folders, each with an edit: its 1,000 deletions and
1,000 additions are all rename candidates of one another, so git's (and
tollgate's) rename detection scores the whole 1,000 x 1,000 matrix, at
diff.renameLimit's default. tollgate.yml names the packets and
ZONES patterns (anchored directories, extension globs, floating directories)
with every rule. Deterministic: the same arguments give the same repository.
"""

import argparse
import os
import subprocess
import sys

EXTS = ["c", "h", "py", "sql", "md"]
RULES = ["exclusive", "extend", "coordinate", "shared"]


def path_of(i, subs=10, per_sub=100):
    mod, rest = divmod(i, subs * per_sub)
    sub, k = divmod(rest, per_sub)
    return "mod%03d/sub%d/file%03d.%s" % (mod, sub, k, EXTS[i % len(EXTS)])


def content(i, extra=""):
    lines = ["// file %d: %s" % (i, path_of(i))]
    lines += ["line %d of file %d, value %d" % (n, i, (i * 7919 + n * 104729) % 1000003) for n in range(12)]
    return ("\n".join(lines) + "\n" + extra).encode()


class Stream:
    def __init__(self, proc):
        self.out = proc.stdin
        self.mark = 0

    def raw(self, text):
        self.out.write(text.encode() if isinstance(text, str) else text)

    def data(self, payload):
        self.raw("data %d\n" % len(payload))
        self.raw(payload)
        self.raw("\n")

    def commit(self, ref, message, parent, when):
        self.mark += 1
        self.raw("commit %s\nmark :%d\n" % (ref, self.mark))
        self.raw("author Bench <bench@example.com> %d +0000\n" % when)
        self.raw("committer Bench <bench@example.com> %d +0000\n" % when)
        self.data(message.encode())
        if parent:
            self.raw("from :%d\n" % parent)
        return self.mark

    def put(self, path, payload):
        self.raw("M 100644 inline %s\n" % path)
        self.data(payload)

    def delete(self, path):
        self.raw("D %s\n" % path)

    def rename(self, old, new):
        self.raw('R "%s" "%s"\n' % (old, new))


def write_inventory(out_dir, args, modules):
    lines = ["version: 1", "project: git benchmark", "base: main", "packets:"]
    for p in range(args.branches):
        lines.append("  - id: p%02d" % p)
        lines.append('    branches: ["packet/p%02d", "packet/p%02d/*"]' % (p, p))
    lines.append("zones:")
    per_zone = 4
    for z in range(args.zones // per_zone):
        owner = "p%02d" % (z % args.branches)
        paths = []
        for j in range(per_zone):
            n = z * per_zone + j
            kind = n % 10
            if kind < 8:  # anchored directory: /modNN/subM/
                paths.append("/mod%03d/sub%d/" % ((n // 8) % modules, n % 10))
            elif kind == 8:  # extension glob inside a module
                paths.append("/mod%03d/**/*.%s" % ((n // 10) % modules, EXTS[(n // 10) % len(EXTS)]))
            else:  # floating directory name
                paths.append("gen%d/" % (n // 10))
        lines.append("  - name: zone-%d" % z)
        lines.append("    paths: [%s]" % ", ".join('"%s"' % p for p in paths))
        lines.append("    owner: %s" % owner)
        lines.append("    rule: %s" % RULES[z % len(RULES)])
    with open(os.path.join(out_dir, "tollgate.yml"), "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=100000)
    ap.add_argument("--changed", type=int, default=20000)
    ap.add_argument("--zones", type=int, default=1000)
    ap.add_argument("--branches", type=int, default=20)
    ap.add_argument("--renames", type=int, default=1000)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL="/dev/null", HOME=args.out)
    subprocess.run(["git", "init", "-q", "-b", "main", args.out], check=True, env=env)
    proc = subprocess.Popen(["git", "-C", args.out, "fast-import", "--quiet"], stdin=subprocess.PIPE, env=env)
    s = Stream(proc)
    t = 1700000000

    base = s.commit("refs/heads/main", "base: %d files\n" % args.files, None, t)
    for i in range(args.files):
        s.put(path_of(i), content(i))

    # packet/p00: the big change, spread over the whole tree.
    s.commit("refs/heads/packet/p00", "p00: a large refactor\n\nPacket: p00\n", base, t + 60)
    n = args.changed
    step = max(1, args.files // n)
    picked = [i * step for i in range(n)]
    edits, adds, dels = int(n * 0.60), int(n * 0.15), int(n * 0.10)
    exact = int(n * 0.125)
    edited_renames = n - edits - adds - dels - exact
    at = 0
    for i in picked[at:at + edits]:
        s.put(path_of(i), content(i, "edited by p00\n"))
    at += edits
    for k in range(adds):
        s.put("added/part%02d/new%05d.c" % (k % 50, k), content(args.files + k))
    # the picked slots of the additions stay untouched; deletions come next
    at += adds
    for i in picked[at:at + dels]:
        s.delete(path_of(i))
    at += dels
    for i in picked[at:at + exact]:
        s.rename(path_of(i), "moved/" + path_of(i))
    at += exact
    for i in picked[at:at + edited_renames]:
        s.delete(path_of(i))
        s.put("renamed/" + path_of(i), content(i, "and edited\n"))

    # packet/p01..: a few hundred files of their own module plus the next one's.
    modules = max(1, args.files // 1000)
    for p in range(1, args.branches):
        s.commit("refs/heads/packet/p%02d" % p, "p%02d work\n\nPacket: p%02d\n" % (p, p), base, t + 120 + p)
        own = (p * 5) % modules
        for k in range(300):
            i = own * 1000 + k * 3
            if i < args.files:
                s.put(path_of(i), content(i, "p%02d was here\n" % p))
        neighbour = (((p + 1) * 5) % modules) * 1000
        for k in range(5):
            i = neighbour + k * 3
            if i < args.files:
                s.put(path_of(i), content(i, "p%02d touched a neighbour\n" % p))
        if p % 5 == 0:
            s.put("shared/registry.txt", ("registered by p%02d\n" % p).encode())

    # packet/renames: edited renames only; no basename survives the move, so
    # every pair goes through the similarity matrix.
    s.commit("refs/heads/packet/renames", "renames: move and edit\n\nPacket: p01\n", base, t + 300)
    count = min(args.renames, args.files // 2)
    stride = max(1, args.files // max(1, count))
    for r in range(count):
        i = r * stride + stride // 2
        s.delete(path_of(i))
        s.put("relocated/part%02d/moved%04d.%s" % (r % 40, r, EXTS[i % len(EXTS)]), content(i, "moved and edited\n"))

    proc.stdin.close()
    if proc.wait() != 0:
        sys.exit("git fast-import failed")
    subprocess.run(["git", "-C", args.out, "symbolic-ref", "HEAD", "refs/heads/packet/p00"], check=True, env=env)
    write_inventory(args.out, args, modules)


if __name__ == "__main__":
    main()
