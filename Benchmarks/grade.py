#!/usr/bin/env python3
"""Benchmark `course grade` (two processes per exercise, learner code under bubblewrap)
against baselines measured in the same run; print each figure beside its baseline, the
ratio, the target and PASS/FAIL.

Targets (issue "trustworthy grading"):
  - edit-one re-grade <= 1.3x a bare `swiftc` compile+run of the same files;
  - warm re-grade (nothing changed, all exercises) < 0.3 s;
  - cost of isolation <= 30 ms per run.

Set-up (not measured). The release `course` is built (`swift build -c release --product
course`; the debug build if that fails) and copied, with the CourseCheck and CourseWire
sources, into a temporary package root, so edits others make in the checkout during the run
change nothing. The committed lessons (`git archive HEAD Lessons`) are put beside it, with
every exercise's reference solution in the learner's workspace. A first `course grade`
builds the CourseCheck and CourseWire libraries and every checks program into a private
COURSE_CACHE_DIR.

Every figure is a median over repetitions, in wall seconds and in CPU seconds. CPU is what
the command and every process it starts used, read from a cgroup each command runs in (see
CpuMeter: getrusage misses the sandboxed program); it is what the noise of a shared machine
disturbs least. (`perf stat` has no instruction counter in this kind of VM.)
  1. bare, per exercise: plain `swiftc -Onone` compiling the solution + checks.swift (+
     hidden.swift if any) + a main.swift (`import CourseCheck / CheckRunner.run(checks)`,
     `hidden: hiddenChecks` added with hidden checks) into ONE program against the prebuilt
     CourseCheck and CourseWire, then running it (console mode, no channel): what an
     insecure one-process grader would do.
  2. edit-one, per exercise: a comment appended to the learner's file, then `course grade
     LESSON/NAME` (checks program cached: only the learner's program is compiled), next to
     that exercise's bare run; ratio median and worst over the exercises. Where its time
     goes: the same grade with its result cached (start-up, loading the course, `swiftc
     --version`, the isolation probe); the learner-program compile exactly as the grader
     runs it (captured once through a SWIFTC wrapper), alone, with and without -g; the rest
     (both programs running, joined by pipes, under bwrap; the report). For the worst
     exercise, also `--no-cache` with every process pinned to one CPU (`taskset -c 0`)
     against unpinned: the checks call the learner's functions over pipes, and each call
     that has to wake the other program on another CPU is slow in a VM.
  3. warm: `course grade` of every exercise, nothing changed.
  4. cold: `course grade --no-cache` of every exercise, checks programs cached, against a
     sequential bare pass over all exercises divided by the cores (measured beside it); and
     for information a fully cold grade (checks programs and results removed, libraries kept).
  5. isolation: `course grade --no-cache` of the quickest exercise with `--isolation
     required` and `--isolation off`, alternating, median of paired differences with a rough
     95% interval; and the sandbox layer alone: the grader's exact chain `prlimit … --
     [setpriv … --] bwrap … -- /run/course/true` against `prlimit … -- /bin/true`, a few
     hundred runs each, and the same for a minimal Swift program (what a learner program
     costs to start), with the busy time of the whole machine from /proc/stat besides (it
     includes namespace teardown done in kernel threads, and whatever else runs).

Usage: Benchmarks/grade.py [--runs N]   (N repetitions of each measurement; default 3)
Takes about 1.5 + 1.5*N minutes on 2 cores. Run as root for the cgroup CPU meter and the
setpriv step of the sandbox. Not part of the test suite.
"""
import argparse, glob, os, re, resource, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EDIT_ONE_TARGET = 1.3      # x bare compile+run
WARM_TARGET = 0.3          # seconds
ISOLATION_TARGET = 0.030   # seconds per run
CORES = os.cpu_count() or 1


# Measuring ------------------------------------------------------------------------------

