#!/usr/bin/env python3
"""Benchmark `course build` against the `cmark` command-line tool on the same Markdown.

Generates synthetic courses (~6 KB a lesson of prose, Swift code and math; the formulas vary
from lesson to lesson, as in a real course) and measures, in the same run and on the same
files, CPU seconds (user + system of the child, from its rusage: steadier than wall time on
a shared machine), wall seconds and peak resident memory of:
  - baseline: `cmark --smart` parsing and rendering every lesson.md (one process);
  - cold: `course build` (release) with no build cache and no site;
  - incremental: `course build` after appending a paragraph to one lesson in the middle;
  - `course serve`: from saving a lesson to the reload signal and the new text served.

Targets (issue 13): cold 1000 lessons within 2x of cmark and peak under 100 MB, linear to
10,000 lessons; an edit-one rebuild of 1000 lessons within 10% of a cold build's CPU time;
serve's save-to-reload under 300 ms for one lesson.

Usage: Benchmarks/build-site.py [--sizes 10,100,1000,10000] [--runs 3] [--serve-size 100]
                                [--keep DIR] [--course PATH]
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, threading, time, urllib.request

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


def math(number, section):
    """A display equation and an inline formula whose numbers change with the lesson."""
    k = number * 31 + section
    return (f"```math\n"
            f"R_{{\\Theta,{k}}}^d = \\begin{{pmatrix}} \\cos {k}\\theta_1 & -\\sin {k}\\theta_1 & \\cdots \\\\ "
            f"\\sin {k}\\theta_1 & \\cos {k}\\theta_1 & \\cdots \\\\ \\vdots & \\vdots & \\ddots \\end{{pmatrix}} \\tag{{{k}}}\n"
            f"```\n\n"
            f"The angle is $`\\theta_i = {1000 + k}^{{-2(i-1)/d}}`$ and the score is $`\\mathbf{{q}}_{{{k}}}^\\top \\mathbf{{k}}_n`$.\n\n")


def lesson_text(number, count):
    parts = [f"---\ntitle: \"Synthetic lesson {number}\"\nsummary: \"Generated for the benchmark.\"\n"
             "objectives:\n  - \"Measure the build\"\n---\n\n"]
    section = 0
    while sum(len(p) for p in parts) < 6000:
        section += 1
        parts.append(f"## Section {section}\n\n")
        parts.append(PARAGRAPH)
        parts.append(CODE if section % 2 else math(number, section))
        if number + 1 < count:
            parts.append(f"See [the next lesson](../{number + 1:05d}-lesson-{number + 1}/lesson.md#section-1).\n\n")
    return "".join(parts)


def generate(folder, count):
    lessons = os.path.join(folder, "Lessons")
    os.makedirs(lessons)
    with open(os.path.join(lessons, "course.yml"), "w") as f:
        f.write("title: Benchmark course\ndescription: Synthetic lessons.\n")
    paths = []
    for n in range(count):
        d = os.path.join(lessons, f"{n:05d}-lesson-{n}")
        os.makedirs(d)
        p = os.path.join(d, "lesson.md")
        with open(p, "w") as f:
            f.write(lesson_text(n, count))
        paths.append(p)
    return lessons, paths


def measured(command, cwd, env=None, keep_output=True):
    """Runs command once; returns (CPU seconds, wall seconds, peak RSS in MB, stdout, user seconds).

    cmark's output (the whole course as HTML) is thrown away, not kept: a child's peak RSS
    can count pages it shares with this process when it starts, so this process stays small."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE if keep_output else subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=env)
    output = [b""]
    reader = threading.Thread(target=lambda: output.append(process.stdout.read())) if keep_output else None
    if reader:
        reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if reader:
        reader.join()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"error: {' '.join(command[:3])}… failed: {process.stderr.read().decode()[-500:]}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024.0, output[-1].decode(), usage.ru_utime


def median_of(samples, index):
    return statistics.median(s[index] for s in samples)


