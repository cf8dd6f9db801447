#!/usr/bin/env python3
"""Runs action.yml's steps locally, as the GitHub runner would, on real temp repos.

Usage: action_steps_test.py TOLLGATE_BINARY SOURCE_DIR

Each scenario builds a real git repository, writes an event payload, points
the GITHUB_* variables at temp files and executes the composite action's
steps in order: `run:` steps with `bash --noprofile --norc -eo pipefail` (as
GitHub does) and their `env:` expressions evaluated; `if:` conditions
evaluated; `uses: actions/cache` answered as a cache hit whose install dir
holds the tollgate under test (so the build step is skipped, and only
syntax-checked). Then it checks outputs, exit codes and messages.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

TOLLGATE, SOURCE = str(Path(sys.argv[1]).resolve()), Path(sys.argv[2]).resolve()
ACTION = yaml.safe_load((SOURCE / "action.yml").read_text())
FAILURES = []

INVENTORY = """version: 1
project: Action test
base: main
packets:
  - id: foundation
    branches: ["packet/foundation"]
  - id: finance-ui
    branches: ["packet/finance-ui"]
zones:
  - name: Migrations
    paths: ["db/"]
    owner: foundation
    rule: exclusive
gates:
  - id: unit
    run: "true"
"""


def expect(cond, what):
    if not cond:
        FAILURES.append(what)
        print(f"FAIL: {what}")


def git(repo, *args, env):
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout.strip()


def parse_outputs(text):
    """GITHUB_OUTPUT syntax: name=value and name<<DELIM ... DELIM."""
    out, lines, i = {}, text.split("\n"), 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delim = line.split("<<", 1)
            value = []
            i += 1
            while i < len(lines) and lines[i] != delim:
                value.append(lines[i])
                i += 1
            out[name] = "\n".join(value)
        elif "=" in line:
            name, value = line.split("=", 1)
            out[name] = value
        i += 1
    return out


class Runner:
    """Executes the composite action's steps with a GitHub-like environment."""

    def __init__(self, tmp, workspace, event_name, payload, inputs=None, env_overrides=None, unset_output=False,
                 github=None):
        self.tmp = Path(tmp)
        self.github = github or {}
        self.unset_output = unset_output
        self.home = self.tmp / "home"
        install = self.home / ".cache/tollgate-action/install/bin"
        install.mkdir(parents=True)
        shutil.copy(TOLLGATE, install / "tollgate")
        self.inputs = {k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()}
        self.inputs.update(inputs or {})
        self.steps = {}
        self.path_additions = []
        self.env = {
            "HOME": str(self.home), "PATH": os.environ["PATH"], "LANG": "C.UTF-8",
            "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null", "NO_COLOR": "1",
            "GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(workspace),
            "GITHUB_ACTION_PATH": str(SOURCE), "RUNNER_TEMP": str(self.tmp / "runner-temp"),
            "GITHUB_STEP_SUMMARY": str(self.tmp / "step_summary.md"),
        }
        if event_name is not None:
            self.env["GITHUB_EVENT_NAME"] = event_name
        if payload is not None:
            event_path = self.tmp / "event.json"
            event_path.write_text(payload if isinstance(payload, str) else json.dumps(payload))
            self.env["GITHUB_EVENT_PATH"] = str(event_path)
        for k, v in (env_overrides or {}).items():
            if v is None:
                self.env.pop(k, None)
            else:
                self.env[k] = v
        self.workspace = workspace
        self.results = []

    def expr(self, text):
        def value(e):
            e = e.strip()
            if "||" in e:
                for part in e.split("||"):
                    v = value(part)
                    if v:
                        return v
                return ""
            if e.startswith("inputs."):
                return self.inputs.get(e[7:], "")
            if e == "github.action_path":
                return str(SOURCE)
            m = re.match(r"steps\.([\w-]+)\.outputs\.([\w-]+)$", e)
            if m:
                return self.steps.get(m.group(1), {}).get(m.group(2), "")
            if e.startswith("runner.") or e.startswith("github."):
                known = {"runner.os": "Linux", "runner.arch": "X64", "github.sha": "0" * 40}
                known.update(self.github)
                return known.get(e, "")
            raise AssertionError(f"expression not understood by the harness: {e}")
        return re.sub(r"\$\{\{(.*?)\}\}", lambda m: value(m.group(1)), str(text))

    def condition(self, cond):
        """`a == 'x'`, `a != 'x'`, and several of them joined with &&."""
        result = True
        for part in cond.split("&&"):
            m = re.match(r"^\s*([\w.-]+)\s*(==|!=)\s*'([^']*)'\s*$", part)
            assert m, f"if: not understood by the harness: {cond}"
            left = self.expr("${{ " + m.group(1) + " }}")
            result = result and (left == m.group(3)) == (m.group(2) == "==")
        return result

    def run(self):
        """Runs every step; returns the first failing step's (id, exit code), or None."""
        for step in ACTION["runs"]["steps"]:
            sid = step.get("id", "")
            if "if" in step and not self.condition(step["if"]):
                if "run" in step:  # skipped here, but must still be valid bash
                    r = subprocess.run(["bash", "-n"], input=step["run"], capture_output=True, text=True)
                    expect(r.returncode == 0, f"step {sid}: bash -n: {r.stderr}")
                continue
            if "uses" in step:
                expect(step["uses"].startswith("actions/cache@"), f"unexpected uses: {step['uses']}")
                self.steps[sid] = {"cache-hit": "true"}
                continue
            files = {name: self.tmp / f"{sid}.{name}" for name in ("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH")}
            env = dict(self.env)
            for name, f in files.items():
                f.write_text("")
                env[name] = str(f)
            if self.unset_output:
                env.pop("GITHUB_OUTPUT")
            env["PATH"] = ":".join(self.path_additions + [env["PATH"]])
            for k, v in (step.get("env") or {}).items():
                env[k] = self.expr(v)
            if sid == "deps" and not deps_installed(step["run"]):
                print("note: deps step not run: a package is missing here and it would call apt-get")
                continue
            r = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", self.expr(step["run"])],
                               cwd=self.workspace, env=env, capture_output=True, text=True)
            self.results.append((sid, r))
            self.steps[sid] = parse_outputs(files["GITHUB_OUTPUT"].read_text())
            self.path_additions += [p for p in files["GITHUB_PATH"].read_text().splitlines() if p]
            if r.returncode != 0:
                return sid, r
        return None

    def output(self, name):
        ref = ACTION["outputs"][name]["value"]
        return self.expr(ref)