class CpuMeter:
    """CPU seconds used by a command and everything it starts.

    getrusage(RUSAGE_CHILDREN) misses the sandboxed program: under bwrap it is reaped by
    bwrap's init inside the namespace, and that init, outliving bwrap, by PID 1, so its CPU
    never reaches the grader's parent. So each command runs in a cgroup of its own (cgroup v2
    `cpu.stat`, else v1 `cpuacct.usage`), which counts every process it starts wherever they
    are re-parented; without a writable cgroup this falls back to getrusage and says so."""

    def __init__(self):
        self.group, self.read = None, None
        name = f"course-grade-bench-{os.getpid()}"
        candidates = [("/sys/fs/cgroup", "cpu.stat"), ("/sys/fs/cgroup/unified", "cpu.stat"),
                      ("/sys/fs/cgroup/cpuacct", "cpuacct.usage")]
        for root, counter in candidates:
            if not os.path.exists(os.path.join(root, "cgroup.procs")):
                continue
            try:
                os.makedirs(os.path.join(root, name), exist_ok=True)
                self.group, self.counter = os.path.join(root, name), counter
                self.usage()
                self.kind = f"cgroup {os.path.join(root, name)}/{counter}"
                return
            except OSError:
                self.group = None
        self.kind = "getrusage(RUSAGE_CHILDREN); misses sandboxed programs, no writable cgroup here"

    def usage(self):
        """CPU seconds the group has used, or of reaped children without a group."""
        if self.group is None:
            r = resource.getrusage(resource.RUSAGE_CHILDREN)
            return r.ru_utime + r.ru_stime
        with open(os.path.join(self.group, self.counter)) as f:
            if self.counter == "cpuacct.usage":
                return int(f.read()) / 1e9
            return int(dict(line.split() for line in f)["usage_usec"]) / 1e6

    def join(self):
        """In the child before exec: enter the group."""
        if self.group is not None:
            with open(os.path.join(self.group, "cgroup.procs"), "w") as f:
                f.write(str(os.getpid()))

    def close(self):
        # Zombies of sandboxes keep the group busy until PID 1 reaps them.
        for _ in range(50):
            try:
                if self.group is not None:
                    os.rmdir(self.group)
                return
            except OSError:
                time.sleep(0.2)


CPU = None  # the CpuMeter, made in main()


def run(command, cwd, env=None, allowed=(0,), output=None):
    """Runs `command` to the end, expecting an exit status in `allowed`; returns (wall
    seconds, CPU seconds). Its output is appended to the list `output` if given."""
    before = CPU.usage()
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            preexec_fn=CPU.join)
    wall = time.perf_counter() - start
    cpu = CPU.usage() - before
    if output is not None:
        output.append(result.stdout.decode(errors="replace"))
    if result.returncode not in allowed:
        sys.exit(f"error: {' '.join(command)} exited {result.returncode}:\n{result.stdout.decode(errors='replace')[-3000:]}")
    return wall, cpu


