"""The checkpoint tools themselves are code: they get tests too."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))

import bug_scan  # noqa: E402
import check_docs  # noqa: E402
import check_openapi  # noqa: E402
import perf  # noqa: E402


def test_bug_scan_finds_formatted_sql_unless_explained():
    source = ('def f(conn, name):\n'
              '    conn.execute("SELECT * FROM t WHERE n = \'%s\'" % name)\n'
              '    conn.execute(f"DROP TABLE {name}")  # nosec: test fixture\n'
              '    try:\n        eval(name)\n    except:\n        pass\n')
    found = [(s, line) for s, _, line, _ in bug_scan.scan_source("x.py", source)]
    assert found == [("critical", 2), ("critical", 5), ("high", 6)]


def test_bug_scan_of_the_package_is_clean(capsys):
    assert bug_scan.main(["ticket"]) == 0
    assert "critical=0 high=0" in capsys.readouterr().out


def test_contract_matches_code_frontend_and_mocks(capsys):
    assert check_openapi.main() == 0
    assert "3 paths, 3 frontend calls, 2 mocks, 0 problems" in capsys.readouterr().out


def test_contract_check_reports_schema_violations():
    spec = {"components": {"schemas": {"A": {"type": "object", "required": ["n"],
                                             "properties": {"n": {"type": "integer"}}}}}}
    schema = {"type": "array", "items": {"$ref": "#/components/schemas/A"}}
    assert check_openapi.conforms(spec, schema, [{"n": 1}], "x") == []
    assert check_openapi.conforms(spec, schema, [{}, {"n": "1"}], "x") == [
        "x[0]: missing 'n'", "x[1].n: expected integer"]


def test_docs_are_complete(capsys):
    assert check_docs.main() == 0
    assert "documented=100.0%" in capsys.readouterr().out


def test_perf_prints_p95(capsys):
    assert perf.main(["--target", "api", "--runs", "5", "--employees", "2"]) == 0
    assert perf.main(["--target", "db", "--runs", "5", "--employees", "2"]) == 0
    assert capsys.readouterr().out.count("p95=") == 2
