#!/usr/bin/env python3
"""Generates an lcov tracefile and a Cobertura XML report of about SIZE_MB
each, describing the same synthetic C project, for bench/coverage/run.sh.

    gen_reports.py OUT_DIR SIZE_MB

Files look like gcc/lcov and gcovr output: ~70 % of lines coverable, a
quarter of those never run, ~15 % carry 2 or 4 branches, a function every
~25 lines. Deterministic (fixed seed), so figures are reproducible.
"""
import os
import random
import sys


def project(seed):
    """Yields (path, lines, branches, functions) per file, forever."""
    rnd = random.Random(seed)
    index = 0
    while True:
        index += 1
        path = "/build/ci/src/mod%03d/file%06d.c" % (index % 97, index)
        n = rnd.randint(200, 800)
        lines = []
        branches = []
        functions = []
        for line in range(1, n + 1):
            if rnd.random() > 0.7:
                continue
            hits = 0 if rnd.random() < 0.25 else rnd.randint(1, 5000)
            lines.append((line, hits))
            if rnd.random() < 0.15:
                for b in range(2 if rnd.random() < 0.8 else 4):
                    taken = "-" if hits == 0 else (0 if rnd.random() < 0.3 else rnd.randint(1, hits))
                    branches.append((line, 0, b, taken))
            if line % 25 == 1:
                functions.append(("fn_%d_%d" % (index, line), line, hits))
        yield path, lines, branches, functions


def write_lcov(path, size):
    with open(path, "w") as out:
        for name, lines, branches, functions in project(1):
            parts = ["TN:\nSF:%s\n" % name]
            parts += ["FN:%d,%s\n" % (l, f) for f, l, _ in functions]
            parts += ["FNDA:%d,%s\n" % (h, f) for f, _, h in functions]
            parts.append("FNF:%d\nFNH:%d\n" % (len(functions), sum(1 for f in functions if f[2])))
            parts += ["DA:%d,%d\n" % lh for lh in lines]
            parts += ["BRDA:%d,%d,%d,%s\n" % b for b in branches]
            parts.append("LF:%d\nLH:%d\nend_of_record\n" % (len(lines), sum(1 for _, h in lines if h)))
            out.write("".join(parts))
            if out.tell() >= size:
                return


def write_cobertura(path, size):
    totals = [0, 0, 0, 0]  # lines valid, covered, branches valid, covered
    with open(path, "w") as out:
        header_at = len('<?xml version="1.0" ?>\n')
        out.write('<?xml version="1.0" ?>\n')
        out.write('<coverage lines-valid="%020d" lines-covered="%020d" branches-valid="%020d" '
                  'branches-covered="%020d" line-rate="0" branch-rate="0" version="bench">\n' % (0, 0, 0, 0))
        out.write("<sources><source>/build/ci</source></sources>\n<packages><package name=\"src\"><classes>\n")
        for name, lines, branches, functions in project(1):
            per_line = {}
            for line, _, _, taken in branches:
                c, t = per_line.get(line, (0, 0))
                per_line[line] = (c + (1 if taken not in ("-", 0) else 0), t + 1)
            parts = ['<class name="%s" filename="%s" line-rate="0" branch-rate="0"><methods/><lines>\n'
                     % (os.path.basename(name), name[len("/build/ci/"):])]
            for line, hits in lines:
                totals[0] += 1
                totals[1] += 1 if hits else 0
                if line in per_line:
                    c, t = per_line[line]
                    totals[2] += t
                    totals[3] += c
                    parts.append('<line number="%d" hits="%d" branch="true" condition-coverage="%d%% (%d/%d)"/>\n'
                                 % (line, hits, c * 100 // t, c, t))
                else:
                    parts.append('<line number="%d" hits="%d" branch="false"/>\n' % (line, hits))
            parts.append("</lines></class>\n")
            out.write("".join(parts))
            if out.tell() >= size:
                break
        out.write("</classes></package></packages></coverage>\n")
        out.seek(header_at)
        out.write('<coverage lines-valid="%020d" lines-covered="%020d" branches-valid="%020d" '
                  'branches-covered="%020d"' % tuple(totals))


def main():
    out_dir, size_mb = sys.argv[1], float(sys.argv[2])
    os.makedirs(out_dir, exist_ok=True)
    size = int(size_mb * 1024 * 1024)
    write_lcov(os.path.join(out_dir, "big.info"), size)
    write_cobertura(os.path.join(out_dir, "big.xml"), size)


if __name__ == "__main__":
    main()
