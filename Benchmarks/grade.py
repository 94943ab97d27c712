#!/usr/bin/env python3
"""Benchmark `course grade` against bare `swiftc` compile-and-run of the same files.

For every exercise of the course, the reference solution is put in the learner's workspace
(in a temporary copy of the course), then, in the same run:
  - bare: swiftc compiling exactly the files the grader compiles (solution + checks + the
    generated main, against the same prebuilt CourseCheck) and running the binary, one
    exercise at a time; its total spread over the cores is the cold baseline;
  - cold: `course grade` with an empty result cache (CourseCheck already built);
  - warm: `course grade` again, nothing changed;
  - edit-one: one exercise's file changed (a comment added), `course grade` of that exercise,
    against the bare compile-and-run of that exercise.
Targets (issue 3): warm < 0.3 s; edit-one within 1.3x of bare; cold within 1.2x of bare / cores.

Usage: Benchmarks/grade.py [--runs 3]
"""
import argparse, glob, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(command, cwd, env=None):
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start, result.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    subprocess.run(["swift", "build", "-c", "release", "--product", "course"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build/release/course")
    work = tempfile.mkdtemp(prefix="course-grade-bench-")
    shutil.copytree(os.path.join(ROOT, "Lessons"), os.path.join(work, "Lessons"))
    exercises = sorted(glob.glob(os.path.join(work, "Lessons/*/exercises/*/solution.swift")))
    if not exercises:
        sys.exit("error: the course has no exercises to grade")
    ids = []
    for solution in exercises:
        folder = os.path.dirname(solution)
        lesson_slug = os.path.basename(os.path.dirname(os.path.dirname(folder))).split("-", 1)[1]
        name = os.path.basename(folder)
        target = os.path.join(work, "Exercises", lesson_slug, name + ".swift")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy(solution, target)
        ids.append((f"{lesson_slug}/{name}", target, os.path.join(folder, "checks.swift")))

    cache = os.path.join(work, "cache")
    env = dict(os.environ, COURSE_CACHE_DIR=cache, COURSE_PACKAGE_ROOT=ROOT)
    # Build CourseCheck once (not part of any measurement), then find it.
    timed([binary, "grade", ids[0][0]], work, env)
    library = glob.glob(os.path.join(cache, "toolchain", "CourseCheck-*"))[0]
    main_swift = os.path.join(work, "main.swift")
    with open(main_swift, "w") as f:
        f.write("import CourseCheck\n\nCheckRunner.run(checks)\n")

    def bare(exercise):
        _, learner, checks = exercise
        out = os.path.join(work, "bare-exe")
        compile_time, code = timed(["swiftc", "-Onone", "-module-name", "Exercise", "-I", library, "-L", library,
                                    "-lCourseCheck", learner, checks, main_swift, "-o", out], work)
        run_time, _ = timed([out], work)
        return compile_time + run_time

    cores = os.cpu_count() or 1
    rows = {"bare total": [], "cold": [], "warm": [], "bare one": [], "edit-one": []}
    for _ in range(args.runs):
        rows["bare total"].append(sum(bare(e) for e in ids))
        shutil.rmtree(os.path.join(cache, "results"), ignore_errors=True)
        rows["cold"].append(timed([binary, "grade"], work, env)[0])
        rows["warm"].append(timed([binary, "grade"], work, env)[0])
        exercise = ids[0]
        with open(exercise[1], "a") as f:
            f.write(f"// edit {time.time()}\n")
        rows["bare one"].append(bare(exercise))
        with open(exercise[1], "a") as f:
            f.write(f"// edit {time.time()}\n")
        rows["edit-one"].append(timed([binary, "grade", exercise[0]], work, env)[0])

    m = {k: statistics.median(v) for k, v in rows.items()}
    print(f"{len(ids)} exercises, {cores} cores, median of {args.runs} runs")
    print(f"  bare compile+run, all, sequential   {m['bare total']:.2f} s   (spread over cores: {m['bare total'] / cores:.2f} s)")
    print(f"  course grade, cold                  {m['cold']:.2f} s   ratio {m['cold'] / (m['bare total'] / cores):.2f} (target ≤ 1.2)")
    print(f"  course grade, warm                  {m['warm']:.3f} s   (target < 0.3 s)")
    print(f"  bare compile+run, one exercise      {m['bare one']:.2f} s")
    print(f"  course grade, edit one exercise     {m['edit-one']:.2f} s   ratio {m['edit-one'] / m['bare one']:.2f} (target ≤ 1.3)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
