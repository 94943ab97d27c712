#!/usr/bin/env python3
"""The interactive explorers (explorers.js) in a real browser, against the course's Swift.

1. Numbers. A small Swift program (ExplorerOracle/main.swift) is compiled with `swiftc`
   together with the reference solutions of the exercises the explorers illustrate
   (sinusoidal-encoding, relative-position-bucket, rope-interleaved, rotate-pair) and prints
   their results for a table of inputs. The same inputs go through the pure functions on
   window.courseExplorers in Chromium, and the two must agree: buckets and bucket edges
   exactly, floating point within 1e-9 of the quantity's scale (see `close`).
2. The page. Each explorer is built, labelled and shown; the numbers it shows (each readout
   keeps its full value in data-value) equal the Swift results for the state on screen, and
   the text shown is that value rounded; arrow keys move every slider and the readouts
   follow; "move m and n together" keeps the score on the page unchanged; the bidirectional
   toggle works from the keyboard; with the folded lists open there is no axe violation and
   no sideways scroll at 390 px, light or dark; in print and without JavaScript the explorer
   is hidden and the static figures stay.

In a learner edition the reference solutions are absent: the comparisons with Swift are
skipped (saying so) and the rest still runs.

Usage: explorers_test.py SITE_FOLDER [--screenshots DIR]. Exits 1 if any check failed.
"""
import argparse, math, os, random, re, shutil, subprocess, sys, tempfile, traceback, json

from playwright.sync_api import sync_playwright
from axe_playwright_python.sync_playwright import Axe

from site_test import AXE_OPTIONS, CHROMIUM, Checks, url_of, watch

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ORACLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ExplorerOracle", "main.swift")
SOLUTIONS = [
    "Lessons/03-sinusoidal/exercises/sinusoidal-encoding/solution.swift",
    "Lessons/04-learned-and-relative/exercises/relative-position-bucket/solution.swift",
    "Lessons/05-rotary-idea/exercises/rope-interleaved/solution.swift",
    "Lessons/05-rotary-idea/exercises/rotate-pair/solution.swift",
]
PAGES = {"rope": "05-rotary-idea.html", "sinusoid": "03-sinusoidal.html", "t5-buckets": "04-learned-and-relative.html"}
TAU = 2 * math.pi