def deps_installed(script):
    # The step installs the build role of the one package list.
    assert "deb-packages.sh\" build" in script, f"deps step does not install the build packages:\n{script}"
    pkgs = subprocess.run([str(SOURCE / "cmake-modules/deb-packages.sh"), "build"], capture_output=True, text=True,
                          check=True).stdout.split()
    for p in pkgs:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Status}", p], capture_output=True, text=True)
        if "install ok installed" not in r.stdout:
            return False
    return True


def make_repo(tmp, violate):
    repo = Path(tmp) / "repo"
    repo.mkdir()
    env = {"HOME": str(tmp), "PATH": os.environ["PATH"], "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
           "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "T",
           "GIT_COMMITTER_EMAIL": "t@example.com"}
    git(repo, "init", "-q", "-b", "main", env=env)
    (repo / "tollgate.yml").write_text(INVENTORY)
    (repo / "db").mkdir()
    (repo / "db/001.sql").write_text("create table t;\n")
    (repo / "README.md").write_text("demo\n")
    git(repo, "add", "-A", env=env)
    git(repo, "commit", "-q", "-m", "base", env=env)
    base = git(repo, "rev-parse", "HEAD", env=env)
    git(repo, "checkout", "-q", "-b", "packet/finance-ui", env=env)
    (repo / ("db/002.sql" if violate else "ui.txt")).write_text("x\n")
    git(repo, "add", "-A", env=env)
    git(repo, "commit", "-q", "-m", "change", env=env)
    head = git(repo, "rev-parse", "HEAD", env=env)
    return repo, base, head


def check_available():
    r = subprocess.run([TOLLGATE, "check", "--help"], capture_output=True, text=True)
    return r.returncode == 0 and "not implemented" not in r.stdout + r.stderr


def scenario(name, fn):
    print(f"--- {name}")
    with tempfile.TemporaryDirectory() as tmp:
        try:
            fn(tmp)
        except AssertionError as e:
            expect(False, f"{name}: {e}")


