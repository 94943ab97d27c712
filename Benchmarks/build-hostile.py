#!/usr/bin/env python3
"""Time and memory of `course render` on hostile constructs, for linearity and a memory bound.

For each construct (deep block quotes, deep emphasis, deep lists, math spans in one paragraph,
a table of links, one very long line, many headings, plain prose as the baseline) it
generates inputs of n and 4n units, renders each with the built `course render`, and prints
CPU seconds (user + system, from the child's rusage: steadier than wall time on a shared
machine) and peak resident memory. Growth is judged by the ratio 4n/n: about 4 is linear,
about 16 quadratic. It also renders a ~4 MB lesson of each construct and prints peak memory
per input byte, the bound ARCHITECTURE.md states, next to the `cmark` command's own peak on
the same file (measured in the same run: the baseline any renderer built on cmark starts from).

Targets (issue 11): every 4n/n CPU ratio under 6 (linear, allowing for noise and a constant
start-up cost); every 4 MB lesson within 5x of cmark's peak memory on it or under 40 bytes
of peak memory per input byte, whichever is larger (highlighted code and MathML are several
times their source, which cmark never produces).

Usage: Benchmarks/build-hostile.py [--course .build/release/course] [--scale 1.0]
"""
import argparse, os, resource, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def nested_quotes(n): return "> " * n + "x\n"
def nested_emphasis(n): return "*" * n + "x" + "*" * n + "\n"
def math_spans(n): return " ".join(["$`x_i`$"] * n) + "\n"
def links(n): return "".join(f"[link {i}](https://example.org/{i}) | " for i in range(n)) + "\n"
def long_line(n): return "word " * n + "\n"
def headings(n): return "".join(f"## Heading {i % 50}\n\ntext\n\n" for i in range(n))
def swift_block(n): return "```swift\n" + "let x = f(\"s\", 1.5e3) // c\n" * n + "```\n"
def display_math(n): return "```math\n" + "\\frac{a}{b} + " * n + "1\n```\n"
def prose(n): return "".join("A sentence of plain prose for the baseline.\n" for _ in range(n // 8 + 1))


def nested_lists(n):
    # Levels cost quadratic *text* (each is indented more), so grow the item count instead.
    return "".join("  " * (i % 200) + "- item\n" for i in range(n))


CONSTRUCTS = [
    ("prose (baseline)", prose, 40_000),
    ("nested block quotes", nested_quotes, 25_000),
    ("nested emphasis", nested_emphasis, 25_000),
    ("nested lists", nested_lists, 10_000),
    ("math spans, one paragraph", math_spans, 5_000),
    ("links, one paragraph", links, 5_000),
    ("one long line", long_line, 100_000),
    ("many headings", headings, 5_000),
    ("one highlighted Swift block", swift_block, 10_000),
    ("one display equation", display_math, 5_000),
]


def measure(course, path):
    """CPU seconds and peak RSS (MiB) of one `course render`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run([course, "render", path, "--isolation", "off"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"course render failed ({result.returncode}) on {path}: {result.stderr.decode()[:300]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, after.ru_maxrss / 1024  # ru_maxrss of children is the largest so far, in KiB


def peak_of(command):
    """Peak RSS in MiB of one run of `command` on its own (children's ru_maxrss is a running maximum)."""
    script = ("import resource,subprocess,sys;subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL);"
              "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", script] + command, capture_output=True, text=True, check=True).stdout
    return int(out.strip()) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default=os.path.join(ROOT, ".build/release/course"))
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size (0.2 for a quick look)")
    args = parser.parse_args()
    if not os.access(args.course, os.X_OK):
        sys.exit(f"{args.course} not found; build it: swift build -c release")
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'construct':28} {'n':>8} {'CPU n':>8} {'CPU 4n':>8} {'4n/n':>6} {'4 MB: MiB':>10} {'B/B':>6} {'cmark MiB':>10} {'ratio':>6}")
        for name, make, n in CONSTRUCTS:
            n = max(10, int(n * args.scale))
            cpus = []
            for size in (n, 4 * n):
                path = os.path.join(folder, "in.md")
                with open(path, "w") as file:
                    file.write(make(size))
                cpus.append(min(measure(args.course, path)[0] for _ in range(3)))
            ratio = cpus[1] / max(cpus[0], 1e-3)
            # Grow to ~4 MB of text for the memory bound.
            sample = len(make(n).encode())
            units = max(n, int(n * 4_000_000 / sample))
            text = make(units)
            path = os.path.join(folder, "big.md")
            with open(path, "w") as file:
                file.write(text)
            peak = peak_of([args.course, "render", path, "--isolation", "off"])
            cmark_peak = peak_of(["cmark", path])
            per_byte = peak * 1024 * 1024 / len(text.encode())
            print(f"{name:28} {n:>8} {cpus[0]:>8.3f} {cpus[1]:>8.3f} {ratio:>6.1f} {peak:>10.0f} {per_byte:>6.0f} {cmark_peak:>10.0f} {peak / cmark_peak:>6.1f}")
            if ratio > 6 and cpus[1] > 0.2:
                failures.append(f"{name}: CPU grew {ratio:.1f}x for 4x the input")
            if peak > 5 * cmark_peak and per_byte > 40:
                failures.append(f"{name}: peak memory {peak / cmark_peak:.1f}x cmark's, {per_byte:.0f} bytes per input byte")
    if failures:
        print("\nMISSED:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print("\nAll constructs linear; every 4 MB lesson within 5x of cmark's peak memory or 40 bytes per input byte.")


if __name__ == "__main__":
    main()