def median(samples):
    """(median wall, median CPU) of (wall, cpu) samples."""
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def busy_cpu_seconds():
    """Seconds all CPUs spent not idle since boot (/proc/stat), or None."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return None
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


# The workspace ---------------------------------------------------------------------------

class Workspace:
    """A private copy of the course with every solution in the learner's workspace, a
    private package root and cache, and the `course` binary to measure."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="course-grade-bench-")
        os.chmod(self.dir, 0o755)  # the sandboxed user must reach the copied /bin/true
        self.binary = self._build()
        self.failures = []  # solutions that did not pass, one line per grade
        package = os.path.join(self.dir, "package")
        for library in ["CourseCheck", "CourseWire"]:
            shutil.copytree(os.path.join(ROOT, "Sources", library), os.path.join(package, "Sources", library))
        self._copy_lessons()
        self.cache = os.path.join(self.dir, "cache")
        self.env = dict(os.environ, COURSE_CACHE_DIR=self.cache, COURSE_PACKAGE_ROOT=package)
        self.exercises = []  # (id, learner file, [checks.swift, hidden.swift if any])
        for solution in sorted(glob.glob(os.path.join(self.dir, "Lessons/*/exercises/*/solution.swift"))):
            folder = os.path.dirname(solution)
            lesson = os.path.basename(os.path.dirname(os.path.dirname(folder))).split("-", 1)[1]
            name = os.path.basename(folder)
            learner = os.path.join(self.dir, "Exercises", lesson, name + ".swift")
            os.makedirs(os.path.dirname(learner), exist_ok=True)
            shutil.copy(solution, learner)
            checks = [os.path.join(folder, f) for f in ["checks.swift", "hidden.swift"] if os.path.exists(os.path.join(folder, f))]
            self.exercises.append((f"{lesson}/{name}", learner, checks))
        if not self.exercises:
            sys.exit("error: the course has no exercises to grade")
        # The bare program's main, as the grader's checks program has it (hidden checks too).
        os.makedirs(os.path.join(self.dir, "bare"))
        self.bare_mains = {}
        for hidden, call in [(False, "CheckRunner.run(checks)"), (True, "CheckRunner.run(checks, hidden: hiddenChecks)")]:
            self.bare_mains[hidden] = os.path.join(self.dir, "bare", f"main-{'hidden' if hidden else 'public'}", "main.swift")
            os.makedirs(os.path.dirname(self.bare_mains[hidden]))
            with open(self.bare_mains[hidden], "w") as f:
                f.write(f"import CourseCheck\n{call}\n")

    def _copy_lessons(self):
        """The committed lessons (others may be editing the checkout's), or the checkout's
        when it is not a git repository."""
        archive = subprocess.run(["git", "archive", "--format=tar", "HEAD", "Lessons"], cwd=ROOT, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL)
        if archive.returncode == 0:
            subprocess.run(["tar", "-x", "-C", self.dir], input=archive.stdout, check=True)
        else:
            shutil.copytree(os.path.join(ROOT, "Lessons"), os.path.join(self.dir, "Lessons"))

    def _build(self):
        for configuration in ["release", "debug"]:
            built = subprocess.run(["swift", "build", "-c", configuration, "--product", "course"], cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if built.returncode == 0:
                self.configuration = configuration
                binary = os.path.join(self.dir, "course")
                shutil.copy(os.path.join(ROOT, ".build", configuration, "course"), binary)
                return binary
            print(f"warning: the {configuration} build failed:\n{built.stderr.decode(errors='replace')[-1500:]}", file=sys.stderr)
        sys.exit("error: cannot build course")

    def grade(self, *arguments, env=None):
        """`course grade ARGUMENTS` in the workspace. Every solution should pass; one that
        does not (a time-out on a loaded machine, say) is counted in `self.failures` and
        its timing kept."""
        output = []
        sample = run([self.binary, "grade", *arguments], self.dir, env or self.env, allowed=(0, 1), output=output)
        lines = output[0].splitlines()
        for index, line in enumerate(lines):
            if line.startswith("\u2717 "):  # "✗ exercise  outcome  points", then why
                exercise, outcome = re.split(r"\s{2,}", line[2:])[:2]
                why = lines[index + 1].strip() if index + 1 < len(lines) else ""
                self.failures.append(f"{exercise} {outcome}: {why[:100]}")
        return sample

    def libraries(self):
        """The prebuilt CourseCheck and CourseWire folders (newest of each)."""
        found = []
        for name in ["CourseCheck", "CourseWire"]:
            folders = [f for f in glob.glob(os.path.join(self.cache, "toolchain", name + "-*")) if ".tmp-" not in f]
            if not folders:
                sys.exit(f"error: no {name} library in {self.cache}/toolchain after a first grade")
            found.append(max(folders, key=os.path.getmtime))
        return found

    def bare(self, exercise, libraries):
        """Compile+run of one program made of the solution, the checks (public and hidden) and
        a main; returns ((wall, cpu) of the compile, (wall, cpu) of the run)."""
        exercise_id, learner, checks = exercise
        main = self.bare_mains[any(c.endswith("/hidden.swift") for c in checks)]
        program = os.path.join(self.dir, "bare", exercise_id.replace("/", "-"))
        flags = []
        for folder in libraries:
            flags += ["-I", folder, "-L", folder]
        command = ["swiftc", "-Onone", "-module-name", "Exercise", *flags, "-lCourseCheck", "-lCourseWire",
                   learner, *checks, main, "-o", program]
        return run(command, self.dir), run([program], self.dir)

    def edit(self, learner):
        with open(learner, "a") as f:
            f.write(f"// edited {time.time_ns()}\n")


# The learner-program compile, as the grader runs it --------------------------------------

def capture_worker_compiles(workspace):
    """Grades everything once through a SWIFTC wrapper that keeps a copy of each
    learner-program compile (its arguments and the generated dispatcher, which the grader
    deletes). Returns {exercise id: argument list with the dispatcher copy and a private
    output path} to re-run that exact compile alone."""
    real = shutil.which("swiftc") or sys.exit("error: swiftc is not on PATH")
    stash = os.path.join(workspace.dir, "captured")
    os.makedirs(stash)
    wrapper = os.path.join(workspace.dir, "swiftc-wrapper")
    with open(wrapper, "w") as f:
        f.write(f"""#!/bin/sh
case " $* " in *" -module-name Submission "*)
    keep="{stash}/$$"; mkdir -p "$keep"; printf '%s\\n' "$@" > "$keep/arguments"
    for argument in "$@"; do case "$argument" in */worker/main.swift) cp "$argument" "$keep/main.swift";; esac; done;;
esac
exec "{real}" "$@"
""")
    os.chmod(wrapper, 0o755)
    # Not isolated: the sandbox finds the Swift runtime beside the real swiftc, not the wrapper.
    workspace.grade("--no-cache", "--isolation", "off", env=dict(workspace.env, SWIFTC=wrapper))
    by_learner = {os.path.realpath(learner): exercise_id for exercise_id, learner, _ in workspace.exercises}
    commands = {}
    for keep in glob.glob(os.path.join(stash, "*")):
        with open(os.path.join(keep, "arguments")) as f:
            arguments = f.read().splitlines()
        learner = next(os.path.realpath(a) for a in arguments if os.path.realpath(a) in by_learner)
        arguments = [os.path.join(keep, "main.swift") if a.endswith("/worker/main.swift") else a for a in arguments]
        arguments[arguments.index("-o") + 1] = os.path.join(keep, "program")
        commands[by_learner[learner]] = [real] + arguments
    return commands


# The sandbox layer alone ------------------------------------------------------------------

def sandbox_chains(workspace):
    """The grader's command line for a learner program under isolation and without it
    (Sources/Sandbox/Isolation.swift, ChildLauncher.swift), for two programs put in a folder
    of their own: `true` (a copy of /bin/true) and `hello`, a Swift program compiled as the
    grader compiles learner programs (`print("")`, -Onone -g). Returns command(program,
    isolated, number): the user ID rotates over 100 values, as Isolation.unprivilegedID's do."""
    def clamp(resource_id, wanted):
        hard = resource.getrlimit(resource_id)[1]
        return wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    cpu, memory, file_size, processes = 5, 1 << 30, 16 << 20, 64  # Grader.defaultLimits
    prlimit = [shutil.which("prlimit") or sys.exit("error: prlimit is not installed"),
               f"--cpu={clamp(resource.RLIMIT_CPU, cpu)}:{clamp(resource.RLIMIT_CPU, cpu + 1)}",
               f"--as={clamp(resource.RLIMIT_AS, memory)}:{clamp(resource.RLIMIT_AS, memory)}",
               f"--fsize={clamp(resource.RLIMIT_FSIZE, file_size)}:{clamp(resource.RLIMIT_FSIZE, file_size)}",
               f"--nproc={clamp(resource.RLIMIT_NPROC, processes)}:{clamp(resource.RLIMIT_NPROC, processes)}",
               "--core=0:0", "--"]
    bwrap = shutil.which("bwrap") or sys.exit("error: bwrap is not installed")

    folder = os.path.join(workspace.dir, "sandbox-bin")
    os.makedirs(folder)
    os.chmod(folder, 0o755)
    shutil.copy("/bin/true", os.path.join(folder, "true"))
    with open(os.path.join(folder, "hello.swift"), "w") as f:
        f.write('print("")\n')
    run(["swiftc", "-Onone", "-g", "hello.swift", "-o", "hello"], folder)

    swift_root = os.path.dirname(os.path.dirname(os.path.realpath(shutil.which("swiftc"))))
    runtime = [p for p in [os.path.join(swift_root, "lib/swift/linux"), os.path.join(swift_root, "libexec/swift/linux")]
               if os.path.exists(p)]
    system = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc"]
    hidden = [workspace.env["COURSE_PACKAGE_ROOT"], workspace.dir, workspace.cache]
    sandbox = [bwrap, "--unshare-all", "--die-with-parent", "--new-session"]
    for path in system + runtime:
        sandbox += ["--ro-bind-try", path, path]
    for path in hidden:  # covered when strictly inside a visible folder
        if path not in system + runtime and any(path.startswith(s.rstrip("/") + "/") for s in system + runtime):
            sandbox += ["--tmpfs", path, "--remount-ro", path]
    sandbox += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--ro-bind", folder, "/run/course",
                "--chdir", "/tmp", "--"]
    setpriv = shutil.which("setpriv")
    if os.geteuid() == 0 and not setpriv:
        sys.exit("error: setpriv is not installed")

    def command(program, isolated, number):
        if not isolated:
            return prlimit + [os.path.join(folder, program)]
        drop = []
        if os.geteuid() == 0:
            # Root: drop to a user of the run's own. The namespace's init outlives bwrap and
            # waits as a zombie for PID 1 to reap it; one user ID reused at once would run
            # into the 64-process limit, so the IDs rotate as the grader's do.
            user = 1_000_000_000 + (os.getpid() % 100_000) * 100 + number % 100
            drop = [setpriv, f"--reuid={user}", f"--regid={user}", "--clear-groups", "--"]
        return prlimit + drop + sandbox + ["/run/course/" + program]

    return command