def pull_request(violate):
    def fn(tmp):
        repo, base, head = make_repo(tmp, violate)
        payload = {"pull_request": {"base": {"sha": base, "ref": "main"}, "head": {"sha": head}}}
        runner = Runner(tmp, repo, "pull_request", payload)
        failed = runner.run()
        rng = runner.steps.get("range", {})
        expect(rng.get("base") == base and rng.get("head") == head, f"pull_request: range outputs {rng}")
        expect(rng.get("trusted-inventory") == "base", "pull_request: trusted-inventory defaults to base")
        check = dict(runner.results).get("check")
        expect(check is not None, "pull_request: the check step ran")
        if not check_available():
            print("PENDING: `tollgate check` is not on this branch yet; the check step must still "
                  "record verdict=error and fail with tollgate's exit 2")
            expect(failed is not None and failed[0] == "check" and failed[1].returncode == 2,
                   f"pull_request: check step exit {failed and failed[1].returncode}")
            expect(runner.output("verdict") == "error", f"verdict output {runner.output('verdict')!r}")
            return
        want = 1 if violate else 0
        code = failed[1].returncode if failed else 0
        expect(code == want, f"pull_request violate={violate}: exit {code}, want {want}\n{check.stdout}{check.stderr}")
        expect(runner.output("verdict") == ("fail" if violate else "pass"), f"verdict {runner.output('verdict')}")
        for out in ("summary-path", "junit-path", "results-path"):
            expect((repo / runner.output(out)).is_file(), f"{out} {runner.output(out)} exists")
        summary = Path(runner.env["GITHUB_STEP_SUMMARY"])
        expect(summary.is_file() and "tollgate" in summary.read_text(), "step summary written")
        if violate:
            expect("::error file=db/002.sql" in check.stdout, f"annotation for db/002.sql in\n{check.stdout}")
    return fn


def merge_group(tmp):
    repo, base, head = make_repo(tmp, False)
    runner = Runner(tmp, repo, "merge_group", {"merge_group": {"base_sha": base, "head_sha": head,
                                                              "head_ref": "refs/heads/gh-readonly-queue/main/pr-1"}})
    runner.run()
    rng = runner.steps.get("range", {})
    expect(rng.get("base") == base and rng.get("head") == head, f"merge_group: range outputs {rng}")
    expect(rng.get("trusted-inventory") == "", "merge_group: no trusted-inventory by default")


def push_new_branch(tmp):
    repo, _, head = make_repo(tmp, False)
    runner = Runner(tmp, repo, "push", {"before": "0" * 40, "after": head})
    runner.run()
    rng = runner.steps.get("range", {})
    expect(rng.get("base") == "" and rng.get("head") == head, f"push of a new branch: range outputs {rng}")


def push_update(tmp):
    repo, base, head = make_repo(tmp, False)
    runner = Runner(tmp, repo, "push", {"before": base, "after": head})
    runner.run()
    rng = runner.steps.get("range", {})
    expect(rng.get("base") == base and rng.get("head") == head, f"push: range outputs {rng}")


def range_fails(event, payload, env_overrides, message, unset_output=False, step="range"):
    def fn(tmp):
        repo, _, _ = make_repo(tmp, False)
        runner = Runner(tmp, repo, event, payload, env_overrides=env_overrides, unset_output=unset_output)
        failed = runner.run()
        expect(failed is not None and failed[0] == step, f"the {step} step fails ({failed and failed[0]})")
        if failed:
            expect(failed[1].returncode == 3, f"exit 3, got {failed[1].returncode}: {failed[1].stderr}")
            expect(message in failed[1].stderr, f"message {message!r} in {failed[1].stderr!r}")
        expect("check" not in dict(runner.results), "check does not run after a failed range step")
    return fn


def inputs_override(tmp):
    repo, base, head = make_repo(tmp, False)
    runner = Runner(tmp, repo, None, None, inputs={"base": base, "head": head})
    runner.run()
    rng = runner.steps.get("range", {})
    expect(rng.get("base") == base and rng.get("head") == head, f"inputs base/head without an event: {rng}")


def install_only(tmp):
    repo, _, _ = make_repo(tmp, False)
    runner = Runner(tmp, repo, "schedule", {}, inputs={"run-check": "false"})
    failed = runner.run()
    expect(failed is None, f"run-check false: no step fails ({failed and failed[1].stderr})")
    expect(any(p.endswith("install/bin") for p in runner.path_additions), "tollgate's bin dir is added to PATH")
    ran = [sid for sid, _ in runner.results]
    expect("check" not in ran and "range" not in ran, f"run-check false runs neither range nor check: {ran}")


