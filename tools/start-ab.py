#!/usr/bin/env python3
"""Compares two builds of carbon4j on a JVM's start: runs ColdStart's logger child (start a logger with reports
on, log one step, close) from class path A and from class path B in alternating rounds (ABBA), each in a fresh
JVM and a fresh output directory, and prints the medians of the wall and CPU time of each and of the rounds'
paired differences. CPU time is the children's user and system time (getrusage), steadier than wall time on a
busy machine. Both class paths need carbon4j-core and ColdStart (samples/target/classes, or benchmarks.jar).
ColdStart's own rounds compare a JVM with carbon4j and one without, from one class path, and read the CPU time
in 10 ms kernel ticks; this compares two class paths, and getrusage gives the children's CPU to the microsecond.

  tools/start-ab.py ROUNDS CLASSPATH_A CLASSPATH_B [JVM_OPTION...]

For example, the code at hand against a core jar saved before a change:

  tools/start-ab.py 16 "samples/target/classes:/tmp/before.jar:$DEPS" \\
      "samples/target/classes:src/target/carbon4j-core-0.1.0-SNAPSHOT.jar:$DEPS" -Dcarbon4j.country=FRA

where DEPS is carbon4j-core's runtime class path (mvn dependency:build-classpath -DincludeScope=runtime).
"""
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run(classpath, options, directory):
    shutil.rmtree(directory, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter_ns()
    subprocess.run(
        ["java", *options, "-cp", classpath, "io.github.carbon4j.samples.bench.ColdStart", "logger", directory],
        stdout=subprocess.DEVNULL,
        check=True,
    )
    wall = (time.perf_counter_ns() - start) / 1e6
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    return wall, cpu


def summary(name, a, b):
    paired = sorted(y - x for x, y in zip(a, b))
    return "%s A %.1f ms, B %.1f ms, B-A paired median %+.1f ms (%+.1f ... %+.1f)" % (
        name, statistics.median(a), statistics.median(b), statistics.median(paired), paired[0], paired[-1])


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rounds, a, b, options = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
    directory = tempfile.mkdtemp(prefix="carbon4j-start-ab")
    try:
        run(a, options, directory)  # untimed: the page cache
        run(b, options, directory)
        walls, cpus = ([], []), ([], [])
        for i in range(rounds):
            order = (1, 0) if i % 4 in (1, 2) else (0, 1)
            for side in order:
                wall, cpu = run((a, b)[side], options, directory)
                walls[side].append(wall)
                cpus[side].append(cpu)
        print(summary("wall", *walls))
        print(summary("cpu ", *cpus))
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
