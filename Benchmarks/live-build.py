#!/usr/bin/env python3
"""Benchmark building the real course, whose lessons run Swift code and draw figures.

In the same run, on the course in Lessons/:
  - baseline: `cmark` parsing and rendering the same lesson files;
  - cold: `course build` with an empty cache (builds CoursePlot, compiles and runs every
    lesson's program);
  - warm: `course build` again with nothing changed (no compiler may start).
Target (issue 4): warm under 0.3 s. Prints the ratio warm / cmark too.

Usage: Benchmarks/live-build.py [--runs 3]
"""
import argparse, glob, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(command, env=None):
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if result.returncode != 0:
        sys.exit(f"error: {' '.join(command[:3])} failed: {result.stderr.decode()[-400:]}")
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("cmark") is None:
        subprocess.run([os.path.join(ROOT, "scripts/setup"), "cmark"], check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "course"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build/release/course")
    lessons = sorted(glob.glob(os.path.join(ROOT, "Lessons/*/lesson.md")))
    work = tempfile.mkdtemp(prefix="course-live-bench-")
    out = os.path.join(work, "site")
    cmark, cold, warm = [], [], []
    for run in range(args.runs):
        cache = os.path.join(work, f"cache-{run}")
        env = dict(os.environ, COURSE_CACHE_DIR=cache, COURSE_PACKAGE_ROOT=ROOT)
        cmark.append(timed(["cmark", "--smart", *lessons]))
        cold.append(timed([binary, "build", "--out", out], env))
        warm.append(timed([binary, "build", "--out", out], env))
    c, k, w = statistics.median(cmark), statistics.median(cold), statistics.median(warm)
    print(f"{len(lessons)} lessons, median of {args.runs} runs")
    print(f"  cmark on the same Markdown      {c * 1000:8.1f} ms")
    print(f"  course build, cold cache        {k * 1000:8.1f} ms")
    print(f"  course build, warm (no change)  {w * 1000:8.1f} ms   ratio to cmark {w / c:.1f}   (target < 300 ms)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
