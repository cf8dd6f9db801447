#!/usr/bin/env python3
"""Fails when two areas of the code include each other, directly or round a loop.

An area is a folder under runner/ (runner/git, runner/zones, ...) or gates/.
Every `#include "runner/<area>/..."` or `#include "gates/..."` in a source of
another area is an edge. The area graph must have no cycle, so each area can
be read, tested and changed knowing only the areas below it.

Edges listed in the allowlist (known_area_edges.txt: "from -> to", '#'
comments) are the known ones still being removed; they are left out before
looking for cycles, so any cycle not broken by them fails the test. An
allowlisted edge that no longer exists is reported, to be deleted from the
list. On success the script prints the areas in dependency order, lowest
first, one layer a line (ARCHITECTURE.md draws it).

Usage: area_cycles.py SOURCE_DIR [ALLOWLIST]
"""

import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*"(runner/([a-z0-9_]+)/|gates/)[^"]*"', re.MULTILINE)
SUFFIXES = {".hpp", ".cpp", ".h", ".inc"}


def area_of(path: pathlib.Path, root: pathlib.Path) -> str:
    parts = path.relative_to(root).parts
    if parts[0] == "gates":
        return "gates"
    return parts[1] if len(parts) > 2 else "main"  # runner/main.cpp sits above every area


def read_edges(root: pathlib.Path) -> dict:
    """{(from, to): [file, ...]} over every include between two areas."""
    edges: dict = {}
    for top in ("runner", "gates"):
        for path in sorted((root / top).rglob("*")):
            if path.suffix not in SUFFIXES or not path.is_file():
                continue
            source = area_of(path, root)
            text = path.read_text(encoding="utf-8", errors="replace")
            for match in INCLUDE.finditer(text):
                target = "gates" if match.group(1) == "gates/" else match.group(2)
                if target != source:
                    edges.setdefault((source, target), []).append(str(path.relative_to(root)))
    return edges


def read_allowlist(path: pathlib.Path) -> set:
    allowed = set()
    if not path.exists():
        return allowed
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("->")]
        if len(parts) != 2 or not all(parts):
            sys.exit(f"{path}:{number}: expected 'from -> to', got {line!r}")
        allowed.add((parts[0], parts[1]))
    return allowed


def find_cycle(nodes: list, graph: dict):
    """One cycle as a list of areas (first == last), or None."""
    state = {n: 0 for n in nodes}  # 0 unseen, 1 on the path, 2 done
    path: list = []

    def visit(node):
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state[nxt] == 1:
                return path[path.index(nxt):] + [nxt]
            if state[nxt] == 0:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in nodes:
        if state[node] == 0:
            found = visit(node)
            if found:
                return found
    return None


def layers(nodes: list, graph: dict) -> list:
    """Areas in dependency order: each layer includes only layers before it."""
    remaining = set(nodes)
    out = []
    while remaining:
        layer = sorted(n for n in remaining if not (graph.get(n, set()) & remaining))
        out.append(layer)
        remaining -= set(layer)
    return out


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1]).resolve()
    allow_path = pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else pathlib.Path(__file__).with_name(
        "known_area_edges.txt")
    edges = read_edges(root)
    allowed = read_allowlist(allow_path)

    for stale in sorted(allowed - set(edges)):
        print(f"note: allowlisted edge {stale[0]} -> {stale[1]} no longer exists; delete it from {allow_path.name}")

    nodes = sorted({a for edge in edges for a in edge})
    graph: dict = {}
    for (source, target) in edges:
        if (source, target) not in allowed:
            graph.setdefault(source, set()).add(target)

    cycle = find_cycle(nodes, graph)
    if cycle:
        print("error: the areas include each other: " + " -> ".join(cycle))
        for source, target in zip(cycle, cycle[1:]):
            files = edges[(source, target)]
            print(f"  {source} -> {target}: " + ", ".join(files[:5]) + (" …" if len(files) > 5 else ""))
        print("Move the shared piece into the lower area (or a new one) so includes go one way.")
        return 1

    print("area order, lowest first (each includes only areas on lines above it):")
    for layer in layers(nodes, graph):
        print("  " + " ".join(layer))
    if allowed & set(edges):
        print(f"{len(allowed & set(edges))} allowlisted edge(s) still to remove: " +
              ", ".join(f"{s} -> {t}" for s, t in sorted(allowed & set(edges))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