def sandbox_micro(workspace, blocks, per_block):
    """ms per run (wall, CPU, busy CPU of the whole machine) of each program with and
    without isolation, interleaved in blocks; medians of the per-block means.
    Keys: (program, isolated)."""
    command = sandbox_chains(workspace)
    env = {"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    kinds = [(program, isolated) for program in ["true", "hello"] for isolated in [False, True]]
    results = {kind: [] for kind in kinds}
    number = 0
    for _ in range(blocks):
        for kind in kinds:
            busy = busy_cpu_seconds()
            wall = cpu = 0.0
            for _ in range(per_block):
                number += 1
                w, c = run(command(*kind, number), "/", env)
                wall, cpu = wall + w, cpu + c
            busy = None if busy is None else busy_cpu_seconds() - busy
            results[kind].append((wall / per_block, cpu / per_block, None if busy is None else busy / per_block))
    summary = {}
    for kind, rows in results.items():
        busy = [r[2] for r in rows if r[2] is not None]
        summary[kind] = (statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows),
                         statistics.median(busy) if busy else None)
    return summary


# The table --------------------------------------------------------------------------------

class Table:
    def __init__(self):
        self.rows = []

    def add(self, what, figure, baseline=None, ratio=None, target="", verdict="info"):
        self.rows.append((what, figure, baseline or "", ratio or "", target, verdict))

    def section(self, title):
        self.rows.append((title,))

    def print(self):
        header = ("measure", "figure", "baseline", "ratio", "target", "")
        widths = [max(len(r[i]) for r in self.rows + [header] if len(r) > 1) for i in range(6)]
        line = lambda r: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip()
        print(line(header))
        for row in self.rows:
            print(row[0] if len(row) == 1 else line(row))


