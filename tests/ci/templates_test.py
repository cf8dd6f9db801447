#!/usr/bin/env python3
"""Every CI template parses, and every tollgate verb and flag it uses exists.

Usage: templates_test.py TOLLGATE_BINARY SOURCE_DIR

Scans ci-templates/ (GitHub workflows, GitLab CI, hook scripts) and action.yml:
YAML files must parse; every `tollgate VERB --flag` in their shell text must
be accepted by the built binary (checked against `tollgate VERB --help`); every
`with:` key given to the tollgate action must be an input of action.yml.

Verbs and flags still being built elsewhere are listed in PENDING with the
reason. They are reported on every run, and the test FAILS once one of them
works, so the list cannot go stale and nothing is skipped silently.
"""
import re
import subprocess
import sys
from pathlib import Path

import yaml

# (verb, flag or None for the verb itself) -> why it is not checked yet.
PENDING = {
    ("check", None): "`check` is being built on wt/check (issue: the verdict); lands on main later",
    ("report", None): "`report` is being built on wt/report",
    ("run", "--record"): "`--record` (git notes) is being built with `report`",
}

GLOBAL_WITH_VALUE = {"-C", "--inventory", "--color"}
SUB_VERBS = {"hook": {"install", "uninstall"}}


def shell_texts(node):
    """All strings under run:/script:/before_script:/after_script: keys."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("run", "script", "before_script", "after_script"):
                if isinstance(value, str):
                    yield value
                elif isinstance(value, list):
                    yield from (v for v in value if isinstance(v, str))
            else:
                yield from shell_texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from shell_texts(item)


def action_steps(node):
    """Every step with a `uses:`."""
    if isinstance(node, dict):
        if isinstance(node.get("uses"), str):
            yield node
        for v in node.values():
            yield from action_steps(v)
    elif isinstance(node, list):
        for v in node:
            yield from action_steps(v)


def set_invocations(text):
    """action.yml builds its command line with `set -- VERB …` and `set -- "$@" --flag …`."""
    verb = None
    for line in text.splitlines():
        m = re.search(r'\bset -- (.*)', line)
        if not m:
            continue
        words = [w for w in m.group(1).split() if w.startswith("-") or re.match(r"^[a-z][a-z-]*$", w)]
        if m.group(1).startswith('"$@"'):
            if verb:
                yield verb, [w for w in words if w.startswith("-")]
        elif words and not words[0].startswith("-"):
            verb = words[0]
            yield verb, [w for w in words[1:] if w.startswith("-")]
        elif verb:
            # `set -- --inventory FILE "$@"`: global options before the verb
            yield verb, []


def invocations(text):
    """(verb, [flags]) for each tollgate call in a shell text."""
    yield from set_invocations(text)
    text = text.replace("\\\n", " ")
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue  # comments describe, they do not call
        # In an echo, only a command substitution calls tollgate; the rest is prose.
        pattern = r'(?:^|[\s;&|(`$])' if "echo" not in line else r'\$\('
        for m in re.finditer(pattern + r'(?:"\$TOLLGATE"|"\$tollgate"|tollgate)\s+([^;&|)`>]*)', line):
            words = m.group(1).split()
            verb, flags, i = None, [], 0
            while i < len(words):
                w = words[i]
                if verb is None and w in GLOBAL_WITH_VALUE:
                    i += 2
                    continue
                if verb is None and not w.startswith("-"):
                    if not re.match(r"^[a-z][a-z-]*$", w):
                        break  # not a verb: e.g. prose in an echo
                    verb = w
                elif verb in SUB_VERBS and w in SUB_VERBS[verb]:
                    verb = verb + " " + w
                elif w.startswith("-") and w != "-" and verb is not None:
                    flags.append(w.split("=", 1)[0])
                i += 1
            if verb is not None:
                yield verb, flags


def help_text(tollgate, verb):
    r = subprocess.run([tollgate, *verb.split(), "--help"], capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr


def self_test(tollgate):
    """The extraction and the flag check themselves, on known snippets."""
    cases = {
        'tollgate run --shard "$X" --report-dir out': [("run", ["--shard", "--report-dir"])],
        'echo "matrix=$(tollgate plan --format github-matrix --shards 4)" >> "$GITHUB_OUTPUT"':
            [("plan", ["--format", "--shards"])],
        'echo "tollgate: push rejected"': [],
        '# installed by tollgate hook install': [],
        'tollgate -C dir --inventory x.yml hook install --hook pre-push': [("hook install", ["--hook"])],
        'set -- check --head "$H"\n[ -n "$B" ] && set -- "$@" --base "$B"': [("check", ["--head"]), ("check", ["--base"])],
    }
    for text, want in cases.items():
        got = list(invocations(text.replace("\\n", "\n")))
        assert got == want, f"self-test: {text!r} gave {got}, want {want}"
    code, help_out = help_text(tollgate, "run")
    assert code == 0 and "--shard" in help_out and "--no-such-flag" not in help_out, "self-test: run --help"


def main():
    tollgate, source = sys.argv[1], Path(sys.argv[2])
    self_test(tollgate)
    action_inputs = set(yaml.safe_load((source / "action.yml").read_text())["inputs"])
    files = sorted(p for p in (source / "ci-templates").rglob("*") if p.is_file()) + [source / "action.yml"]
    failures, pending_seen, checked = [], set(), 0
    for path in files:
        rel = path.relative_to(source)
        if path.suffix in (".yml", ".yaml"):
            try:
                doc = yaml.safe_load(path.read_text())
            except yaml.YAMLError as e:
                failures.append(f"{rel}: does not parse: {e}")
                continue
            texts = list(shell_texts(doc))
            for step in action_steps(doc):
                uses = step["uses"]
                if re.search(r"(^\./?$|/tollgate@)", uses):
                    for key in (step.get("with") or {}):
                        if key not in action_inputs:
                            failures.append(f"{rel}: the tollgate action has no input '{key}'")
        elif path.suffix == ".py":
            continue
        else:
            texts = [path.read_text()]
        for text in texts:
            for verb, flags in invocations(text):
                checked += 1
                if (verb, None) in PENDING:
                    pending_seen.add((verb, None))
                    continue
                code, help_out = help_text(tollgate, verb)
                if code != 0 or "not implemented" in help_out:
                    failures.append(f"{rel}: uses `tollgate {verb}`, which this tollgate lacks")
                    continue
                for flag in flags:
                    if (verb, flag) in PENDING:
                        pending_seen.add((verb, flag))
                        continue
                    if not re.search(r"(^|[\s,])" + re.escape(flag) + r"\b", help_out):
                        failures.append(f"{rel}: `tollgate {verb} {flag}`: no such flag in `tollgate {verb} --help`")
    # Pending items must still be missing: once they work, the list must shrink.
    for (verb, flag), why in sorted(PENDING.items(), key=str):
        code, help_out = help_text(tollgate, verb)
        exists = code == 0 and "not implemented" not in help_out
        if flag is not None:
            exists = exists and re.search(r"(^|[\s,])" + re.escape(flag) + r"\b", help_out) is not None
        name = f"tollgate {verb}" + (f" {flag}" if flag else "")
        if exists:
            failures.append(f"PENDING lists `{name}`, which now exists: remove it from PENDING so it is checked")
        elif (verb, flag) in pending_seen:
            print(f"PENDING (not checked yet): `{name}`: {why}")
    print(f"checked {checked} tollgate invocation(s) in {len(files)} file(s)")
    for f in failures:
        print(f"FAIL: {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
