"""API contract check (checkpoint cp-2, "API Contract Lock").

Verifies that ticket/openapi.json and the code agree: every route the API
serves is in the spec and every spec path is served (spec finalized); every
path the frontend's api_client.js calls is in the spec (frontend/backend
aligned); every mock in frontend/mocks/ and a live response fit the response
schemas (mocks available).
"""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ticket import api  # noqa: E402
from ticket.sample import seeded  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = {"string": str, "integer": int, "array": list, "object": dict}


def resolve(spec, schema):
    while "$ref" in schema:
        node = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def conforms(spec, schema, value, where):
    """Problems of `value` against a (small subset of) JSON Schema."""
    schema = resolve(spec, schema)
    expected = TYPES.get(schema.get("type"))
    if expected and not (isinstance(value, expected) and not isinstance(value, bool)):
        return ["%s: expected %s" % (where, schema["type"])]
    problems = []
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                problems.append("%s: missing '%s'" % (where, key))
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                problems += conforms(spec, sub, value[key], where + "." + key)
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            problems += conforms(spec, schema["items"], item, "%s[%d]" % (where, i))
    return problems


def json_schema(spec, path):
    content = spec["paths"][path]["get"]["responses"]["200"]["content"]
    return content.get("application/json", {}).get("schema")


def main():
    with open(os.path.join(ROOT, "ticket", "openapi.json")) as f:
        spec = json.load(f)
    problems = []
    served = {template for _, template, _ in api.ROUTES}
    documented = set(spec["paths"])
    problems += ["served but not in the spec: " + p for p in sorted(served - documented)]
    problems += ["in the spec but not served: " + p for p in sorted(documented - served)]

    with open(os.path.join(ROOT, "frontend", "src", "api_client.js")) as f:
        called = set(re.findall(r"apiPath\('([^']+)'", f.read()))
    problems += ["frontend calls a path not in the spec: " + p
                 for p in sorted(called - documented)]

    mocks_dir = os.path.join(ROOT, "frontend", "mocks")
    mocks = sorted(os.listdir(mocks_dir))
    for name in mocks:
        with open(os.path.join(mocks_dir, name)) as f:
            mock = json.load(f)
        schema = json_schema(spec, mock["path"])
        problems += conforms(spec, schema, mock["body"], "mock " + name)

    conn = seeded()
    status, body = api.handle(conn, "GET", "/allocations?month=2025-01")
    if status != 200:
        problems.append("live /allocations: HTTP %d" % status)
    else:
        problems += conforms(spec, json_schema(spec, "/allocations"), json.loads(body),
                             "live /allocations")

    for problem in problems:
        print("contract: " + problem, file=sys.stderr)
    print("contract: %d paths, %d frontend calls, %d mocks, %d problems"
          % (len(documented), len(called), len(mocks), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