def seconds(x):
    return f"{x:.3f} s"


def ms(x):
    return f"{x * 1000:.1f} ms"


def verdict(ok):
    return "PASS" if ok else "FAIL"


def verdict_within_noise(value, noise, limit):
    """PASS or FAIL only when the whole interval value +/- noise is on one side of limit."""
    if value + noise <= limit:
        return "PASS"
    return "FAIL" if value - noise > limit else "noisy"


# Main ---------------------------------------------------------------------------------------

def main():
    global CPU
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="repetitions of each measurement (default 3)")
    args = parser.parse_args()

    CPU = CpuMeter()
    workspace = Workspace()
    try:
        measure(workspace, max(1, args.runs))
    finally:
        shutil.rmtree(workspace.dir, ignore_errors=True)
        CPU.close()


def measure(workspace, runs):
    ids = [e[0] for e in workspace.exercises]
    print(f"course ({workspace.configuration} build), {len(ids)} exercises, {CORES} cores, median of {runs} runs "
          f"unless said; CPU from {CPU.kind}; load average {os.getloadavg()[0]:.2f} at start", flush=True)

    # Set-up: libraries and checks programs built, file caches warm.
    workspace.grade()
    libraries = workspace.libraries()
    worker_compiles = capture_worker_compiles(workspace)
    for exercise in workspace.exercises:
        workspace.bare(exercise, libraries)

    m = edit_one(workspace, libraries, worker_compiles, runs)
    # Solutions that did not pass (a time-out) are never answered from the results cache.
    uncached = {i for i in ids if any(f.startswith(i + " ") for f in workspace.failures)}
    worst = max(ids, key=lambda i: m["edit"][i][0] / m["bare"][i][0])
    pinned = pinned_to_one_cpu(workspace, worst, runs)
    warm = median([workspace.grade() for _ in range(max(5, 2 * runs))])
    cold = cold_grades(workspace, libraries, runs)
    quickest = min(ids, key=lambda i: m["bare"][i][0])
    graded = graded_isolation(workspace, quickest, pairs=10 * runs)
    micro = sandbox_micro(workspace, blocks=2 * runs, per_block=50)

    table = Table()
    edit_one_rows(table, m, ids, uncached, worst, pinned)
    table.section("warm: `course grade`, nothing changed, all exercises")
    table.add("  wall", seconds(warm[0]), target=f"< {WARM_TARGET} s", verdict=verdict(warm[0] < WARM_TARGET))
    table.add("  CPU", seconds(warm[1]))
    cold_rows(table, *cold)
    isolation_rows(table, quickest, 10 * runs, graded, 2 * runs * 50, micro)
    print()
    table.print()
    if workspace.failures:
        print("\nreference solutions that did NOT pass (their timings are in the figures above):")
        for failure in sorted(set(workspace.failures)):
            print(f"  {workspace.failures.count(failure)}x {failure}")
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end")


