#!/usr/bin/env python3
"""The built site in a real browser: headless Chromium (Debian's), driven by Playwright, with
axe-core (bundled by axe-playwright-python) for accessibility.

Every page, at 1280 and 390 px, light and dark: no axe violation of any impact (WCAG 2.1 A/AA
and best practice), no request that leaves file://, no console error, and at 390 px no
sideways scroll of the page. Then what a reader does: search (θ, bucket, MLA) with readable
snippets; the keyboard (skip link, visible focus, the lesson list on a phone); the theme
toggle, remembered across pages; copy buttons; and the page without JavaScript.

Usage: site_test.py SITE_FOLDER [--screenshots DIR]. Prints one line per check and exits 1
if any failed, keeping a screenshot of each failure in DIR (default .build/browser-failures).
"""
import argparse, glob, os, re, sys, traceback

from playwright.sync_api import sync_playwright
from axe_playwright_python.sync_playwright import Axe

AXE_OPTIONS = {
    "preload": False,  # axe would fetch the stylesheets, which file:// pages may not do
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
}
CHROMIUM = os.environ.get("COURSE_CHROMIUM", "/usr/bin/chromium")


class Checks:
    def __init__(self, screenshots):
        self.failures = []
        self.passed = 0
        self.screenshots = screenshots

    def expect(self, condition, name, page=None, detail=""):
        if condition:
            self.passed += 1
            return True
        self.failures.append(f"{name}: {detail}" if detail else name)
        print(f"FAIL {name} {detail}", flush=True)
        if page is not None:
            os.makedirs(self.screenshots, exist_ok=True)
            path = os.path.join(self.screenshots, re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:120] + ".png")
            try:
                page.screenshot(path=path, full_page=False)
                print(f"     screenshot: {path}", flush=True)
            except Exception as error:  # a crashed page cannot be photographed
                print(f"     (no screenshot: {error})", flush=True)
        return False


def url_of(site, name):
    return "file://" + os.path.abspath(os.path.join(site, name))


def watch(page):
    """Collects console errors, page errors and requests that leave file://."""
    problems = []
    page.on("console", lambda message: problems.append(f"console {message.type}: {message.text}")
            if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("request", lambda request: problems.append(f"request off file://: {request.url}")
            if not request.url.startswith(("file://", "data:", "about:")) else None)
    return problems


def every_page(browser, site, checks, axe):
    pages = sorted(os.path.basename(path) for path in glob.glob(os.path.join(site, "*.html")))
    checks.expect(len(pages) >= 2, "the site has pages", detail=str(pages))
    for width in (1280, 390):
        for scheme in ("light", "dark"):
            context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
            page = context.new_page()
            problems = watch(page)
            for name in pages:
                label = f"{name} at {width}px {scheme}"
                problems.clear()
                page.goto(url_of(site, name))
                page.wait_for_load_state("load")
                result = axe.run(page, options=AXE_OPTIONS)
                violations = result.response["violations"]
                summary = "; ".join(f"{v['id']} ({v['impact']}) x{len(v['nodes'])}: {v['nodes'][0]['target']}" for v in violations)
                checks.expect(not violations, f"axe: {label}", page, summary)
                checks.expect(not problems, f"no console error or outside request: {label}", page, "; ".join(problems[:5]))
                if width == 390:
                    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
                    checks.expect(overflow <= 0, f"no sideways page scroll: {label}", page, f"{overflow}px too wide")
            context.close()


def search(browser, site, checks):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url_of(site, "index.html"))
    box = page.locator("#search-input")
    checks.expect(box.is_visible(), "search box shown when the index loads", page)
    for query, must_contain in (("θ", "θ"), ("bucket", "bucket"), ("MLA", "MLA")):
        box.fill(query)
        page.wait_for_timeout(250)
        results = page.locator("#search-results li a")
        count = results.count()
        if not checks.expect(count > 0, f"search finds '{query}'", page):
            continue
        snippets = [results.nth(i).inner_text() for i in range(min(count, 5))]
        readable = all("\\" not in s and "$`" not in s for s in snippets)
        checks.expect(readable, f"search snippets for '{query}' are readable (no raw TeX)", page, " | ".join(snippets)[:300])
        checks.expect(any(must_contain.lower() in s.lower() for s in snippets),
                      f"a snippet for '{query}' shows it", page, " | ".join(snippets)[:300])
    context.close()


