#!/usr/bin/env python3
"""Runs ci-templates/install-release.sh against a local HTTP server.

Usage: install_release_test.py SOURCE_DIR

The server (http.server on 127.0.0.1, a free port) serves a temp folder as
a release: SHA256SUMS and a .deb. apt-get is replaced by a stub that records
what it was asked to install, so nothing is installed here. Scenarios: a good
asset, a wrong checksum, no package for this system, no SHA256SUMS, a listed
package the server does not have, a server error, a server that accepts the
connection and never answers (bounded by TOLLGATE_DOWNLOAD_TIMEOUT, no
sleeps), and bad usage.
"""
import hashlib
import http.server
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SOURCE = Path(sys.argv[1]).resolve()
SCRIPT = SOURCE / "ci-templates/install-release.sh"
FAILURES = []
ASSET = "tollgate_0.1.0_trixie_amd64.deb"


def expect(cond, what):
    if not cond:
        FAILURES.append(what)
        print(f"FAIL: {what}")


class Release:
    """A folder served over HTTP on 127.0.0.1; paths under /error/ answer 500."""

    def __init__(self, root):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        root_dir = str(self.root)

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=root_dir, **kwargs)

            def do_GET(self):
                if self.path.startswith("/error/"):
                    self.send_error(500, "server error")
                    return
                super().do_GET()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def run(tmp, url, version="v0.1.0", extra_env=None):
    """Runs the script; returns (exit code, stdout, stderr, what the apt-get stub got)."""
    tmp = Path(tmp)
    stub = tmp / "apt-get-stub"
    record = tmp / "apt-get-args"
    if record.exists():
        record.unlink()
    stub.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > {record}\n")
    stub.chmod(0o755)
    env = {
        "PATH": os.environ["PATH"], "LANG": "C.UTF-8", "TOLLGATE_RELEASE_URL": url,
        "TOLLGATE_DISTRO": "trixie", "TOLLGATE_ARCH": "amd64", "TOLLGATE_APT_GET": str(stub),
        "TOLLGATE_DOWNLOAD_TIMEOUT": "3",
    }
    env.update(extra_env or {})
    r = subprocess.run(["sh", str(SCRIPT), version], env=env, capture_output=True, text=True, timeout=60)
    return r.returncode, r.stdout, r.stderr, record.read_text() if record.exists() else None