def bench_size(binary, work, count, runs):
    folder = os.path.join(work, f"course-{count}")
    shutil.rmtree(folder, ignore_errors=True)
    lessons, paths = generate(folder, count)
    megabytes = sum(os.path.getsize(p) for p in paths) / 1e6
    site, cache = os.path.join(folder, "site"), os.path.join(folder, "cache")
    env = dict(os.environ, COURSE_CACHE_DIR=cache)
    cmark, cold, warm = [], [], []
    for run in range(runs):
        cmark.append(measured(["cmark", "--smart", *paths], folder, keep_output=False))
        shutil.rmtree(site, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        cold.append(measured([binary, "build", "--lessons", lessons, "--out", site], folder, env))
        # Edit one lesson in the middle, as an author would, and build again.
        with open(paths[count // 2], "a") as f:
            f.write(f"\nAn edit, number {run}, to one paragraph of one lesson.\n")
        warm.append(measured([binary, "build", "--lessons", lessons, "--out", site], folder, env))
        if f"rendered 1 of {count} lessons" not in warm[-1][3]:
            sys.exit(f"error: the incremental build did not render exactly one lesson: {warm[-1][3]}")
    return dict(lessons=count, megabytes=megabytes,
                cmark_cpu=median_of(cmark, 0), cmark_wall=median_of(cmark, 1), cmark_peak=max(s[2] for s in cmark),
                cold_cpu=median_of(cold, 0), cold_wall=median_of(cold, 1), cold_peak=max(s[2] for s in cold),
                cmark_user=median_of(cmark, 4), cold_user=median_of(cold, 4),
                warm_cpu=median_of(warm, 0), warm_wall=median_of(warm, 1), warm_peak=max(s[2] for s in warm))


def bench_serve(binary, work, count, edits):
    """Median milliseconds from saving a lesson to its new text served after the reload signal."""
    folder = os.path.join(work, f"serve-{count}")
    shutil.rmtree(folder, ignore_errors=True)
    lessons, paths = generate(folder, count)
    env = dict(os.environ, COURSE_CACHE_DIR=os.path.join(folder, "cache"))
    server = subprocess.Popen([binary, "serve", "--lessons", lessons, "--port", "0"], cwd=folder, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        port = None
        deadline = time.time() + 300
        while port is None and time.time() < deadline:
            line = server.stdout.readline()
            if not line:
                sys.exit("error: course serve stopped before serving")
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            port = found and int(found.group(1))
        threading.Thread(target=lambda: [None for _ in iter(server.stdout.readline, "")], daemon=True).start()
        target = paths[count // 2]
        page = f"http://127.0.0.1:{port}/{os.path.basename(os.path.dirname(target))}.html"
        latencies = []
        for edit in range(edits):
            html = urllib.request.urlopen(page).read().decode()
            version = re.search(r'data-version="(\d+)"', html).group(1)
            answer = []
            waiter = threading.Thread(target=lambda: answer.append(
                urllib.request.urlopen(f"http://127.0.0.1:{port}/__course/wait?version={version}", timeout=60).read()))
            waiter.start()
            time.sleep(0.2)  # the long poll is waiting, as an open page's is
            marker = f"Edited text number {edit} for the benchmark."
            start = time.perf_counter()
            with open(target, "a") as f:
                f.write(f"\n{marker}\n")
            waiter.join()
            served = urllib.request.urlopen(page).read().decode()
            latencies.append((time.perf_counter() - start) * 1000)
            if marker not in served:
                sys.exit("error: the reloaded page does not show the edit")
            time.sleep(0.6)
        return statistics.median(latencies), latencies
    finally:
        server.terminate()
        server.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--serve-size", type=int, default=100, help="lessons in the course `serve` is timed on")
    parser.add_argument("--serve-edits", type=int, default=7)
    parser.add_argument("--keep", help="keep the generated courses in this folder")
    parser.add_argument("--course", help="a release `course` binary (default: build one)")
    args = parser.parse_args()

    if shutil.which("cmark") is None:
        subprocess.run([os.path.join(ROOT, "scripts/setup")], check=True)
    binary = args.course
    if binary is None:
        print("Building course in release mode…", flush=True)
        subprocess.run(["swift", "build", "-c", "release", "--product", "course"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build/release/course")
    binary = os.path.abspath(binary)

    work = args.keep or tempfile.mkdtemp(prefix="course-bench-")
    print("\nCPU = user + system seconds of the process (median of runs); ratios are against cmark in the same run.")
    print("The system time of creating a thousand files varies several-fold on a shared disk; 'user ratio' leaves it out.")
    print(f"\n{'lessons':>8} {'MB':>6} {'cmark CPU':>10} {'cold CPU':>9} {'ratio':>6} {'user ratio':>10} {'wall ratio':>10} "
          f"{'ms/lesson':>10} {'cold peak':>10} {'edit-one CPU':>13} {'vs cold':>8} {'edit peak':>10}")
    rows = []
    for count in [int(s) for s in args.sizes.split(",")]:
        runs = args.runs if count < 1000 else (args.runs + 2 if count == 1000 else max(1, args.runs // 2))
        row = bench_size(binary, work, count, runs)
        rows.append(row)
        print(f"{count:>8} {row['megabytes']:>6.1f} {row['cmark_cpu']:>10.3f} {row['cold_cpu']:>9.3f} "
              f"{row['cold_cpu'] / row['cmark_cpu']:>6.2f} {row['cold_user'] / max(row['cmark_user'], 1e-3):>10.2f} "
              f"{row['cold_wall'] / row['cmark_wall']:>10.2f} "
              f"{row['cold_cpu'] * 1000 / count:>10.3f} {row['cold_peak']:>8.1f}MB {row['warm_cpu']:>13.3f} "
              f"{row['warm_cpu'] / row['cold_cpu']:>7.1%} {row['warm_peak']:>8.1f}MB", flush=True)
    for previous, row in zip(rows, rows[1:]):
        print(f"growth {previous['lessons']} → {row['lessons']} lessons: cold CPU x{row['cold_cpu'] / previous['cold_cpu']:.1f} "
              f"for x{row['lessons'] / previous['lessons']:.0f} lessons (cmark x{row['cmark_cpu'] / previous['cmark_cpu']:.1f})")

    if args.serve_size:
        median, samples = bench_serve(binary, work, args.serve_size, args.serve_edits)
        print(f"\nserve, {args.serve_size} lessons: save → reload signal → new text served: median {median:.0f} ms "
              f"(runs: {', '.join(f'{s:.0f}' for s in samples)})")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
