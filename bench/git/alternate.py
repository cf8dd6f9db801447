"""Median wall times of commands run in alternation.

hyperfine times each command in a block of its own and this machine's speed
drifts between blocks, so the bench's target ratios come from rounds that
run every command once each, in turn. Imported by run.sh's inline scripts.
"""

import statistics
import subprocess
import time


def alternating_medians(commands, rounds, warmup):
    """{name: argv} -> {name: median seconds} over `rounds` rounds after `warmup` more."""
    times = {name: [] for name in commands}
    for round_ in range(warmup + rounds):
        for name, cmd in commands.items():
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if round_ >= warmup:
                times[name].append(time.perf_counter() - t)
    return {name: statistics.median(v) for name, v in times.items()}
