#!/usr/bin/env python3
"""Benchmark `course gradebook` on a synthetic class against bare `swiftc` compile+run of the
same files spread over the cores, measured in the same run; print each figure beside its
baseline, the ratio, the target and PASS/FAIL.

Targets (issue "a gradebook for a whole class, and grading at scale"):
  - cold gradebook <= 1.15x the bare compile+run of the same files spread over the cores;
  - a re-run with nothing changed < 1 s.

Set-up (not measured). The release `course` is built and copied, with the CourseCheck and
CourseWire sources, into a temporary package root, with the committed lessons (`git archive
HEAD Lessons`), so edits others make in the checkout during the run change nothing. A class
of --learners learners (default 40) is made from the course's own files, one file per
exercise each, every file different (a comment names the learner):
  - 4 in 10 correct: the reference solution;
  - 2 in 10 wrong: the starter, edited (it compiles, runs and fails);
  - 2 in 10 not compiling: the solution with a broken line added;
  - 2 in 10 hostile: the starter with a call, before its first `return`, that tries to
    overwrite the first learner's file, plant files among the submissions and write beside
    them (the solution where the starter has no such `return`).
A gradebook of a one-learner class builds the libraries and every checks program first, as
`course check` would have; the measured runs start with no results cache and no reports.

Measured:
  1. bare: for each learner file, plain `swiftc -Onone` compiling it with checks.swift (and
     hidden.swift) and a main into ONE program against the prebuilt CourseCheck and
     CourseWire, then running it (no sandbox, no second process): what an insecure
     one-process grader would do. Run on a pool of one worker per core; reported as the
     pool's wall time and as the sum of all compile+run times divided by the cores. Hostile
     files write into a scratch copy here, never into the class.
  2. cold: `course gradebook SUBMISSIONS --out …` (isolation required, the default), no
     results cache, no reports. Its peak memory: the `course` process's own (VmHWM, polled)
     and the largest process of the run (a compiler; /usr/bin/time's maximum RSS).
  3. warm: the same command again, nothing changed (median of 3).
  4. one resubmission: one learner's file changed, the same command.
Afterwards the class's files are checked unchanged (the hostile learners wrote nothing).

Usage: Benchmarks/gradebook.py [--learners 40]
Takes about 20 s per learner on 2 cores (both passes compile every file). Not part of the
test suite.
"""
import argparse, glob, hashlib, os, shutil, statistics, subprocess, sys, tempfile, threading, time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLD_TARGET = 1.15   # x bare spread over the cores
WARM_TARGET = 1.0    # seconds
CORES = os.cpu_count() or 1
VANDAL = '''
import Foundation

/// Runs once, on the first call: tries to overwrite a classmate's file, plant files among
/// the submissions and write beside them.
private let courseBenchVandalised: Bool = {
    for path in ["@TARGET@/learner-00/Exercises/@FILE@", "@TARGET@/planted-@LEARNER@.txt",
                 "@TARGET@/../gradebook.csv", "../learner-00/Exercises/@FILE@"] {
        FileManager.default.createFile(atPath: path, contents: Data("// vandalised\\n".utf8))
    }
    return true
}()
'''


def timed(command, cwd, env=None, check=True):
    """Runs `command`; returns (wall seconds, exit status, output)."""
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    wall = time.perf_counter() - start
    if check and result.returncode != 0:
        sys.exit(f"error: {' '.join(command)} exited {result.returncode}:\n{result.stdout.decode(errors='replace')[-3000:]}")
    return wall, result.returncode, result.stdout.decode(errors="replace")


def measured(command, cwd, env):
    """Runs `command` under /usr/bin/time; returns (wall, output, course's own peak RSS in
    MiB from VmHWM, the run's largest process in MiB)."""
    report = tempfile.mktemp(prefix="course-gradebook-time-")
    start = time.perf_counter()
    process = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", report, *command], cwd=cwd, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak = [0]

    def poll():
        # /usr/bin/time's child is `course`: read its own high-water mark until it ends.
        while process.poll() is None:
            try:
                children = open(f"/proc/{process.pid}/task/{process.pid}/children").read().split()
                for child in children:
                    for line in open(f"/proc/{child}/status"):
                        if line.startswith("VmHWM:"):
                            peak[0] = max(peak[0], int(line.split()[1]))
            except OSError:
                pass
            time.sleep(0.02)
    watcher = threading.Thread(target=poll)
    watcher.start()
    output = process.communicate()[0].decode(errors="replace")
    wall = time.perf_counter() - start
    watcher.join()
    if process.returncode != 0:
        sys.exit(f"error: {' '.join(command)} exited {process.returncode}:\n{output[-3000:]}")
    largest = int(open(report).read().split()[-1])
    os.unlink(report)
    return wall, output, peak[0] / 1024, largest / 1024