def publish(release, folder, deb=b"!<arch>\ndebian-binary\n", sums=None):
    (release.root / folder).mkdir(parents=True, exist_ok=True)
    if deb is not None:
        (release.root / folder / ASSET).write_bytes(deb)
    if sums is None:
        sums = f"{hashlib.sha256(deb or b'').hexdigest()}  {ASSET}\n"
    if sums is not False:
        (release.root / folder / "SHA256SUMS").write_text(
            f"{'0' * 64}  tollgate_0.1.0_bookworm_amd64.deb\n" + sums)
    return f"{release.url}/{folder}"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        release = Release(Path(tmp) / "www")
        try:
            print("--- a good asset is verified and installed")
            url = publish(release, "good")
            code, out, err, apt = run(tmp, url)
            expect(code == 0, f"good asset: exit {code}: {err}")
            expect(out.strip() == "/usr/bin/tollgate", f"good asset: prints the binary's path, got {out!r}")
            expect("checksum verified" in err, f"good asset: says it verified: {err!r}")
            expect(apt is not None and "install" in apt.split("\n") and apt.rstrip().endswith("/" + ASSET),
                   f"good asset: apt-get installs the downloaded file: {apt!r}")

            print("--- a binary-mode (*name) SHA256SUMS line and a plain version work too")
            deb = b"another package"
            url = publish(release, "star", deb=deb, sums=f"{hashlib.sha256(deb).hexdigest()} *{ASSET}\n")
            code, _, err, apt = run(tmp, url, version="0.1.0")
            expect(code == 0 and apt is not None, f"*name line: exit {code}: {err}")

            print("--- a wrong checksum is a hard failure, and nothing is installed")
            url = publish(release, "tampered", sums=f"{'a' * 64}  {ASSET}\n")
            code, out, err, apt = run(tmp, url)
            expect(code == 3, f"wrong checksum: exit {code}, want 3: {err}")
            expect("checksum mismatch for " + ASSET in err, f"wrong checksum: message {err!r}")
            expect(apt is None, f"wrong checksum: apt-get must not run, got {apt!r}")
            expect(out == "", f"wrong checksum: nothing on stdout, got {out!r}")

            print("--- no package for this system: exit 4 (the caller builds from source)")
            url = publish(release, "other-distros", sums="")
            code, _, err, apt = run(tmp, url)
            expect(code == 4, f"unlisted asset: exit {code}, want 4: {err}")
            expect(f"the release has no {ASSET}" in err and "trixie/amd64" in err, f"unlisted asset: {err!r}")
            expect(apt is None, "unlisted asset: apt-get must not run")

            print("--- no SHA256SUMS at all: exit 4")
            url = publish(release, "no-sums", sums=False)
            code, _, err, _ = run(tmp, url)
            expect(code == 4, f"no SHA256SUMS: exit {code}, want 4: {err}")
            expect("has no SHA256SUMS" in err, f"no SHA256SUMS: {err!r}")

            print("--- listed but not on the server: a hard failure")
            url = publish(release, "listed-missing", deb=None, sums=f"{'b' * 64}  {ASSET}\n")
            code, _, err, apt = run(tmp, url)
            expect(code == 3, f"listed but missing: exit {code}, want 3: {err}")
            expect("is not there (HTTP 404)" in err, f"listed but missing: {err!r}")
            expect(apt is None, "listed but missing: apt-get must not run")

            print("--- a server error is a hard failure")
            code, _, err, _ = run(tmp, f"{release.url}/error")
            expect(code == 3, f"server error: exit {code}, want 3: {err}")
            expect("HTTP 500" in err, f"server error: {err!r}")

            print("--- apt-get failing is a hard failure")
            url = publish(release, "good")
            code, _, err, _ = run(tmp, url, extra_env={"TOLLGATE_APT_GET": "false"})
            expect(code == 3 and "could not install" in err, f"apt-get fails: exit {code}: {err}")
        finally:
            release.close()

        print("--- a server that never answers: a hard failure within the timeout")
        # A listening socket nobody accepts on: the kernel completes the
        # connection, curl sends its request, and no answer ever comes.
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as silent:
            silent.bind(("127.0.0.1", 0))
            silent.listen(8)
            start = time.monotonic()
            code, _, err, apt = run(tmp, f"http://127.0.0.1:{silent.getsockname()[1]}",
                                    extra_env={"TOLLGATE_DOWNLOAD_TIMEOUT": "2"})
            elapsed = time.monotonic() - start
        expect(code == 3, f"hanging server: exit {code}, want 3: {err}")
        expect("timeout 2 s" in err, f"hanging server: names the timeout: {err!r}")
        expect(elapsed < 20, f"hanging server: took {elapsed:.1f} s with a 2 s timeout")
        expect(apt is None, "hanging server: apt-get must not run")

        print("--- bad usage: exit 2")
        for args, env, message in (([], {}, "usage:"), (["latest"], {}, "is not a release version"),
                                   (["1.0;rm"], {}, "is not a release version"),
                                   (["0.1.0"], {"TOLLGATE_RELEASE_URL": ""}, "TOLLGATE_RELEASE_URL is not set")):
            e = {"PATH": os.environ["PATH"], "TOLLGATE_RELEASE_URL": "http://127.0.0.1:9"}
            e.update(env)
            r = subprocess.run(["sh", str(SCRIPT), *args], env=e, capture_output=True, text=True, timeout=30)
            expect(r.returncode == 2 and message in r.stderr, f"usage {args}: exit {r.returncode}: {r.stderr}")

    print(f"{len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