# The phases ---------------------------------------------------------------------------------

def edit_one(workspace, libraries, worker_compiles, runs):
    """Per exercise, interleaved: bare compile+run; a comment appended, then `course grade`
    of it; the same grade answered from the cache; the learner-program compile alone, with
    and without -g. Returns {part: {exercise id: (median wall, median CPU)}}."""
    parts = ["bare compile", "bare run", "bare", "edit", "cached", "worker", "worker without -g"]
    m = {part: {} for part in parts}
    for exercise in workspace.exercises:
        exercise_id, learner, _ = exercise
        compile_command = worker_compiles[exercise_id]
        samples = {part: [] for part in parts}
        for _ in range(runs):
            c, r = workspace.bare(exercise, libraries)
            samples["bare compile"].append(c)
            samples["bare run"].append(r)
            samples["bare"].append((c[0] + r[0], c[1] + r[1]))
            workspace.edit(learner)
            samples["edit"].append(workspace.grade(exercise_id))
            samples["cached"].append(workspace.grade(exercise_id))
            samples["worker"].append(run(compile_command, workspace.dir))
            samples["worker without -g"].append(run([a for a in compile_command if a != "-g"], workspace.dir))
        for part in parts:
            m[part][exercise_id] = median(samples[part])
        print(f"  {exercise_id:50} bare {m['bare'][exercise_id][0]:6.3f} s   edit-one {m['edit'][exercise_id][0]:6.3f} s",
              flush=True)
    return m