def tree_digest(folder):
    digest = hashlib.sha256()
    for base, dirs, files in sorted(os.walk(folder)):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(base, name)
            digest.update(os.path.relpath(path, folder).encode() + b"\0" + open(path, "rb").read() + b"\0")
        digest.update(("dirs:" + ",".join(dirs)).encode())
    return digest.hexdigest()


class Workspace:
    def __init__(self, learners):
        self.dir = tempfile.mkdtemp(prefix="course-gradebook-bench-")
        os.chmod(self.dir, 0o755)
        self.binary = self._build()
        package = os.path.join(self.dir, "package")
        for library in ["CourseCheck", "CourseWire"]:
            shutil.copytree(os.path.join(ROOT, "Sources", library), os.path.join(package, "Sources", library))
        archive = subprocess.run(["git", "archive", "--format=tar", "HEAD", "Lessons"], cwd=ROOT, stdout=subprocess.PIPE, check=True)
        subprocess.run(["tar", "-x", "-C", self.dir], input=archive.stdout, check=True)
        self.cache = os.path.join(self.dir, "cache")
        self.env = dict(os.environ, COURSE_CACHE_DIR=self.cache, COURSE_PACKAGE_ROOT=package)
        self.exercises = []  # (relative learner path, folder, [checks.swift, hidden.swift if any])
        for solution in sorted(glob.glob(os.path.join(self.dir, "Lessons/*/exercises/*/solution.swift"))):
            folder = os.path.dirname(solution)
            lesson = os.path.basename(os.path.dirname(os.path.dirname(folder))).split("-", 1)[1]
            checks = [os.path.join(folder, f) for f in ["checks.swift", "hidden.swift"] if os.path.exists(os.path.join(folder, f))]
            self.exercises.append((f"{lesson}/{os.path.basename(folder)}.swift", folder, checks))
        self.subs = os.path.join(self.dir, "class", "submissions")
        self.bare_dir = os.path.join(self.dir, "bare")
        self.kinds = {}
        self.items = []  # (learner, kind, bare copy of the file, checks)
        for index in range(learners):
            learner = f"learner-{index:02d}"
            kind = ["correct"] * 4 + ["wrong"] * 2 + ["not compiling"] * 2 + ["hostile"] * 2
            kind = kind[index % 10]
            self.kinds[learner] = kind
            for relative, folder, checks in self.exercises:
                for target, base in [(self.subs, self.subs), (os.path.join(self.bare_dir, "scratch"), self.bare_dir)]:
                    text = self._submission(kind, folder, learner, relative, target)
                    path = os.path.join(base, learner, "Exercises", relative) if base == self.subs \
                        else os.path.join(base, learner, relative.replace("/", "-"))
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    with open(path, "w") as f:
                        f.write(text)
                self.items.append((learner, kind, path, checks))
        os.makedirs(os.path.join(self.bare_dir, "scratch", "learner-00", "Exercises"), exist_ok=True)
        for hidden, call in [(False, "CheckRunner.run(checks)"), (True, "CheckRunner.run(checks, hidden: hiddenChecks)")]:
            main = os.path.join(self.bare_dir, f"main-{'hidden' if hidden else 'public'}", "main.swift")
            os.makedirs(os.path.dirname(main))
            with open(main, "w") as f:
                f.write(f"import CourseCheck\n{call}\n")

    def _submission(self, kind, folder, learner, relative, target):
        read = lambda name: open(os.path.join(folder, name)).read()
        mark = f"\n// {learner}\n"
        if kind == "correct":
            return read("solution.swift") + mark
        if kind == "wrong":
            return read("starter.swift") + mark
        if kind == "not compiling":
            return read("solution.swift") + mark + "let = broken\n"
        vandal = VANDAL.replace("@TARGET@", target).replace("@FILE@", relative).replace("@LEARNER@", learner)
        for source in [read("starter.swift"), read("solution.swift")]:
            lines = source.split("\n")
            for number, line in enumerate(lines):
                if line.lstrip().startswith("return "):
                    indent = line[:len(line) - len(line.lstrip())]
                    lines.insert(number, indent + "_ = courseBenchVandalised")
                    return "\n".join(lines) + vandal + mark
        return read("solution.swift") + mark

    def _build(self):
        built = subprocess.run(["swift", "build", "-c", "release", "--product", "course"], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if built.returncode != 0:
            sys.exit(f"error: the release build failed:\n{built.stderr.decode(errors='replace')[-2000:]}")
        binary = os.path.join(self.dir, "course")
        shutil.copy(os.path.join(ROOT, ".build", "release", "course"), binary)
        return binary

    def gradebook(self, *arguments):
        return [self.binary, "gradebook", *arguments]

    def libraries(self):
        found = []
        for name in ["CourseCheck", "CourseWire"]:
            folders = [f for f in glob.glob(os.path.join(self.cache, "toolchain", name + "-*")) if ".tmp-" not in f]
            found.append(max(folders, key=os.path.getmtime))
        return found

    def bare(self, item, libraries):
        """Compile (+ run when it compiled) of one program: the file, its checks, a main."""
        learner, kind, path, checks = item
        main = os.path.join(self.bare_dir, f"main-{'hidden' if any(c.endswith('hidden.swift') for c in checks) else 'public'}", "main.swift")
        program = path[:-len(".swift")]
        flags = []
        for folder in libraries:
            flags += ["-I", folder, "-L", folder]
        work = os.path.join(self.bare_dir, "scratch", learner)
        os.makedirs(work, exist_ok=True)
        start = time.perf_counter()
        compiled = subprocess.run(["swiftc", "-Onone", "-module-name", "Exercise", *flags, "-lCourseCheck", "-lCourseWire",
                                   path, *checks, main, "-o", program], cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if compiled.returncode == 0:
            subprocess.run([program], cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                           timeout=60)
        return time.perf_counter() - start, compiled.returncode == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--learners", type=int, default=40)
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    ws = Workspace(args.learners)
    out = os.path.join(ws.dir, "class", "gradebook.csv")
    command = ws.gradebook(ws.subs, "--out", out)

    # Set-up: libraries and every checks program, from a one-learner class.
    setup = os.path.join(ws.dir, "setup")
    shutil.copytree(os.path.join(ws.subs, "learner-00"), os.path.join(setup, "subs", "learner-00"))
    timed(ws.gradebook(os.path.join(setup, "subs"), "--out", os.path.join(setup, "g.csv")), ws.dir, ws.env)
    shutil.rmtree(os.path.join(ws.cache, "results"))
    libraries = ws.libraries()
    before = tree_digest(ws.subs)

    # 1. bare, one worker per core.
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=CORES) as pool:
        bare = list(pool.map(lambda item: ws.bare(item, libraries), ws.items))
    bare_wall = time.perf_counter() - start
    bare_sum = sum(t for t, _ in bare)
    compiled = sum(1 for _, ok in bare if ok)

    # 2. cold.
    cold, cold_output, course_peak, largest = measured(command, ws.dir, ws.env)
    # 3. warm.
    warm = statistics.median(timed(command, ws.dir, ws.env)[0] for _ in range(3))
    warm_line = [l for l in timed(command, ws.dir, ws.env)[2].splitlines() if l.startswith("gradebook: ")]
    # 4. one resubmission.
    resubmitted = os.path.join(ws.subs, "learner-01", "Exercises", ws.exercises[0][0])
    with open(resubmitted, "a") as f:
        f.write("// resubmitted\n")
    one = timed(command, ws.dir, ws.env)[0]
    unchanged = tree_digest(ws.subs)
    with open(resubmitted) as f:
        text = f.read()
    with open(resubmitted, "w") as f:
        f.write(text.replace("// resubmitted\n", ""))
    intact = tree_digest(ws.subs) == before and unchanged != before

    rows = open(out).read().splitlines()
    header = rows[0].split(",")
    totals = {r.split(",")[0]: r.split(",")[-2:] for r in rows[1:]}
    full = sum(1 for l, k in ws.kinds.items() if k == "correct" and totals[l][0] == totals[l][1])
    zero = sum(1 for l, k in ws.kinds.items() if k != "correct" and totals[l][0] == "0")

    spread = bare_sum / CORES
    ratio = cold / spread
    files = len(ws.items)
    print(f"{args.learners} learners x {len(ws.exercises)} exercises = {files} files ({compiled} compile), {CORES} cores, "
          f"release build; load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    print(f"  bare swiftc compile+run, sum            {bare_sum:8.2f} s   ({bare_sum / files:.3f} s a file)")
    print(f"  bare, spread over {CORES} cores (sum / {CORES})      {spread:8.2f} s   (pool of {CORES} workers: {bare_wall:.2f} s wall)")
    print(f"  course gradebook, cold                  {cold:8.2f} s   ratio {ratio:.2f} to bare/cores (target <= {COLD_TARGET}) "
          f"{'PASS' if ratio <= COLD_TARGET else 'FAIL'}; {cold / bare_wall:.2f} to the pool's wall time")
    print(f"  course gradebook, nothing changed       {warm:8.3f} s   (target < {WARM_TARGET} s) {'PASS' if warm < WARM_TARGET else 'FAIL'}")
    print(f"  course gradebook, one file resubmitted  {one:8.2f} s")
    print(f"  peak memory: course itself {course_peak:.0f} MiB (VmHWM); largest process of the run {largest:.0f} MiB")
    print(f"  class files unchanged by hostile learners: {'yes' if intact else 'NO'}; "
          f"correct learners with full marks {full}/{sum(1 for k in ws.kinds.values() if k == 'correct')}; "
          f"others with 0: {zero}/{sum(1 for k in ws.kinds.values() if k != 'correct')}; columns {len(header) - 5}")
    print(f"  {(warm_line or ['(no tally)'])[0]}")
    shutil.rmtree(ws.dir, ignore_errors=True)


if __name__ == "__main__":
    main()