def release_tag(asset, want_step_failure):
    """On a release tag the action tries the release's package first."""
    def fn(tmp):
        import hashlib
        import http.server
        import threading
        repo, base, head = make_repo(tmp, False)
        www = Path(tmp) / "www"
        www.mkdir()
        deb = b"not really a package"
        if asset == "tampered":
            (www / "tollgate_0.1.0_trixie_amd64.deb").write_bytes(deb)
            (www / "SHA256SUMS").write_text(f"{'a' * 64}  tollgate_0.1.0_trixie_amd64.deb\n")
        else:  # a release with packages for other systems only
            (www / "SHA256SUMS").write_text(f"{hashlib.sha256(deb).hexdigest()}  tollgate_0.1.0_other_amd64.deb\n")

        class Quiet(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *a, **k):
                super().__init__(*a, directory=str(www), **k)

            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            payload = {"pull_request": {"base": {"sha": base, "ref": "main"}, "head": {"sha": head}}}
            runner = Runner(tmp, repo, "pull_request", payload,
                            github={"github.action_ref": "v0.1.0", "github.action_repository": "owner/tollgate"},
                            env_overrides={"TOLLGATE_RELEASE_URL": f"http://127.0.0.1:{server.server_address[1]}",
                                           "TOLLGATE_DISTRO": "trixie", "TOLLGATE_ARCH": "amd64",
                                           "TOLLGATE_APT_GET": "false", "TOLLGATE_DOWNLOAD_TIMEOUT": "10"})
            failed = runner.run()
        finally:
            server.shutdown()
            server.server_close()
        ran = [sid for sid, _ in runner.results]
        if want_step_failure:
            expect(failed is not None and failed[0] == "release" and failed[1].returncode == 3,
                   f"tampered release: the release step fails with exit 3 ({failed and failed[0]})")
            expect(failed is not None and "checksum mismatch" in failed[1].stderr,
                   f"tampered release: says checksum mismatch: {failed and failed[1].stderr}")
            expect(ran == ["release"], f"tampered release: nothing runs after it (no source build): {ran}")
        else:
            expect(runner.steps.get("release", {}).get("installed") == "false", "no asset: installed=false")
            expect(failed is None, f"no asset: the source path runs to the end ({failed and failed[1].stderr})")
            expect("check" in ran, f"no asset: check ran with the built tollgate: {ran}")
    return fn


def main():
    scenario("pull_request, clean change", pull_request(False))
    scenario("pull_request, zone violation", pull_request(True))
    scenario("merge_group", merge_group)
    scenario("push of a new branch", push_new_branch)
    scenario("push to an existing branch", push_update)
    scenario("inputs base and head without an event", inputs_override)
    scenario("install only", install_only)
    scenario("release tag with a tampered package", release_tag("tampered", True))
    scenario("release tag without a package for this system", release_tag("none", False))
    scenario("payload without base SHAs",
             range_fails("pull_request", {"pull_request": {"head": {"sha": "a" * 40}}}, {},
                         "no commit id at 'pull_request.base.sha'"))
    scenario("merge_group payload without base_sha",
             range_fails("merge_group", {"merge_group": {"head_sha": "a" * 40}}, {},
                         "no commit id at 'merge_group.base_sha'"))
    scenario("GITHUB_EVENT_PATH unset",
             range_fails("pull_request", None, {}, "GITHUB_EVENT_PATH is not set"))
    scenario("GITHUB_EVENT_PATH names no file",
             range_fails("pull_request", None, {"GITHUB_EVENT_PATH": "/nonexistent/event.json"},
                         "cannot read GITHUB_EVENT_PATH '/nonexistent/event.json'"))
    scenario("GITHUB_EVENT_PATH is not JSON",
             range_fails("pull_request", "{not json", {}, "is not JSON"))
    scenario("GITHUB_EVENT_NAME unset",
             range_fails(None, {"pull_request": {}}, {}, "GITHUB_EVENT_NAME is not set"))
    # The first step that writes an output is the release install.
    scenario("GITHUB_OUTPUT unset",
             range_fails("push", {"before": "0" * 40, "after": "b" * 40}, {}, "GITHUB_OUTPUT is not set",
                         unset_output=True, step="release"))
    print(f"{len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