def pinned_to_one_cpu(workspace, exercise_id, runs):
    """`course grade --no-cache` of one exercise with every process on CPU 0 (`taskset`), so
    no call over the pipes has to wake the other program on another CPU, and unpinned:
    (median pinned, median unpinned), or None without taskset."""
    if not shutil.which("taskset"):
        return None
    pinned, unpinned = [], []
    for _ in range(runs):
        unpinned.append(workspace.grade("--no-cache", exercise_id))
        pinned.append(run(["taskset", "-c", "0", workspace.binary, "grade", "--no-cache", exercise_id], workspace.dir,
                          workspace.env, allowed=(0, 1)))
    return median(pinned), median(unpinned)


def cold_grades(workspace, libraries, runs):
    """`course grade --no-cache` of everything (checks programs cached), each run beside a
    sequential bare pass over all exercises; then fully cold grades (checks programs and
    results removed, libraries kept). Returns medians (cold, bare pass, fully cold)."""
    cold, bare_all = [], []
    for _ in range(runs):
        passes = [workspace.bare(e, libraries) for e in workspace.exercises]
        bare_all.append((sum(c[0] + r[0] for c, r in passes), sum(c[1] + r[1] for c, r in passes)))
        cold.append(workspace.grade("--no-cache"))
    fully_cold = []
    for _ in range(runs):
        for folder in ["checks", "results"]:
            shutil.rmtree(os.path.join(workspace.cache, folder), ignore_errors=True)
        fully_cold.append(workspace.grade())
    return median(cold), median(bare_all), median(fully_cold)


def graded_isolation(workspace, exercise_id, pairs):
    """`course grade --no-cache` of one exercise with `--isolation required` and `off`, in
    alternating order. Returns (median paired difference, its rough 95% half-width, median
    of the runs without isolation), each as (wall, CPU)."""
    differences, open_runs = [], []
    for repetition in range(pairs):
        order = ["required", "off"] if repetition % 2 == 0 else ["off", "required"]
        pair = {mode: workspace.grade("--no-cache", "--isolation", mode, exercise_id) for mode in order}
        differences.append((pair["required"][0] - pair["off"][0], pair["required"][1] - pair["off"][1]))
        open_runs.append(pair["off"])

    def notch(k):  # the box plot's notch: 1.58 IQR / sqrt(n)
        if len(differences) < 4:
            return float("nan")
        q = statistics.quantiles([d[k] for d in differences], n=4)
        return 1.58 * (q[2] - q[0]) / len(differences) ** 0.5

    return median(differences), (notch(0), notch(1)), median(open_runs)


# The rows -------------------------------------------------------------------------------------

def edit_one_rows(table, m, ids, uncached, worst, pinned):
    target = f"<= {EDIT_ONE_TARGET}x"
    table.section(f"edit-one: a comment appended, `course grade LESSON/NAME`, vs bare swiftc compile+run ({len(ids)} exercises)")
    for k, unit in [(0, "wall"), (1, "CPU")]:
        ratios = {i: m["edit"][i][k] / m["bare"][i][k] for i in ids}
        mid, highest = statistics.median(ratios.values()), max(ids, key=ratios.get)
        table.add(f"  {unit}, median over exercises", seconds(statistics.median(m["edit"][i][k] for i in ids)),
                  seconds(statistics.median(m["bare"][i][k] for i in ids)), f"{mid:.2f}x", target, verdict(mid <= EDIT_ONE_TARGET))
        table.add(f"  {unit}, worst: {highest}", seconds(m["edit"][highest][k]), seconds(m["bare"][highest][k]),
                  f"{ratios[highest]:.2f}x", target, verdict(ratios[highest] <= EDIT_ONE_TARGET))

    # A result that was not cached has no cached-grade time of its own: use the others'.
    others = [m["cached"][i][0] for i in ids if i not in uncached]
    fixed = {i: statistics.median(others) if i in uncached and others else m["cached"][i][0] for i in ids}
    for label, chosen in [("median over exercises", ids), (f"worst: {worst}", [worst])]:
        part = lambda name: statistics.median(m[name][i][0] for i in chosen)
        start = statistics.median(fixed[i] for i in chosen)
        rest = statistics.median(m["edit"][i][0] - fixed[i] - m["worker"][i][0] for i in chosen)
        table.section(f"  where edit-one's wall time goes, {label} (baseline: the bare program's part)")
        table.add("    grade with the result cached (start, load, swiftc --version, probe)"
                  if not (len(chosen) == 1 and worst in uncached) else "    grade with the result cached: n/a (not cached), others' median",
                  seconds(start))
        table.add("    + learner program: swiftc -Onone -g, alone", seconds(part("worker")),
                  seconds(part("bare compile")), f"{part('worker') / part('bare compile'):.2f}x")
        table.add("        (the same without -g)", seconds(part("worker without -g")))
        table.add("    + the rest: both programs run over pipes, bwrap, report", seconds(rest), seconds(part("bare run")),
                  f"{rest / part('bare run'):.1f}x")
        table.add("    = edit-one", seconds(part("edit")), seconds(part("bare")), f"{part('edit') / part('bare'):.2f}x")
    if pinned:
        table.add("    diagnosis: --no-cache, all on one CPU (taskset -c 0) vs unpinned", seconds(pinned[0][0]),
                  seconds(pinned[1][0]), f"{pinned[0][0] / pinned[1][0]:.2f}x")