def keyboard_and_navigation(browser, site, checks):
    lessons = sorted(os.path.basename(p) for p in glob.glob(os.path.join(site, "[0-9]*.html")))
    lesson = lessons[min(1, len(lessons) - 1)]

    # Skip link first, visibly focused, and it lands on the main content.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url_of(site, lesson))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    checks.expect("skip-link" in focused, "Tab first reaches the skip link", page, focused)
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    checks.expect(outline not in ("none", ""), "focus is visible on the skip link", page, outline)
    page.keyboard.press("Enter")
    checks.expect(page.evaluate("location.hash") == "#main", "the skip link goes to the main content", page)

    # The lesson list: open beside the page on a wide screen, current lesson marked.
    current = page.locator(".course-nav a[aria-current='page']")
    checks.expect(current.count() == 1 and current.first.is_visible(), "the sidebar marks the current lesson", page)
    checks.expect(page.locator(".course-nav a").count() == len(lessons), "the sidebar lists every lesson", page)

    # Theme toggle: a choice is remembered on the next page (localStorage works from file://).
    toggle = page.locator(".theme-toggle")
    checks.expect(toggle.is_visible(), "the theme toggle is shown", page)
    toggle.click()
    toggle.click()  # auto → light → dark
    checks.expect(page.evaluate("document.documentElement.dataset.theme") == "dark", "the toggle sets dark", page)
    page.goto(url_of(site, "index.html"))
    checks.expect(page.evaluate("document.documentElement.dataset.theme") == "dark", "the theme is remembered across pages", page)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    checks.expect(background != "rgb(252, 251, 248)", "dark theme changes the page's colours", page, background)
    page.locator(".theme-toggle").click()  # dark → auto
    checks.expect(page.evaluate("document.documentElement.dataset.theme") is None, "the toggle returns to automatic", page)

    # Copy buttons on code blocks, reachable by keyboard.
    page.goto(url_of(site, lesson))
    blocks, buttons = page.locator("pre.code").count(), page.locator(".copy-button").count()
    checks.expect(blocks == 0 or buttons == blocks, "every code block has a copy button", page, f"{buttons} of {blocks}")
    context.close()

    # On a phone the lesson list is folded and opens from the keyboard.
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(url_of(site, lesson))
    checks.expect(not page.locator(".course-nav").evaluate("d => d.open"), "the lesson list is folded on a phone", page)
    page.locator(".course-nav summary").focus()
    page.keyboard.press("Enter")
    checks.expect(page.locator(".course-nav a").first.is_visible(), "the lesson list opens from the keyboard", page)
    context.close()

    # Without JavaScript: everything readable, lesson list open, nothing sideways.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.goto(url_of(site, lesson))
    checks.expect(page.locator(".course-nav a").first.is_visible(), "without JavaScript the lesson list shows", page)
    checks.expect(page.locator("h1").is_visible(), "without JavaScript the lesson shows", page)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    checks.expect(overflow <= 0, "without JavaScript nothing scrolls sideways", page, f"{overflow}px")
    context.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--screenshots", default=".build/browser-failures")
    args = parser.parse_args()
    checks = Checks(args.screenshots)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        axe = Axe()
        for group in (every_page, search, keyboard_and_navigation):
            try:
                if group is every_page:
                    group(browser, args.site, checks, axe)
                else:
                    group(browser, args.site, checks)
            except Exception:
                checks.failures.append(f"{group.__name__} crashed")
                traceback.print_exc()
        browser.close()
    print(f"Browser checks: {checks.passed} passed, {len(checks.failures)} failed.")
    sys.exit(1 if checks.failures else 0)


if __name__ == "__main__":
    main()
