"""A tiny benchmark: p50/p95 latency of the API or of the database work.

    python3 tools/perf.py --target api   # prints p50=…ms p95=…ms
    python3 tools/perf.py --target db
"""

import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ticket import api, csv_export  # noqa: E402
from ticket.sample import seeded  # noqa: E402


def measure(action, runs):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), statistics.quantiles(samples, n=20)[18]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tools/perf.py")
    parser.add_argument("--target", choices=["api", "db"], required=True)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--employees", type=int, default=50)
    args = parser.parse_args(argv)
    conn = seeded(args.employees)
    if args.target == "api":
        def action():
            status, _ = api.handle(conn, "GET", "/allocations?month=2025-01")
            assert status == 200
    else:
        def action():
            csv_export.allocations(conn, "2025-01")
    p50, p95 = measure(action, args.runs)
    print("%s: %d runs over %d employees" % (args.target, args.runs, args.employees))
    print("p50=%.3fms p95=%.3fms" % (p50, p95))
    return 0


if __name__ == "__main__":
    sys.exit(main())
