"""Documentation check (checkpoint cp-4 "Documentation complete").

Every module and every public function and class of ticket/ needs a
docstring, and README.md must exist. Prints `documented=P%`; exits 1 below 100.
"""

import ast
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def public_definitions(tree):
    yield "module", tree
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and not node.name.startswith("_"):
            yield node.name, node


def main():
    total, missing = 0, []
    package = os.path.join(ROOT, "ticket")
    for name in sorted(os.listdir(package)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(package, name), encoding="utf-8") as f:
            tree = ast.parse(f.read())
        for what, node in public_definitions(tree):
            total += 1
            if ast.get_docstring(node) is None:
                missing.append("ticket/%s: %s has no docstring" % (name, what))
    if not os.path.exists(os.path.join(ROOT, "README.md")):
        missing.append("README.md is missing")
        total += 1
    for problem in missing:
        print("docs: " + problem, file=sys.stderr)
    documented = total - len(missing)
    print("documented=%.1f%% (%d of %d)" % (100.0 * documented / total, documented, total))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
