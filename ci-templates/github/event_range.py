#!/usr/bin/env python3
"""Which commits a GitHub Actions run should judge, from its event payload.

Used by action.yml (and usable on its own): reads GITHUB_EVENT_NAME and the
JSON at GITHUB_EVENT_PATH, and appends `base`, `head` and `trusted-inventory`
to $GITHUB_OUTPUT.

  pull_request, pull_request_target  base = pull_request.base.sha, head = pull_request.head.sha
  merge_group                        base = merge_group.base_sha,  head = merge_group.head_sha
  push                               base = before (empty for a new branch: tollgate
                                     then uses the merge base with the inventory's base),
                                     head = after
  anything else                      base = INPUT_BASE (may be empty), head = GITHUB_SHA

INPUT_BASE / INPUT_HEAD (the action's inputs) override what the event says.
INPUT_TRUSTED_INVENTORY defaults to `base` on pull requests (a PR cannot weaken
its own gates, DESIGN §5.9) and to nothing elsewhere.

Exit codes: 0 resolved; 3 the GitHub environment is missing or wrong (a
variable unset, the payload unreadable or without the SHAs the event must carry).
"""
import json
import os
import re
import sys

SHA = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")


def fail(message, hint=None):
    print(f"tollgate: error: {message}", file=sys.stderr)
    if hint:
        print(f"tollgate: hint: {hint}", file=sys.stderr)
    sys.exit(3)


def env(name, hint):
    value = os.environ.get(name, "")
    if not value:
        fail(f"{name} is not set", hint)
    return value


def sha_at(payload, path, event):
    node = payload
    for key in path.split("."):
        node = node.get(key) if isinstance(node, dict) else None
    if not isinstance(node, str) or not SHA.match(node):
        fail(f"the {event} event payload has no commit id at '{path}' (found {node!r})",
             "this is not a genuine GitHub event payload; pass the action's base and head inputs instead")
    return node


def resolve(event, payload, input_base, input_head, github_sha):
    if event in ("pull_request", "pull_request_target"):
        base, head = sha_at(payload, "pull_request.base.sha", event), sha_at(payload, "pull_request.head.sha", event)
    elif event == "merge_group":
        base, head = sha_at(payload, "merge_group.base_sha", event), sha_at(payload, "merge_group.head_sha", event)
    elif event == "push":
        base, head = sha_at(payload, "before", event), sha_at(payload, "after", event)
        if set(base) == {"0"}:
            base = ""  # a new branch: tollgate diffs against the merge base with the inventory's base
    else:
        base, head = "", github_sha
    return input_base or base, input_head or head


def main():
    hint = "run this inside a GitHub Actions job (or set the variable as GitHub does)"
    output = env("GITHUB_OUTPUT", hint)
    input_base = os.environ.get("INPUT_BASE", "").strip()
    input_head = os.environ.get("INPUT_HEAD", "").strip()
    event = os.environ.get("GITHUB_EVENT_NAME", "")
    if input_base and input_head:
        base, head = input_base, input_head
    else:
        event = env("GITHUB_EVENT_NAME", hint + ", or pass both base and head")
        path = env("GITHUB_EVENT_PATH", hint + ", or pass both base and head")
        try:
            with open(path, encoding="utf-8") as f:
                payload = json.load(f)
        except OSError as e:
            fail(f"cannot read GITHUB_EVENT_PATH '{path}': {e.strerror}", hint)
        except ValueError as e:
            fail(f"GITHUB_EVENT_PATH '{path}' is not JSON: {e}", hint)
        if not isinstance(payload, dict):
            fail(f"GITHUB_EVENT_PATH '{path}' does not hold a JSON object", hint)
        github_sha = os.environ.get("GITHUB_SHA", "")
        if event not in ("pull_request", "pull_request_target", "merge_group", "push") and not input_head:
            github_sha = env("GITHUB_SHA", hint)
        base, head = resolve(event, payload, input_base, input_head, github_sha)
    trusted = os.environ.get("INPUT_TRUSTED_INVENTORY", "").strip()
    if not trusted and event in ("pull_request", "pull_request_target"):
        trusted = "base"
    print(f"tollgate: {event or 'inputs'}: base {base or '(merge base with the inventory base)'}, head {head}")
    try:
        with open(output, "a", encoding="utf-8") as f:
            f.write(f"base={base}\nhead={head}\ntrusted-inventory={trusted}\n")
    except OSError as e:
        fail(f"cannot append to GITHUB_OUTPUT '{output}': {e.strerror}", hint)


if __name__ == "__main__":
    main()
