#!/usr/bin/env python3
"""Benchmark `course build` against the `cmark` command-line tool on the same Markdown.

Generates synthetic courses of 10, 100 and 1000 lessons (~6 KB each, with prose, Swift code
and math), then times, in the same run and on the same files:
  - baseline: `cmark` parsing and rendering every lesson.md (one process, all files);
  - `course build` (release build) writing the whole site.
Prints the median of several runs, the ratio course/cmark, the time per lesson (to judge
linear growth) and the peak resident memory of `course build`.

Targets (issue 2): 1000 lessons within 2x of cmark, linear growth, peak memory under 150 MB.

Usage: Benchmarks/build-site.py [--sizes 10,100,1000] [--runs 5] [--keep DIR]
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PARAGRAPH = ("Rotary embeddings rotate each pair of query and key coordinates by an angle that grows "
             "with the position, so the score between two tokens depends only on how far apart they are. "
             "Low-index pairs turn quickly and high-index pairs slowly, which gives the model both a fine "
             "and a coarse sense of distance without adding anything to the token embedding itself.\n\n")

CODE = """```swift
func rotatePairs(_ x: [Double], position m: Int, base: Double = 10_000) -> [Double] {
    var out = x
    for i in stride(from: 0, to: x.count, by: 2) {
        let theta = Double(m) * pow(base, -Double(i) / Double(x.count))
        out[i] = x[i] * cos(theta) - x[i + 1] * sin(theta)
        out[i + 1] = x[i] * sin(theta) + x[i + 1] * cos(theta) // "rotate"
    }
    return out
}
```

"""

MATH = """```math
R_{\\Theta,m}^d = \\begin{pmatrix} \\cos m\\theta_1 & -\\sin m\\theta_1 & \\cdots \\\\ \\sin m\\theta_1 & \\cos m\\theta_1 & \\cdots \\\\ \\vdots & \\vdots & \\ddots \\end{pmatrix} \\tag{15}
```

The angle is $`\\theta_i = 10000^{-2(i-1)/d}`$ and the score is $`\\mathbf{q}_m^\\top \\mathbf{k}_n`$.

"""


def lesson_text(number, count):
    parts = [f"---\ntitle: \"Synthetic lesson {number}\"\nsummary: \"Generated for the benchmark.\"\n"
             "objectives:\n  - \"Measure the build\"\n---\n\n"]
    section = 0
    while sum(len(p) for p in parts) < 6000:
        section += 1
        parts.append(f"## Section {section}\n\n")
        parts.append(PARAGRAPH)
        parts.append(CODE if section % 2 else MATH)
        if number + 1 < count:
            parts.append(f"See [the next lesson](../{number + 1:04d}-lesson-{number + 1}/lesson.md#section-1).\n\n")
    return "".join(parts)


def generate(folder, count):
    lessons = os.path.join(folder, "Lessons")
    os.makedirs(lessons)
    with open(os.path.join(lessons, "course.yml"), "w") as f:
        f.write("title: Benchmark course\ndescription: Synthetic lessons.\n")
    paths = []
    for n in range(count):
        d = os.path.join(lessons, f"{n:04d}-lesson-{n}")
        os.makedirs(d)
        p = os.path.join(d, "lesson.md")
        with open(p, "w") as f:
            f.write(lesson_text(n, count))
        paths.append(p)
    return lessons, paths


def timed(command, cwd):
    """Runs command once; returns (seconds, peak RSS in MB)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"error: {' '.join(command[:3])}… failed: {process.stderr.read().decode()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", help="keep the generated courses in this folder")
    args = parser.parse_args()

    if shutil.which("cmark") is None:
        subprocess.run([os.path.join(ROOT, "scripts/setup"), "cmark"], check=True)
    print("Building course in release mode…", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "course"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build/release/course")

    work = args.keep or tempfile.mkdtemp(prefix="course-bench-")
    print(f"\n{'lessons':>8} {'MB':>6} {'cmark ms':>9} {'course ms':>10} {'ratio':>6} {'ms/lesson':>10} {'peak MB':>8}")
    rows = []
    for count in [int(s) for s in args.sizes.split(",")]:
        folder = os.path.join(work, f"course-{count}")
        shutil.rmtree(folder, ignore_errors=True)
        lessons, paths = generate(folder, count)
        megabytes = sum(os.path.getsize(p) for p in paths) / 1e6
        cmark_times, course_times, peaks = [], [], []
        for _ in range(args.runs):
            cmark_times.append(timed(["cmark", "--smart", *paths], folder)[0])
            seconds, peak = timed([binary, "build", "--lessons", lessons, "--out", os.path.join(folder, "site")], folder)
            course_times.append(seconds)
            peaks.append(peak)
        c, b = statistics.median(cmark_times), statistics.median(course_times)
        rows.append((count, b))
        print(f"{count:>8} {megabytes:>6.1f} {c * 1000:>9.1f} {b * 1000:>10.1f} {b / c:>6.2f} {b * 1000 / count:>10.3f} {max(peaks):>8.1f}",
              flush=True)
    if len(rows) > 1:
        (n0, t0), (n1, t1) = rows[-2], rows[-1]
        print(f"\ngrowth from {n0} to {n1} lessons: time x{t1 / t0:.1f} for x{n1 / n0:.0f} lessons")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