# The rope explorer's vectors: the lesson's "dog" query and "barks" key in every pair.
def dog_and_barks(dimension):
    return [1, 0.5] * (dimension // 2), [0.8, -0.6] * (dimension // 2)


class Tally:
    """How many values were compared and the largest difference seen (relative to scale)."""
    def __init__(self):
        self.values = 0
        self.exact = 0
        self.largest = 0.0
        self.where = ""


def scaled_difference(a, b):
    return abs(a - b) / max(abs(a), abs(b), 1.0)


def close(a, b):
    # Within 1e-9 of the quantity's scale, max(|a|, |b|, 1). The JavaScript performs the
    # solutions' operations in the same order, but the maths libraries differ: V8 has its own
    # pow, sin, cos and log (ports of fdlibm), Swift on Linux calls glibc's, and either may be
    # one unit in the last place off. A one-ulp difference in θ_i = base^(−2i/d) (~1e-16
    # relative) is multiplied by the position, up to 100,000, so angles may differ by ~1e-11
    # rad and a sine near zero by far more than 1e-9 of its own tiny size while still agreeing
    # to ~1e-11 in absolute terms. Every value compared is a sine, cosine, frequency, angle,
    # rotated coordinate or score of order 1 or more, so the floor of 1 is the honest scale.
    # (Measured: the largest difference is ~1e-11; see the summary line.)
    return scaled_difference(a, b) <= 1e-9


def circle_difference(a, b):
    """The distance between two angles on the circle, in radians."""
    d = abs(a - b) % TAU
    return min(d, TAU - d)


def compare(checks, tally, name, js, swift, where, angle=False):
    """Floating-point values (scalars or lists) within tolerance; records the largest gap."""
    if isinstance(swift, list):
        if not checks.expect(isinstance(js, list) and len(js) == len(swift), f"{name}: same length", detail=where):
            return
        pairs = list(zip(js, swift))
    else:
        pairs = [(js, swift)]
    worst = 0.0
    for a, b in pairs:
        difference = circle_difference(a, b) if angle else scaled_difference(a, b)
        worst = max(worst, difference)
        tally.values += 1
    if worst > tally.largest:
        tally.largest, tally.where = worst, f"{name} {where}"
    checks.expect(worst <= 1e-9, f"{name} equals the Swift result", detail=f"{where}: off by {worst:.3g}")


# ---------------------------------------------------------------- the Swift side

def build_oracle(workdir):
    """Compiles the oracle with the reference solutions; None when they are not here."""
    missing = [path for path in SOLUTIONS if not os.path.exists(os.path.join(ROOT, path))]
    if missing:
        print(f"SKIP comparison with Swift: no reference solutions here (a learner edition?): {missing[0]}", flush=True)
        return None
    sources = [shutil.copy(ORACLE, os.path.join(workdir, "main.swift"))]
    for path in SOLUTIONS:   # distinct file names: swiftc refuses two files called solution.swift
        sources.append(shutil.copy(os.path.join(ROOT, path), os.path.join(workdir, path.split("/")[-2] + ".swift")))
    binary = os.path.join(workdir, "oracle")
    swiftc = os.environ.get("SWIFTC", "swiftc")
    subprocess.run([swiftc, "-o", binary] + sources, check=True)
    return binary


def run_oracle(binary, table):
    result = subprocess.run([binary], input=json.dumps(table).encode(), capture_output=True, check=True)
    return json.loads(result.stdout)


# ---------------------------------------------------------------- the table of inputs

T5_SETS = [  # (num_buckets, max_distance, bidirectional)
    (32, 128, True), (32, 128, False), (8, 16, True), (10, 20, True), (10, 20, False),
    (4, 2, True), (5, 3, False), (64, 1000, True), (100, 129, False), (1024, 100000, False),
]
T5_UNDEFINED = [(2, 1, True), (3, 50, True), (32, 8, True), (2, 1, False), (16, 8, False)]


def input_table():
    rng = random.Random(20261201)
    rope = []
    positions = [(0, 0), (1, 4), (3, 7), (100, 103), (1000, 1003), (99997, 100000), (100000, 0), (12345, 678)]
    for dimension in (2, 8, 64, 128, 1024):
        for base in (10000.0, 500000.0, 2.0, 1234.5, 1e7):
            for index, (m, n) in enumerate(positions):
                pair = [0, dimension // 4, dimension // 2 - 1][index % 3]
                q = [rng.gauss(0, 1) for _ in range(dimension)]
                k = [rng.gauss(0, 1) for _ in range(dimension)]
                rope.append({"dimension": dimension, "base": base, "pair": pair, "m": m, "n": n, "q": q, "k": k})
    rotate_pair = [{"v": [rng.gauss(0, 1), rng.gauss(0, 1)], "position": rng.randrange(0, 100001),
                    "theta": 10 ** rng.uniform(-7, 0)} for _ in range(100)]
    sinusoid = [{"dimension": d, "base": base, "position": p}
                for d in (2, 8, 64, 512, 1024) for base in (10000.0, 500000.0, 2.5, 1e7) for p in (0, 1, 10, 63, 4095)]
    t5 = []
    for buckets, max_distance, bidirectional in T5_SETS:
        # Every relative position from −(max_distance + 1) to max_distance + 1 (so the bucket
        # edges can be read off), ±1,100 around zero, and far away on both sides.
        relatives = set(range(-(max_distance + 1), max_distance + 2)) | set(range(-1100, 1101))
        relatives |= {-100000, -99999, -5000, 5000, 99999, 100000}
        t5.append({"buckets": buckets, "maxDistance": max_distance, "bidirectional": bidirectional,
                   "relatives": sorted(relatives)})
    return {"rope": rope, "rotatePair": rotate_pair, "sinusoid": sinusoid, "t5": t5}


def runs_from(relatives, buckets, max_distance):
    """Bucket edges as the explorer lists them, read off the Swift buckets: each bucket with
    the first and last relative position it covers, ±infinity at the open ends."""
    runs = []
    for r, b in zip(relatives, buckets):
        if abs(r) > max_distance + 1:
            continue
        if runs and runs[-1]["bucket"] == b:
            runs[-1]["to"] = r
        else:
            runs.append({"bucket": b, "from": r, "to": r})
    runs[0]["from"], runs[-1]["to"] = -math.inf, math.inf
    return sorted(runs, key=lambda run: run["bucket"])


JS_TABLE = """table => {
  const E = window.courseExplorers;
  return {
    rope: table.rope.map(r => ({
      score: E.rope.score(r), pairScore: E.rope.pairScore(r),
      queryRotated: E.rope.rotate(r.q, r.m, r), keyRotated: E.rope.rotate(r.k, r.n, r),
      theta: E.rope.theta(r.pair, r), angleM: E.rope.angle(r.m, r), angleN: E.rope.angle(r.n, r)
    })),
    rotatePair: table.rotatePair.map(r => E.rope.rotatePair(r.v, r.position, r.theta)),
    sinusoid: table.sinusoid.map(r => ({ row: E.sinusoid.row(r.position, r), pairs: E.sinusoid.pairs(r.position, r) })),
    t5: table.t5.map(s => {
      const p = { buckets: s.buckets, max_distance: s.maxDistance, bidirectional: s.bidirectional };
      return { buckets: s.relatives.map(r => E.t5.bucket(r, p)), edges: E.t5.edges(p), defined: E.t5.isDefined(p) };
    })
  };
}"""


def numbers_match_swift(page, checks, tally, oracle):
    table = input_table()
    swift = run_oracle(oracle, table)
    js = page.evaluate(JS_TABLE, table)

    for row, s, j in zip(table["rope"], swift["rope"], js["rope"]):
        where = f"d={row['dimension']} base={row['base']} i={row['pair']} m={row['m']} n={row['n']}"
        compare(checks, tally, "rope.score", j["score"], s["score"], where)
        compare(checks, tally, "rope.pairScore", j["pairScore"], s["pairScore"], where)
        compare(checks, tally, "rope.rotate (query)", j["queryRotated"], s["queryRotated"], where)
        compare(checks, tally, "rope.rotate (key)", j["keyRotated"], s["keyRotated"], where)
        compare(checks, tally, "rope.theta", j["theta"], s["theta"], where)
        compare(checks, tally, "rope.angle (m)", j["angleM"], s["angleM"], where, angle=True)
        compare(checks, tally, "rope.angle (n)", j["angleN"], s["angleN"], where, angle=True)
    for row, s, j in zip(table["rotatePair"], swift["rotatePair"], js["rotatePair"]):
        compare(checks, tally, "rope.rotatePair", j, s, f"{row}")
    for row, s, j in zip(table["sinusoid"], swift["sinusoid"], js["sinusoid"]):
        where = f"d={row['dimension']} base={row['base']} p={row['position']}"
        compare(checks, tally, "sinusoid.row", j["row"], s["row"], where)
        compare(checks, tally, "sinusoid.pairs sin/cos", [v for e in j["pairs"] for v in (e["sin"], e["cos"])], s["row"], where)
        compare(checks, tally, "sinusoid frequency", [e["frequency"] for e in j["pairs"]], s["frequencies"], where)
        compare(checks, tally, "sinusoid wavelength", [e["wavelength"] for e in j["pairs"]], [TAU / w for w in s["frequencies"]], where)
        compare(checks, tally, "sinusoid angle", [e["angle"] for e in j["pairs"]], s["angles"], where, angle=True)
        compare(checks, tally, "sinusoid wrapped angle", [e["wrapped"] for e in j["pairs"]], s["angles"], where, angle=True)
    for row, s, j in zip(table["t5"], swift["t5"], js["t5"]):
        where = f"num_buckets={row['buckets']} max_distance={row['maxDistance']} bidirectional={row['bidirectional']}"
        wrong = [(r, a, b) for r, a, b in zip(row["relatives"], j["buckets"], s) if a != b]
        tally.exact += len(s)
        checks.expect(not wrong, "t5.bucket equals relativePositionBucket exactly", detail=f"{where}: (relative, js, swift) {wrong[:5]}")
        expected = runs_from(row["relatives"], s, row["maxDistance"])
        tally.exact += len(expected)
        checks.expect(j["edges"] == expected, "t5.edges equal the Swift buckets' edges", detail=f"{where}: {j['edges'][:3]} vs {expected[:3]}")
        far = [b for r, b in zip(row["relatives"], s) if abs(r) > row["maxDistance"] + 1]
        ends = {run["bucket"] for run in expected if math.isinf(run["from"]) or math.isinf(run["to"])}
        checks.expect(set(far) <= ends, "beyond max_distance every bucket is an end bucket", detail=where)
        checks.expect(j["defined"], "t5.isDefined for sensible parameters", detail=where)
    # Parameters the catalogue accepts but the formula cannot take (the Swift solution traps
    # on them): the explorer must say so instead of showing a number.
    undefined = page.evaluate("""sets => sets.map(([b, d, bi]) => {
        const p = { buckets: b, max_distance: d, bidirectional: bi };
        return [window.courseExplorers.t5.isDefined(p), window.courseExplorers.t5.edges(p).length];
    })""", T5_UNDEFINED)
    checks.expect(all(not defined and count == 0 for defined, count in undefined),
                  "t5.isDefined is false where the formula divides by log(1) or takes log(0)", detail=str(undefined))


# ---------------------------------------------------------------- the page

NUMBER = re.compile(r"[+\u2212-]?\d+(?:,\d{3})*(?:\.\d+)?(?:e[+\u2212-]?\d+)?")


def shown_matches_value(text, value):
    """The first number in `text` is `value` rounded to the digits shown."""
    match = NUMBER.search(text)
    if not match:
        return False
    token = match.group(0).replace("\u2212", "-").replace(",", "")
    mantissa, _, exponent = token.partition("e")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    unit = 10.0 ** (-decimals) * 10.0 ** (int(exponent) if exponent else 0)
    return abs(float(token) - value) <= 0.5 * unit * (1 + 1e-9) + 1e-12


def readouts(explorer):
    """Every readout of an explorer: key → (text shown, full value or None)."""
    return explorer.evaluate("""host => Object.fromEntries([...host.querySelectorAll(".explorer-readout dd")].map(
        dd => [dd.dataset.key, [dd.textContent, dd.hasAttribute("data-value") ? Number(dd.dataset.value) : null]]))""")


def slider_value(explorer, key):
    return explorer.evaluate(f"host => Number(host.querySelector('[id$=\"-{key}-value\"]').dataset.value)")


def shown_values_are_rounded(checks, page, name, numbers):
    for key, (text, value) in numbers.items():
        if value is not None:
            checks.expect(shown_matches_value(text, value), f"{name}: '{key}' shows its value rounded", page, f"{text!r} vs {value!r}")


def press(page, selector, key, times=1):
    page.locator(selector).focus()
    for _ in range(times):
        page.keyboard.press(key)


def rope_page(browser, site, checks, tally, oracle):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems = watch(page)
    page.goto(url_of(site, PAGES["rope"]))
    explorer = page.locator(".explorer[data-explorer='rope']")
    if not checks.expect(explorer.is_visible(), "the RoPE explorer is shown", page):
        return context.close()
    checks.expect(explorer.get_attribute("aria-live") is None and explorer.locator("[aria-live='polite'] .explorer-readout").count() == 1,
                  "the RoPE readouts are in a live region", page)
    for key in ("m", "n", "pair", "base"):
        labelled = page.evaluate(f"""() => {{ const input = document.querySelector(".explorer [id$='-{key}']");
            return input && input.type === "range" && input.labels.length === 1 && input.labels[0].textContent.length > 0; }}""")
        checks.expect(labelled, f"the RoPE '{key}' control is a labelled range input", page)
    parameters = dict(page.evaluate("() => JSON.parse(document.querySelector('.explorer[data-explorer=rope]').dataset.parameters)"))
    states = []

    def state():
        return {"dimension": parameters["dimension"], "base": slider_value(explorer, "base"),
                "pair": int(slider_value(explorer, "pair")), "m": int(slider_value(explorer, "m")), "n": int(slider_value(explorer, "n"))}

    states.append((state(), readouts(explorer)))
    m_slider, n_slider = "#" + explorer.get_attribute("id") + "-m", "#" + explorer.get_attribute("id") + "-n"
    before = states[-1][1]
    press(page, m_slider, "ArrowRight")
    states.append((state(), readouts(explorer)))
    after = states[-1][1]
    checks.expect(states[-1][0]["m"] == states[0][0]["m"] + 1, "ArrowRight moves the RoPE m slider by one", page)
    checks.expect(after["angle-m"][0] != before["angle-m"][0] and after["score"][0] != before["score"][0],
                  "moving m changes the query's angle and the score on the page", page, f"{before['score']} → {after['score']}")
    press(page, n_slider, "ArrowLeft")
    states.append((state(), readouts(explorer)))
    checks.expect(states[-1][1]["angle-n"][0] != after["angle-n"][0], "ArrowLeft on n changes the key's angle", page)

    # Move both: tick the box from the keyboard, then arrow keys on either slider.
    press(page, "#" + explorer.get_attribute("id") + "-together", "Space")
    checks.expect(page.locator("#" + explorer.get_attribute("id") + "-together").is_checked(), "Space ticks 'move m and n together'", page)
    fixed_state, fixed_numbers = states[-1]
    for selector, key, times in ((m_slider, "ArrowRight", 5), (n_slider, "ArrowRight", 40), (m_slider, "PageUp", 1), (n_slider, "ArrowLeft", 3)):
        press(page, selector, key, times)
        now, numbers = state(), readouts(explorer)
        states.append((now, numbers))
        moved = now["m"] - fixed_state["m"]
        checks.expect(moved != 0 and now["n"] - now["m"] == fixed_state["n"] - fixed_state["m"],
                      f"with 'together', {key} moves m and n by the same amount", page, f"{fixed_state} → {now}")
        checks.expect(numbers["angle-m"][0] != fixed_numbers["angle-m"][0], f"with 'together' ({key}) the pairs still turn", page)
        checks.expect(numbers["score"][0] == fixed_numbers["score"][0] and numbers["pair-score"][0] == fixed_numbers["pair-score"][0],
                      f"with 'together' ({key}) the score shown stays the same", page, f"{fixed_numbers['score'][0]} → {numbers['score'][0]}")
    press(page, "#" + explorer.get_attribute("id") + "-together", "Space")
    press(page, "#" + explorer.get_attribute("id") + "-pair", "ArrowRight", 3)
    states.append((state(), readouts(explorer)))
    checks.expect(states[-1][0]["pair"] == parameters["pair"] + 3 and states[-1][1]["theta"][0] != fixed_numbers["theta"][0],
                  "ArrowRight moves the pair index and θ_i follows", page)
    press(page, "#" + explorer.get_attribute("id") + "-base", "ArrowRight")
    states.append((state(), readouts(explorer)))
    checks.expect(states[-1][0]["base"] > states[-2][0]["base"] and states[-1][1]["theta"][0] != states[-2][1]["theta"][0],
                  "ArrowRight raises the base and θ_i follows", page)
    checks.expect(page.locator(".explorer svg[role='img']").get_attribute("aria-label").startswith("Pair 3"),
                  "the drawing's description follows the pair", page)

    for _, numbers in states:
        shown_values_are_rounded(checks, page, "RoPE", numbers)
    if oracle:
        rows = []
        for s, _ in states:
            q, k = dog_and_barks(s["dimension"])
            rows.append(dict(s, q=q, k=k))
        swift = run_oracle(oracle, {"rope": rows, "rotatePair": [], "sinusoid": [], "t5": []})["rope"]
        for (s, numbers), result in zip(states, swift):
            where = f"on the page at {s}"
            compare(checks, tally, "RoPE score shown", numbers["score"][1], result["score"], where)
            compare(checks, tally, "RoPE pair term shown", numbers["pair-score"][1], result["pairScore"], where)
            compare(checks, tally, "RoPE θ_i shown", numbers["theta"][1], result["theta"], where)
            compare(checks, tally, "RoPE mθ_i shown", numbers["angle-m"][1], result["angleM"], where, angle=True)
            compare(checks, tally, "RoPE nθ_i shown", numbers["angle-n"][1], result["angleN"], where, angle=True)
            compare(checks, tally, "RoPE (n − m)θ_i shown", numbers["difference"][1], (s["n"] - s["m"]) * result["theta"], where)
    checks.expect(not problems, "no console error on the RoPE explorer's page", page, "; ".join(problems[:5]))
    context.close()


def sinusoid_page(browser, site, checks, tally, oracle):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems = watch(page)
    page.goto(url_of(site, PAGES["sinusoid"]))
    explorer = page.locator(".explorer[data-explorer='sinusoid']")
    if not checks.expect(explorer.is_visible(), "the sinusoid explorer is shown", page):
        return context.close()
    prefix = "#" + explorer.get_attribute("id")
    parameters = dict(page.evaluate("() => JSON.parse(document.querySelector('.explorer[data-explorer=sinusoid]').dataset.parameters)"))
    checks.expect(explorer.locator("[aria-live='polite'] .explorer-readout").count() == 1, "the sinusoid readouts are in a live region", page)
    canvas = explorer.locator("canvas")
    checks.expect(canvas.get_attribute("role") == "img" and "Heatmap" in (canvas.get_attribute("aria-label") or ""),
                  "the heatmap has a text alternative", page)
    painted = page.evaluate("""() => { const c = document.querySelector('.explorer canvas');
        const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let opaque = 0; for (let i = 3; i < data.length; i += 4) opaque += data[i] === 255; return [opaque, c.width * c.height]; }""")
    checks.expect(painted[0] == painted[1] and painted[1] == parameters["positions"] * parameters["dimension"],
                  "the heatmap paints one cell per position and coordinate", page, str(painted))
    states = []

    def state():
        return {"dimension": parameters["dimension"], "base": float(parameters["base"]),
                "position": int(slider_value(explorer, "position")), "pair": int(slider_value(explorer, "pair"))}

    states.append((state(), readouts(explorer)))
    press(page, prefix + "-position", "ArrowRight")
    states.append((state(), readouts(explorer)))
    checks.expect(states[-1][0]["position"] == parameters["position"] + 1, "ArrowRight moves the position by one", page)
    checks.expect(states[-1][1]["angle"][0] != states[-2][1]["angle"][0] and states[-1][1]["sin"][0] != states[-2][1]["sin"][0],
                  "moving the position changes the angle and the values shown", page)
    press(page, prefix + "-pair", "ArrowRight", 3)
    states.append((state(), readouts(explorer)))
    checks.expect(states[-1][0]["pair"] == 3 and states[-1][1]["frequency"][0] != states[-2][1]["frequency"][0],
                  "ArrowRight moves the pair index and ω_i follows", page)
    press(page, prefix + "-position", "End")
    states.append((state(), readouts(explorer)))
    checks.expect(states[-1][0]["position"] == parameters["positions"] - 1, "End moves the position to the last one", page)
    left = page.evaluate("() => document.querySelector('.explorer-mark-column').style.left")
    checks.expect(left.startswith(str(round((parameters["positions"] - 1) / parameters["positions"] * 100, 3))[:4]),
                  "the heatmap marks the chosen position", page, left)
    explorer.locator("details summary").focus()
    page.keyboard.press("Enter")
    rows = explorer.locator("details tbody tr").count()
    checks.expect(rows == parameters["dimension"] // 2, "the folded table lists every pair", page, f"{rows} rows")

    for _, numbers in states:
        shown_values_are_rounded(checks, page, "sinusoid", numbers)
    if oracle:
        table = [{"dimension": s["dimension"], "base": s["base"], "position": s["position"]} for s, _ in states]
        swift = run_oracle(oracle, {"rope": [], "rotatePair": [], "sinusoid": table, "t5": []})["sinusoid"]
        for (s, numbers), result in zip(states, swift):
            i, where = s["pair"], f"on the page at {s}"
            compare(checks, tally, "sinusoid sin shown", numbers["sin"][1], result["row"][2 * i], where)
            compare(checks, tally, "sinusoid cos shown", numbers["cos"][1], result["row"][2 * i + 1], where)
            compare(checks, tally, "sinusoid ω_i shown", numbers["frequency"][1], result["frequencies"][i], where)
            compare(checks, tally, "sinusoid wavelength shown", numbers["wavelength"][1], TAU / result["frequencies"][i], where)
            compare(checks, tally, "sinusoid angle shown", numbers["angle"][1], result["angles"][i], where, angle=True)
    checks.expect(not problems, "no console error on the sinusoid explorer's page", page, "; ".join(problems[:5]))
    context.close()


def range_text(run):
    def relative(r):
        return f"+{r}" if r > 0 else str(r).replace("-", "\u2212")
    if run["from"] == run["to"]:
        return relative(run["from"])
    start = "\u2026" if math.isinf(run["from"]) else relative(run["from"])
    end = "\u2026" if math.isinf(run["to"]) else relative(run["to"])
    return f"{start} to {end}"


def t5_page(browser, site, checks, tally, oracle):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems = watch(page)
    page.goto(url_of(site, PAGES["t5-buckets"]))
    explorer = page.locator(".explorer[data-explorer='t5-buckets']")
    if not checks.expect(explorer.is_visible(), "the T5 bucket explorer is shown", page):
        return context.close()
    prefix = "#" + explorer.get_attribute("id")
    parameters = dict(page.evaluate("() => JSON.parse(document.querySelector('.explorer[data-explorer=t5-buckets]').dataset.parameters)"))
    checks.expect(explorer.locator("[aria-live='polite'] .explorer-readout").count() == 1, "the T5 readouts are in a live region", page)
    states = []

    def state():
        return {"relative": int(slider_value(explorer, "relative")), "bidirectional": page.locator(prefix + "-bidirectional").is_checked()}

    def record():
        edges = explorer.evaluate("host => [...host.querySelectorAll('.explorer-edges li')].map(li => [Number(li.dataset.bucket), li.textContent])")
        states.append((state(), readouts(explorer), edges))

    record()
    press(page, prefix + "-relative", "ArrowLeft")
    record()
    checks.expect(states[-1][0]["relative"] == parameters["relative_position"] - 1, "ArrowLeft moves the relative position by one", page)
    checks.expect(states[-1][1]["relative"][0] != states[-2][1]["relative"][0], "the readout follows the relative position", page)
    for key, times in (("ArrowRight", 30), ("ArrowRight", 60), ("End", 1), ("Home", 1), ("PageUp", 2)):
        press(page, prefix + "-relative", key, times)
        record()
    press(page, prefix + "-bidirectional", "Space")
    record()
    checks.expect(not states[-1][0]["bidirectional"], "Space switches to causal mode", page)
    for key, times in (("ArrowRight", 1), ("Home", 1), ("ArrowRight", 100), ("End", 1)):
        press(page, prefix + "-relative", key, times)
        record()
    buckets_seen = {numbers["bucket"][0] for _, numbers, _ in states}
    checks.expect(len(buckets_seen) >= 5, "moving the slider and the toggle changes the bucket shown", page, str(sorted(buckets_seen)))

    for _, numbers, _ in states:
        shown_values_are_rounded(checks, page, "T5", numbers)
    if oracle:
        sets = []
        for s, _, _ in states:
            d = parameters["max_distance"]
            sets.append({"buckets": parameters["buckets"], "maxDistance": d, "bidirectional": s["bidirectional"],
                         "relatives": sorted(set(range(-(d + 1), d + 2)) | {s["relative"]})})
        swift = run_oracle(oracle, {"rope": [], "rotatePair": [], "sinusoid": [], "t5": sets})["t5"]
        for (s, numbers, edges), row, result in zip(states, sets, swift):
            bucket = result[row["relatives"].index(s["relative"])]
            tally.exact += 1
            checks.expect(numbers["bucket"][1] == bucket, "the bucket shown equals relativePositionBucket", page,
                          f"{s}: shown {numbers['bucket']}, Swift {bucket}")
            runs = runs_from(row["relatives"], result, row["maxDistance"])
            listed = [[run["bucket"], f"bucket {run['bucket']}: {range_text(run)}"] for run in runs]
            tally.exact += len(runs)
            checks.expect(edges == listed, "the bucket edges listed equal the Swift buckets' edges", page, f"{s}: {edges[:3]} vs {listed[:3]}")
            current = [run for run in runs if run["bucket"] == bucket]
            checks.expect(current and numbers["range"][0] == range_text(current[0]), "the chosen bucket's range is shown", page,
                          f"{numbers['range'][0]!r}")
    checks.expect(not problems, "no console error on the T5 explorer's page", page, "; ".join(problems[:5]))
    context.close()


def accessibility_and_print(browser, site, checks, axe):
    """With every fold open: no axe violation and no sideways scroll, phone and desktop, light
    and dark. Print and no-JavaScript: the explorer hidden, the static figures shown."""
    for width in (1280, 390):
        for scheme in ("light", "dark"):
            context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
            page = context.new_page()
            for name, file in PAGES.items():
                label = f"{name} explorer at {width}px {scheme}"
                page.goto(url_of(site, file))
                page.evaluate("() => document.querySelectorAll('.explorer details').forEach(d => d.open = true)")
                result = axe.run(page, options=AXE_OPTIONS)
                violations = result.response["violations"]
                summary = "; ".join(f"{v['id']} ({v['impact']}) x{len(v['nodes'])}: {v['nodes'][0]['target']}" for v in violations)
                checks.expect(not violations, f"axe with the explorer's folds open: {label}", page, summary)
                overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
                checks.expect(overflow <= 0, f"no sideways page scroll: {label}", page, f"{overflow}px too wide")
                focusable = page.evaluate("""() => [...document.querySelectorAll('.explorer input')].every(i => {
                    i.focus(); const style = getComputedStyle(i); return document.activeElement === i && style.outlineStyle !== 'none'; })""")
                checks.expect(focusable, f"every explorer control takes visible focus: {label}", page)
            context.close()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    for name, file in PAGES.items():
        page.goto(url_of(site, file))
        page.emulate_media(media="print")
        checks.expect(not page.locator(".explorer").first.is_visible(), f"the {name} explorer is hidden in print", page)
        checks.expect(page.locator("figure.plot").first.is_visible(), f"the static figures print beside the {name} explorer", page)
        page.emulate_media(media="screen")
    context.close()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    for name, file in PAGES.items():
        page.goto(url_of(site, file))
        checks.expect(page.locator(".explorer").count() == 1 and not page.locator(".explorer").first.is_visible(),
                      f"without JavaScript the {name} explorer stays hidden", page)
        checks.expect(page.locator("figure.plot").first.is_visible(), f"without JavaScript the static figures show ({name})", page)
    context.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--screenshots", default=".build/browser-failures")
    args = parser.parse_args()
    checks, tally = Checks(args.screenshots), Tally()
    with tempfile.TemporaryDirectory(prefix="course-explorers-") as workdir, sync_playwright() as playwright:
        oracle = None
        try:
            oracle = build_oracle(workdir)
        except Exception:
            checks.failures.append("the Swift oracle did not compile or run")
            traceback.print_exc()
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        axe = Axe()

        def table_of_numbers():
            if not oracle:
                return
            context = browser.new_context()
            page = context.new_page()
            page.goto(url_of(args.site, PAGES["rope"]))
            numbers_match_swift(page, checks, tally, oracle)
            context.close()

        groups = [("numbers", table_of_numbers),
                  ("rope", lambda: rope_page(browser, args.site, checks, tally, oracle)),
                  ("sinusoid", lambda: sinusoid_page(browser, args.site, checks, tally, oracle)),
                  ("t5", lambda: t5_page(browser, args.site, checks, tally, oracle)),
                  ("accessibility and print", lambda: accessibility_and_print(browser, args.site, checks, axe))]
        for name, group in groups:
            try:
                group()
            except Exception:
                checks.failures.append(f"{name} crashed")
                traceback.print_exc()
        browser.close()
    if oracle:
        print(f"Explorer numbers: {tally.values} floating-point values compared with the Swift solutions, largest difference "
              f"{tally.largest:.3g} (relative to max(|x|, 1); angles in radians on the circle) at {tally.where}; "
              f"{tally.exact} buckets and bucket edges compared exactly.")
    print(f"Explorer checks: {checks.passed} passed, {len(checks.failures)} failed.")
    sys.exit(1 if checks.failures else 0)


if __name__ == "__main__":
    main()