def cold_rows(table, cold, bare_all, fully_cold):
    table.section(f"cold: `course grade --no-cache`, checks programs cached, vs all bare runs / {CORES} cores")
    table.add("  wall", seconds(cold[0]), seconds(bare_all[0] / CORES), f"{cold[0] / (bare_all[0] / CORES):.2f}x")
    table.add("  CPU (baseline: all bare runs)", seconds(cold[1]), seconds(bare_all[1]), f"{cold[1] / bare_all[1]:.2f}x")
    table.add("  fully cold (checks programs and results removed), wall", seconds(fully_cold[0]),
              seconds(bare_all[0] / CORES), f"{fully_cold[0] / (bare_all[0] / CORES):.2f}x")
    table.add("  fully cold, CPU", seconds(fully_cold[1]), seconds(bare_all[1]), f"{fully_cold[1] / bare_all[1]:.2f}x")


def isolation_rows(table, exercise_id, pairs, graded, micro_runs, micro):
    limit = f"<= {ISOLATION_TARGET * 1000:.0f} ms"
    cost, noise, open_run = graded
    table.section(f"isolation per run, graded: `course grade --no-cache {exercise_id}`, required vs off, {pairs} pairs")
    for k, unit in [(0, "wall"), (1, "CPU")]:
        table.add(f"  {unit} cost: median paired difference, +/- rough 95%", f"{ms(cost[k])} +/-{noise[k] * 1000:.0f}",
                  f"{seconds(open_run[k])} off", f"{(open_run[k] + cost[k]) / open_run[k]:.2f}x",
                  limit, verdict_within_noise(cost[k], noise[k], ISOLATION_TARGET))
    table.section(f"isolation per run, sandbox layer alone: prlimit+setpriv+bwrap vs prlimit, {micro_runs} runs each")
    for program, label in [("true", "/run/course/true (copy of /bin/true)"), ("hello", "a Swift print(\"\") -Onone -g")]:
        plain, isolated = micro[(program, False)], micro[(program, True)]
        table.section(f"  {label}")
        for k, unit in [(0, "wall"), (1, "CPU")]:
            table.add(f"    {unit} cost (isolated - plain)", ms(isolated[k] - plain[k]), f"{ms(plain[k])} plain",
                      f"{isolated[k] / plain[k]:.1f}x", limit, verdict(isolated[k] - plain[k] <= ISOLATION_TARGET))
        if plain[2]:
            table.add("    busy CPU of the whole machine, cost (incl. others)", ms(isolated[2] - plain[2]),
                      f"{ms(plain[2])} plain", f"{isolated[2] / plain[2]:.1f}x")


if __name__ == "__main__":
    main()
