#!/usr/bin/env python3
"""Compares two builds of carbon4j on a JVM's start: runs ColdStart's logger child (start a logger with reports
on, log one step, close) from class path A and from class path B in alternating rounds (ABBA), each in a fresh
JVM and a fresh output directory, and prints the medians of the wall and CPU time of each and of the rounds'
paired differences, with the 95 % interval of the latter (paired.py). CPU time is the children's user and system time (getrusage), steadier than wall time on a
busy machine. Both class paths need carbon4j-core and ColdStart (samples/target/classes, or benchmarks.jar).
ColdStart's own rounds compare a JVM with carbon4j and one without, from one class path, and read the CPU time
in 10 ms kernel ticks; this compares two class paths, and getrusage gives the children's CPU to the microsecond.

  tools/start-ab.py [--prefill N | --template DIR] ROUNDS CLASSPATH_A CLASSPATH_B [JVM_OPTION...]

With --prefill N, each side closes into a copy of a directory that already holds N runs (made once per side, by
that side's own code, before the rounds), not into an empty one: what a closing JVM pays to merge its run into a
directory's summary and page, which grows with the runs the summary lists (Summary.LISTED), e.g.

  tools/start-ab.py --prefill 60 10 "$CP" "$CP" -Dcarbon4j.country=FRA    # A and B alike: the noise

With --template DIR, both sides close into a fresh copy of DIR in every round: a directory made otherwise, such as
the one SuiteDirectory (samples) fills as a test suite's runs leave it, a context per test class:

  java -cp samples/target/benchmarks.jar io.github.carbon4j.samples.bench.SuiteDirectory /tmp/suite 8 100 19
  tools/start-ab.py --template /tmp/suite 10 "$CP_A" "$CP_B" -Dcarbon4j.country=FRA

For example, the code at hand against a core jar saved before a change:

  tools/start-ab.py 16 "samples/target/classes:/tmp/before.jar:$DEPS" \\
      "samples/target/classes:src/target/carbon4j-core-0.1.0-SNAPSHOT.jar:$DEPS" -Dcarbon4j.country=FRA

where DEPS is carbon4j-core's runtime class path (mvn dependency:build-classpath -DincludeScope=runtime).
"""
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import paired


def logger_child(classpath, options, directory):
    """ColdStart's logger child: starts a logger with reports into the directory, logs one step, closes."""
    subprocess.run(
        ["java", *options, "-cp", classpath, "io.github.carbon4j.samples.bench.ColdStart", "logger", directory],
        stdout=subprocess.DEVNULL,
        check=True,
    )


def run(classpath, options, directory, template=None):
    shutil.rmtree(directory, ignore_errors=True)
    if template is not None:
        shutil.copytree(template, directory)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter_ns()
    logger_child(classpath, options, directory)
    wall = (time.perf_counter_ns() - start) / 1e6
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    return wall, cpu


def summary(name, a, b):
    return "%s A %.1f ms, B %.1f ms, B-A paired %s" % (
        name, statistics.median(a), statistics.median(b), paired.describe([y - x for x, y in zip(a, b)], "ms"))


def prefilled(classpath, options, runs, directory):
    """A directory holding the given number of runs, each a logger child's, closed one after the other."""
    for _ in range(runs):
        logger_child(classpath, options, directory)
    return directory


def main():
    args = sys.argv[1:]
    prefill = 0
    template = None
    if len(args) >= 2 and args[0] == "--prefill":
        prefill, args = int(args[1]), args[2:]
    elif len(args) >= 2 and args[0] == "--template":
        template, args = args[1], args[2:]
        if not os.path.isdir(template):
            sys.exit("--template: no directory " + template)
    if len(args) < 3:
        sys.exit(__doc__)
    rounds, a, b, options = int(args[0]), args[1], args[2], args[3:]
    scratch = tempfile.mkdtemp(prefix="carbon4j-start-ab")
    directory = scratch + "/run"
    try:
        templates = (template, template)
        if prefill > 0:
            templates = tuple(prefilled(cp, options, prefill, "%s/template-%s" % (scratch, side))
                              for side, cp in (("a", a), ("b", b)))
        run(a, options, directory, templates[0])  # untimed: the page cache
        run(b, options, directory, templates[1])
        walls, cpus = ([], []), ([], [])
        for i in range(rounds):
            order = (1, 0) if i % 4 in (1, 2) else (0, 1)
            for side in order:
                wall, cpu = run((a, b)[side], options, directory, templates[side])
                walls[side].append(wall)
                cpus[side].append(cpu)
        print(summary("wall", *walls))
        print(summary("cpu ", *cpus))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
