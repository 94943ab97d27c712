// The course theme: one stylesheet and one search script, written into every
// generated site as assets/course.css and assets/search.js.
//
// Constraints the content honours (the site is opened from disk, offline):
// - no external requests of any kind: system font stacks only, no @import,
//   no url() to other hosts, no fetch(); the search index arrives as a script
//   (assets/search-index.js) that sets `window.courseSearchIndex`;
// - every colour comes from a custom property on :root (light by default,
//   dark under `prefers-color-scheme: dark`, plain black-on-white in print),
//   including the syntax colours (--hl-*) and the plot palette
//   (--plot-1 ... --plot-6, --plot-axis, --plot-grid) for SVG figures;
// - the class names match the HTML that SiteRenderer emits: skip-link,
//   site-header/site-title/site-search, layout, toc, lesson, lesson-header,
//   lesson-number, lesson-summary, objectives, lesson-body, anchor, code,
//   output, hl-*, equation/eq-number, figure, plot, callout(-note|-tip|
//   -warning|-important)/callout-title, fold, exercise/exercise-meta, hint,
//   pager(-prev|-next|-label|-title), course-map, course-header,
//   course-description, lesson-list, lesson-card, lesson-link, lesson-title,
//   lesson-objectives, site-footer, visually-hidden.
//
// The literals are raw strings (#"""..."""#), so CSS and JavaScript
// backslashes are written as they are; there is no interpolation inside.

/// The stylesheet and scripts every generated site ships. Kept in Swift so the binary is self-contained.
enum SiteAssets {
    /// `assets/course.css`: layout, typography, light/dark/print themes.
    static let stylesheet: String = #"""
        @charset "UTF-8";
        /* Course theme. Self-contained: system fonts only, no external requests,
           works from file://. Every colour goes through a custom property below. */

        /* ---------- Tokens ---------- */

        :root {
          color-scheme: light dark;

          --font-text: Charter, "Bitstream Charter", "Iowan Old Style", "Sitka Text", Cambria, Georgia, "Noto Serif", "DejaVu Serif", serif;
          --font-ui: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", "Liberation Sans", Arial, sans-serif;
          --font-mono: ui-monospace, "SF Mono", SFMono-Regular, Menlo, Consolas, "Cascadia Mono", "Liberation Mono", "DejaVu Sans Mono", monospace;
          --font-math: "STIX Two Math", "Cambria Math", "Latin Modern Math", "Libertinus Math", "DejaVu Math TeX Gyre", math;

          --measure: 35em;             /* about 68-75 characters of body text whichever serif the system has */
          --toc-width: 14rem;
          --gutter: clamp(1rem, 4vw, 2.5rem);
          --leading: 1.65;
          --space: 1.65rem;            /* one line of body text: the vertical rhythm unit */
          --radius: 6px;

          --bg: #fcfbf8;
          --fg: #1d1f23;
          --muted: #5d636b;
          --accent: #1f5bb8;
          --accent-hover: #143f85;
          --accent-soft: #e8effa;
          --focus: #1f5bb8;
          --border: #e2ded5;
          --rule: #d4cfc4;
          --surface: #f5f3ee;
          --code-bg: #f4f2ed;
          --code-fg: #24292f;
          --output-bg: #eceae4;
          --mark-bg: #fde68a;
          --mark-fg: #1d1f23;
          --shadow: 0 8px 24px rgb(20 20 30 / 0.14);

          --hl-keyword: #a0206d;
          --hl-type: #0b5c8a;
          --hl-string: #b03a12;
          --hl-number: #2f37c2;
          --hl-comment: #626a73;
          --hl-attribute: #7a5a00;
          --hl-directive: #7b3a9e;

          --note: #1f5bb8;      --note-bg: #eef3fb;
          --tip: #1a7a45;       --tip-bg: #ecf6ef;
          --warning: #9a5b00;   --warning-bg: #fbf3e3;
          --important: #b4232f; --important-bg: #fbeeee;

          --plot-1: #0072b2;
          --plot-2: #d55e00;
          --plot-3: #009e73;
          --plot-4: #c0609a;
          --plot-5: #b8860b;
          --plot-6: #3d8fc6;
          --plot-axis: #5d636b;
          --plot-grid: #e2ded5;
        }

        @media screen and (prefers-color-scheme: dark) {
          :root {
            --bg: #15171b;
            --fg: #e2e2de;
            --muted: #9ba1a9;
            --accent: #7eb0ff;
            --accent-hover: #a9caff;
            --accent-soft: #1d2a40;
            --focus: #8fbaff;
            --border: #2e3239;
            --rule: #3a3f47;
            --surface: #1b1e23;
            --code-bg: #1e2127;
            --code-fg: #dcdfe4;
            --output-bg: #252930;
            --mark-bg: #6b5310;
            --mark-fg: #fff6d6;
            --shadow: 0 8px 28px rgb(0 0 0 / 0.5);

            --hl-keyword: #ff7ab2;
            --hl-type: #6bd3f5;
            --hl-string: #ff9274;
            --hl-number: #d9c97c;
            --hl-comment: #8a939e;
            --hl-attribute: #f0b35a;
            --hl-directive: #c8a2ff;

            --note: #7eb0ff;      --note-bg: #1a2436;
            --tip: #6fd39a;       --tip-bg: #162b20;
            --warning: #f0b35a;   --warning-bg: #2d2415;
            --important: #ff8a8a; --important-bg: #331b1d;

            --plot-1: #56b4e9;
            --plot-2: #ff8c42;
            --plot-3: #3cc59b;
            --plot-4: #e79ac6;
            --plot-5: #f0c24b;
            --plot-6: #a5d8ff;
            --plot-axis: #9ba1a9;
            --plot-grid: #30343b;
          }
        }

        /* ---------- Base ---------- */

        *, *::before, *::after { box-sizing: border-box; }

        html {
          -webkit-text-size-adjust: 100%;
          text-size-adjust: 100%;
        }

        @media (prefers-reduced-motion: no-preference) {
          html { scroll-behavior: smooth; }
        }

        body {
          margin: 0;
          background: var(--bg);
          color: var(--fg);
          font-family: var(--font-text);
          font-size: clamp(1.0625rem, 1rem + 0.25vw, 1.1875rem);
          line-height: var(--leading);
          font-kerning: normal;
          font-variant-ligatures: common-ligatures;
          text-rendering: optimizeLegibility;
          overflow-wrap: break-word;
          hanging-punctuation: first;
        }

        a {
          color: var(--accent);
          text-decoration-line: underline;
          text-decoration-thickness: 1px;
          text-decoration-color: color-mix(in srgb, var(--accent) 45%, transparent);
          text-underline-offset: 0.18em;
        }
        a:hover { color: var(--accent-hover); text-decoration-color: currentColor; }

        :focus-visible {
          outline: 2px solid var(--focus);
          outline-offset: 2px;
          border-radius: 3px;
        }

        ::selection { background: var(--accent-soft); color: var(--fg); }

        mark { background: var(--mark-bg); color: var(--mark-fg); border-radius: 2px; padding: 0 0.1em; }

        .visually-hidden {
          position: absolute !important;
          width: 1px; height: 1px;
          margin: -1px; padding: 0; border: 0;
          overflow: hidden;
          clip: rect(0 0 0 0);
          clip-path: inset(50%);
          white-space: nowrap;
        }

        [hidden] { display: none !important; }

        /* ---------- Skip link ---------- */

        .skip-link {
          position: absolute;
          left: 1rem;
          top: -4rem;
          z-index: 100;
          padding: 0.5rem 1rem;
          background: var(--accent);
          color: var(--bg);
          font-family: var(--font-ui);
          font-size: 0.9rem;
          font-weight: 600;
          text-decoration: none;
          border-radius: 0 0 var(--radius) var(--radius);
        }
        .skip-link:focus, .skip-link:focus-visible {
          top: 0;
          color: var(--bg);
          outline-offset: 3px;
        }

        /* ---------- Site header & search ---------- */

        .site-header {
          display: flex;
          flex-wrap: wrap;
          align-items: center;
          justify-content: space-between;
          gap: 0.75rem 1.5rem;
          padding: 0.85rem max(var(--gutter), calc((100% - 76rem) / 2));
          border-bottom: 1px solid var(--border);
          font-family: var(--font-ui);
        }

        .site-title {
          color: var(--fg);
          font-weight: 650;
          font-size: 1.0625rem;
          letter-spacing: -0.005em;
          text-decoration: none;
        }
        .site-title:hover { color: var(--accent); }

        .site-search {
          position: relative;
          flex: 0 1 20rem;
          font-family: var(--font-ui);
        }

        .site-search input {
          width: 100%;
          padding: 0.45rem 0.75rem;
          font: inherit;
          font-size: 0.9375rem;
          color: var(--fg);
          background: var(--surface);
          border: 1px solid var(--border);
          border-radius: var(--radius);
        }
        .site-search input::placeholder { color: var(--muted); opacity: 1; }
        .site-search input:focus-visible { outline-offset: 0; border-color: var(--focus); }

        .search-results {
          position: absolute;
          top: calc(100% + 0.4rem);
          right: 0;
          z-index: 50;
          width: min(34rem, calc(100vw - 2 * var(--gutter)));
          max-height: min(32rem, 70vh);
          overflow-y: auto;
          margin: 0;
          padding: 0.35rem;
          list-style: none;
          background: var(--bg);
          border: 1px solid var(--border);
          border-radius: var(--radius);
          box-shadow: var(--shadow);
          font-size: 0.875rem;
          line-height: 1.45;
        }
        .search-results:empty { display: none; }

        .search-results a {
          display: block;
          padding: 0.5rem 0.65rem;
          color: var(--fg);
          text-decoration: none;
          border-radius: calc(var(--radius) - 2px);
        }
        .search-results a:hover,
        .search-results a:focus-visible { background: var(--accent-soft); }
        .search-results a:focus-visible { outline-offset: -2px; }
        .search-results strong { display: block; color: var(--accent); font-weight: 600; }
        .search-results span { display: block; color: var(--muted); margin-top: 0.15rem; }
        .search-results .search-empty { padding: 0.6rem 0.65rem; color: var(--muted); }

        /* ---------- Layout ---------- */

        .layout {
          display: grid;
          grid-template-columns: minmax(0, var(--measure));
          justify-content: center;
          column-gap: 3.5rem;
          padding: 0 var(--gutter);
        }

        @media (min-width: 64rem) {
          .layout:has(> .toc) {
            grid-template-columns: var(--toc-width) minmax(0, var(--measure));
          }
        }

        main { min-width: 0; padding-bottom: calc(2 * var(--space)); }

        /* ---------- Table of contents ---------- */

        .toc {
          font-family: var(--font-ui);
          font-size: 0.875rem;
          line-height: 1.4;
        }
        .toc h2 {
          margin: 0 0 0.6rem;
          font-family: var(--font-ui);
          font-size: 0.75rem;
          font-weight: 650;
          letter-spacing: 0.08em;
          text-transform: uppercase;
          color: var(--muted);
        }
        .toc ol { list-style: none; margin: 0; padding: 0; }
        .toc li { margin: 0; }
        .toc a {
          display: block;
          padding: 0.28rem 0 0.28rem 0.75rem;
          border-left: 2px solid var(--border);
          color: var(--muted);
          text-decoration: none;
        }
        .toc a:hover { color: var(--fg); border-left-color: var(--accent); }
        .toc ol ol a { padding-left: 1.6rem; font-size: 0.8125rem; }

        @media (min-width: 64rem) {
          .toc {
            position: sticky;
            top: 0;
            align-self: start;
            max-height: 100vh;
            overflow-y: auto;
            padding: calc(2 * var(--space)) 0.25rem 1.5rem 0;
          }
        }

        @media (max-width: 63.99rem) {
          /* Narrow screens: the contents sit above the lesson as a compact box,
             top-level sections only. */
          .toc {
            margin-top: var(--space);
            padding: 0.85rem 1rem 0.7rem;
            background: var(--surface);
            border: 1px solid var(--border);
            border-radius: var(--radius);
          }
          .toc ol ol { display: none; }
          .toc > ol { columns: 2 14rem; column-gap: 1.5rem; }
          .toc li { break-inside: avoid; }
          .toc a { border-left: 0; padding: 0.3rem 0; }
        }

        /* ---------- Lesson header ---------- */

        .lesson-header {
          padding-top: calc(2 * var(--space));
          margin-bottom: calc(1.5 * var(--space));
        }

        .lesson-number {
          margin: 0 0 0.4rem;
          font-family: var(--font-ui);
          font-size: 0.8125rem;
          font-weight: 650;
          letter-spacing: 0.1em;
          text-transform: uppercase;
          color: var(--accent);
        }

        h1, h2, h3, h4 {
          font-family: var(--font-text);
          font-weight: 700;
          line-height: 1.2;
          color: var(--fg);
          text-wrap: balance;
          scroll-margin-top: 1.5rem;
        }

        h1 {
          margin: 0 0 0.75rem;
          font-size: clamp(1.9rem, 1.5rem + 1.5vw, 2.45rem);
          letter-spacing: -0.015em;
          line-height: 1.12;
        }

        .lesson-summary {
          margin: 0;
          font-size: 1.15em;
          line-height: 1.5;
          color: var(--muted);
        }

        .objectives {
          margin-top: var(--space);
          padding: 1rem 1.25rem 0.9rem;
          background: var(--surface);
          border: 1px solid var(--border);
          border-radius: var(--radius);
        }
        .objectives h2 {
          margin: 0 0 0.4rem;
          font-family: var(--font-ui);
          font-size: 0.8125rem;
          font-weight: 650;
          letter-spacing: 0.08em;
          text-transform: uppercase;
          color: var(--muted);
        }
        .objectives ul { margin: 0; padding-left: 1.2rem; }
        .objectives li { margin: 0.2rem 0; }
        .objectives li::marker { color: var(--accent); }

        /* ---------- Prose ---------- */

        .lesson-body > :first-child { margin-top: 0; }

        .lesson-body h2 {
          margin: calc(2 * var(--space)) 0 calc(0.5 * var(--space));
          font-size: 1.6em;
          letter-spacing: -0.01em;
        }
        .lesson-body h3 {
          margin: calc(1.5 * var(--space)) 0 calc(0.4 * var(--space));
          font-size: 1.25em;
        }
        .lesson-body h4 {
          margin: var(--space) 0 calc(0.3 * var(--space));
          font-size: 1em;
        }

        .anchor {
          margin-left: 0.35em;
          padding: 0 0.15em;
          font-family: var(--font-ui);
          font-weight: 400;
          color: var(--muted);
          text-decoration: none;
          opacity: 0;
          transition: opacity 0.15s ease;
        }
        h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor,
        .anchor:focus, .anchor:focus-visible { opacity: 1; }
        .anchor:hover { color: var(--accent); }

        p, ul, ol, blockquote, dl, table { margin: 0 0 var(--space); }

        .lesson-body ul, .lesson-body ol { padding-left: 1.5em; }
        .lesson-body li { margin: 0.3em 0; }
        .lesson-body li > p { margin-bottom: 0.5em; }
        .lesson-body li > ul, .lesson-body li > ol { margin: 0.3em 0; }
        .lesson-body ol > li::marker { font-variant-numeric: tabular-nums; color: var(--muted); }
        .lesson-body ul > li::marker { color: var(--muted); }

        strong, b { font-weight: 700; }

        blockquote {
          margin-left: 0;
          margin-right: 0;
          padding: 0.1rem 0 0.1rem 1.25rem;
          border-left: 3px solid var(--rule);
          color: var(--muted);
          font-style: italic;
        }
        blockquote > :last-child { margin-bottom: 0; }

        hr {
          margin: calc(2 * var(--space)) auto;
          width: 30%;
          border: 0;
          border-top: 1px solid var(--rule);
        }

        img, svg, video { max-width: 100%; height: auto; }

        /* ---------- Code ---------- */

        code, kbd, samp, pre {
          font-family: var(--font-mono);
          font-size: 0.84em;
          font-variant-ligatures: none;
        }

        :not(pre) > code {
          padding: 0.1em 0.3em;
          -webkit-box-decoration-break: clone;
          box-decoration-break: clone;
          background: var(--code-bg);
          border: 1px solid var(--border);
          border-radius: 4px;
          overflow-wrap: break-word;
        }
        a > code { color: inherit; }

        kbd {
          padding: 0.05em 0.35em;
          border: 1px solid var(--rule);
          border-bottom-width: 2px;
          border-radius: 4px;
          background: var(--surface);
        }

        pre {
          position: relative;
          margin: 0 0 var(--space);
          color: var(--code-fg);
          background: var(--code-bg);
          border: 1px solid var(--border);
          border-radius: var(--radius);
          line-height: 1.55;
          tab-size: 4;
          overflow: hidden;   /* the inner <code> scrolls, so the language label stays put */
        }

        pre > code {
          display: block;
          padding: 0.9rem 1.1rem;
          overflow-x: auto;
          font-size: inherit;
          white-space: pre;
          background: none;
          border: 0;
        }

        pre.code[data-lang]::before {
          /* a quiet language tag on its own row, so it never covers code */
          content: attr(data-lang);
          display: block;
          padding: 0.4rem 0.75rem 0;
          margin-bottom: -0.55rem;
          text-align: right;
          font-family: var(--font-ui);
          font-size: 0.6875rem;
          line-height: 1.2;
          letter-spacing: 0.06em;
          text-transform: uppercase;
          color: var(--muted);
        }

        pre.output {
          color: var(--fg);
          background: var(--output-bg);
        }
        pre.output::before {
          content: "Output";
          display: block;
          padding: 0.5rem 1.1rem 0;
          font-family: var(--font-ui);
          font-size: 0.6875rem;
          font-weight: 600;
          letter-spacing: 0.08em;
          text-transform: uppercase;
          color: var(--muted);
        }
        pre.output > code { padding-top: 0.3rem; }

        /* An output block hangs directly under the code that produced it. */
        pre.code:has(+ pre.output) {
          margin-bottom: 0;
          border-bottom-left-radius: 0;
          border-bottom-right-radius: 0;
        }
        pre.code + pre.output {
          margin-top: -1px;
          border-top-left-radius: 0;
          border-top-right-radius: 0;
          border-top-style: dashed;
        }

        .hl-keyword   { color: var(--hl-keyword); font-weight: 600; }
        .hl-type      { color: var(--hl-type); }
        .hl-string    { color: var(--hl-string); }
        .hl-number    { color: var(--hl-number); }
        .hl-comment   { color: var(--hl-comment); font-style: italic; }
        .hl-attribute { color: var(--hl-attribute); }
        .hl-directive { color: var(--hl-directive); }

        /* ---------- Math ---------- */

        math { font-family: var(--font-math); }
        math[display="inline"], math:not([display]) { font-size: 1.05em; }

        .equation {
          display: flex;
          align-items: center;
          margin: 0 0 var(--space);
          padding: 0.35rem 0;
        }
        .equation::before {
          /* mirrors the number column so the equation is centred on the text column */
          content: "";
          flex: 0 1000 3rem;   /* when space runs short this spacer gives way first */
        }
        .equation > math {
          flex: 1 1 auto;
          min-width: 0;
          display: block math;
          margin: 0;
          padding: 0.2rem 0;
          overflow-x: auto;
          overflow-y: hidden;
          font-size: 1.1em;
        }
        .eq-number {
          flex: 0 0 3rem;
          text-align: right;
          font-family: var(--font-text);
          color: var(--muted);
          font-variant-numeric: tabular-nums;
        }

        /* ---------- Figures & plots ---------- */

        figure {
          margin: calc(1.25 * var(--space)) 0;
          text-align: center;
        }
        figure img, figure > svg {
          display: block;
          margin: 0 auto;
          max-width: 100%;
          height: auto;
        }
        figure.figure img { border-radius: 4px; }
        figure.plot > svg {
          width: 100%;
          color: var(--fg);
          fill: currentColor;
          font-family: var(--font-ui);
          overflow: visible;
        }
        figcaption {
          max-width: 60ch;
          margin: 0.75rem auto 0;
          font-family: var(--font-ui);
          font-size: 0.875rem;
          line-height: 1.5;
          color: var(--muted);
          text-align: left;
        }

        /* ---------- Callouts ---------- */

        .callout {
          --c: var(--note);
          --c-bg: var(--note-bg);
          margin: calc(1.25 * var(--space)) 0;
          padding: 0.85rem 1.15rem 0.1rem;
          background: var(--c-bg);
          border-left: 4px solid var(--c);
          border-radius: 0 var(--radius) var(--radius) 0;
        }
        .callout-tip       { --c: var(--tip);       --c-bg: var(--tip-bg); }
        .callout-warning   { --c: var(--warning);   --c-bg: var(--warning-bg); }
        .callout-important { --c: var(--important); --c-bg: var(--important-bg); }

        .callout > * { margin-bottom: 0.75rem; }
        .callout-title {
          margin: 0 0 0.3rem;
          font-family: var(--font-ui);
          font-size: 0.8125rem;
          font-weight: 700;
          letter-spacing: 0.06em;
          text-transform: uppercase;
          color: var(--c);
        }
        .callout pre { background: var(--bg); }

        /* ---------- Folds & hints ---------- */

        details.fold, details.hint {
          margin: 0 0 var(--space);
          border: 1px solid var(--border);
          border-radius: var(--radius);
          background: var(--bg);
        }
        details.fold > summary, details.hint > summary {
          display: flex;
          align-items: center;
          gap: 0.5rem;
          padding: 0.6rem 1rem;
          font-family: var(--font-ui);
          font-size: 0.9375rem;
          font-weight: 600;
          color: var(--accent);
          cursor: pointer;
          list-style: none;
          border-radius: var(--radius);
        }
        details.fold > summary::-webkit-details-marker,
        details.hint > summary::-webkit-details-marker { display: none; }
        details.fold > summary::before, details.hint > summary::before {
          content: "";
          width: 0.45em;
          height: 0.45em;
          border-right: 2px solid currentColor;
          border-bottom: 2px solid currentColor;
          transform: rotate(-45deg);
          transition: transform 0.15s ease;
        }
        details[open].fold > summary::before,
        details[open].hint > summary::before { transform: rotate(45deg); }
        details.fold > summary:hover, details.hint > summary:hover { background: var(--surface); }
        details[open].fold > summary, details[open].hint > summary {
          border-bottom: 1px solid var(--border);
          border-radius: var(--radius) var(--radius) 0 0;
        }
        details.fold > :not(summary), details.hint > :not(summary) { margin-left: 1rem; margin-right: 1rem; }
        details.fold > summary + *, details.hint > summary + * { margin-top: 0.85rem; }
        details.fold > :last-child, details.hint > :last-child { margin-bottom: 0.9rem; }
        details.fold pre, details.hint pre { margin-left: 1rem; margin-right: 1rem; }

        /* ---------- Exercises ---------- */

        .exercise {
          margin: calc(1.5 * var(--space)) 0;
          padding: 1.1rem 1.35rem 0.3rem;
          background: var(--surface);
          border: 1px solid var(--border);
          border-top: 3px solid var(--accent);
          border-radius: var(--radius);
        }
        .exercise > h3 { margin-top: 0; }
        .exercise-meta {
          font-family: var(--font-ui);
          font-size: 0.8125rem;
          line-height: 1.7;
          color: var(--muted);
        }
        .exercise-meta code { font-size: 0.95em; }
        .exercise pre { background: var(--bg); }
        .exercise details.hint { background: var(--bg); }

        /* ---------- Tables ---------- */

        table {
          display: block;
          max-width: 100%;
          overflow-x: auto;
          border-collapse: collapse;
          font-size: 0.92em;
          font-variant-numeric: tabular-nums;
        }
        th, td { padding: 0.4rem 0.8rem; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
        th { font-family: var(--font-ui); font-size: 0.92em; font-weight: 650; border-bottom: 2px solid var(--rule); }

        /* ---------- Pager ---------- */

        .pager {
          display: flex;
          gap: 1rem;
          margin-top: calc(2 * var(--space));
          padding-top: var(--space);
          border-top: 1px solid var(--border);
          font-family: var(--font-ui);
        }
        .pager a {
          flex: 1 1 0;
          max-width: 50%;
          padding: 0.75rem 1rem;
          border: 1px solid var(--border);
          border-radius: var(--radius);
          color: var(--fg);
          text-decoration: none;
        }
        .pager a:hover { border-color: var(--accent); }
        .pager-next { margin-left: auto; text-align: right; }
        .pager-label {
          display: block;
          font-size: 0.75rem;
          letter-spacing: 0.06em;
          text-transform: uppercase;
          color: var(--muted);
        }
        .pager-prev .pager-label::before { content: "\2190\00A0"; }
        .pager-next .pager-label::after { content: "\00A0\2192"; }
        .pager-title { display: block; margin-top: 0.15rem; color: var(--accent); font-weight: 600; line-height: 1.35; }

        /* ---------- Course map (index) ---------- */

        .course-header { padding: calc(2 * var(--space)) 0 var(--space); }
        .course-description { font-size: 1.15em; line-height: 1.5; color: var(--muted); margin: 0; }

        .lesson-list {
          list-style: none;
          margin: 0;
          padding: 0;
          counter-reset: none;
        }
        .lesson-card {
          position: relative;
          margin: 0 0 1rem;
          padding: 1rem 1.25rem 0.25rem 4.25rem;
          border: 1px solid var(--border);
          border-radius: var(--radius);
          background: var(--bg);
        }
        .lesson-card:hover { border-color: var(--accent); }
        .lesson-link {
          display: block;
          color: var(--fg);
          text-decoration: none;
        }
        .lesson-link::after {
          /* the whole card is the click target */
          content: "";
          position: absolute;
          inset: 0;
          border-radius: var(--radius);
        }
        .lesson-link:focus-visible { outline: none; }
        .lesson-link:focus-visible::after { outline: 2px solid var(--focus); outline-offset: 2px; }
        .lesson-card .lesson-number {
          position: absolute;
          left: 1.1rem;
          top: 1rem;
          display: grid;
          place-items: center;
          width: 2.2rem;
          height: 2.2rem;
          margin: 0;
          border-radius: 50%;
          background: var(--accent-soft);
          color: var(--accent);
          font-family: var(--font-ui);
          font-size: 0.95rem;
          font-weight: 700;
          letter-spacing: 0;
          font-variant-numeric: tabular-nums;
        }
        .lesson-title {
          display: block;
          font-size: 1.25em;
          font-weight: 700;
          line-height: 1.3;
          padding-top: 0.2rem;
        }
        .lesson-link:hover .lesson-title { color: var(--accent); }
        .lesson-card .lesson-summary { margin: 0.35rem 0 0.6rem; font-size: 1em; }
        .lesson-objectives {
          margin: 0 0 0.75rem;
          list-style-type: disc;
          padding-left: 1.1rem;
          font-family: var(--font-ui);
          font-size: 0.8125rem;
          color: var(--muted);
        }
        .lesson-objectives li { margin: 0.15rem 0; }

        /* ---------- Footer ---------- */

        .site-footer {
          padding: var(--space) var(--gutter) calc(1.5 * var(--space));
          border-top: 1px solid var(--border);
          font-family: var(--font-ui);
          font-size: 0.8125rem;
          color: var(--muted);
          text-align: center;
        }
        .site-footer p { margin: 0; }
        .site-footer a { color: inherit; }

        /* ---------- Small screens ---------- */

        @media (max-width: 40rem) {
          :root { --space: 1.5rem; }
          body { line-height: 1.6; }
          .site-search { flex: 1 1 100%; }
          .search-results { left: 0; right: auto; width: 100%; }
          .lesson-header { padding-top: calc(1.25 * var(--space)); }
          .lesson-body h2 { font-size: 1.45em; }
          pre > code { padding: 0.75rem 0.85rem; }
          .equation::before { flex-basis: 0; }
          .eq-number { flex-basis: 2.25rem; }
          .exercise { padding: 1rem 1rem 0.2rem; }
          .callout { padding-left: 0.9rem; padding-right: 0.9rem; }
          .pager { flex-direction: column; }
          .pager a { max-width: none; }
          .pager-next { margin-left: 0; }
          .lesson-card { padding-left: 3.6rem; padding-right: 1rem; }
          .lesson-card .lesson-number { left: 0.8rem; width: 2rem; height: 2rem; }
        }

        /* ---------- Motion ---------- */

        @media (prefers-reduced-motion: reduce) {
          *, *::before, *::after {
            transition: none !important;
            animation: none !important;
            scroll-behavior: auto !important;
          }
        }

        /* ---------- Print ---------- */

        @media print {
          :root {
            color-scheme: light;
            --bg: #fff;
            --fg: #000;
            --muted: #333;
            --accent: #000;
            --accent-soft: #fff;
            --surface: #fff;
            --code-bg: #fff;
            --code-fg: #000;
            --output-bg: #f2f2f2;
            --border: #999;
            --rule: #999;
            --note-bg: #fff; --tip-bg: #fff; --warning-bg: #fff; --important-bg: #fff;
          }
          @page { margin: 18mm 16mm; }

          body { font-size: 11pt; line-height: 1.5; background: var(--bg); color: var(--fg); }

          .skip-link, .site-search, .toc, .pager, .anchor, .site-header { display: none !important; }
          .layout { display: block; padding: 0; }
          main { padding: 0; }
          .lesson-header { padding-top: 0; }

          a { color: var(--fg); text-decoration: underline; }
          .lesson-body a[href^="http://"]::after,
          .lesson-body a[href^="https://"]::after,
          .course-map a[href^="http"]::after {
            content: " (" attr(href) ")";
            font-size: 0.85em;
            overflow-wrap: anywhere;
          }

          pre { overflow: visible; border-color: var(--border); }
          pre > code { overflow: visible; white-space: pre-wrap; overflow-wrap: anywhere; }
          pre.code[data-lang]::before { display: none; }
          /* Paper cannot scroll: let a wide equation take the full width and move
             its number to the next line rather than clipping it. */
          .equation { flex-wrap: wrap; }
          .equation > math { flex: 1 0 auto; overflow: visible; }
          .eq-number { margin-left: auto; }

          pre, figure, .equation, .callout, blockquote, table, tr, img, svg, .lesson-card, .objectives {
            break-inside: avoid;
          }
          h1, h2, h3, h4, .callout-title, .exercise-meta { break-after: avoid; }
          p, li { orphans: 3; widows: 3; }
          .exercise { border-top-width: 1px; }
        }

        """#

    /// `assets/search.js`: client-side search over `window.courseSearchIndex`
    /// (loaded before it from `assets/search-index.js`). Plain ES2017, no
    /// network access; it unhides `form.site-search` only when the index is present.
    static let searchScript: String = #"""
        /* Course search. Plain ES2017, no libraries, no network: the index is a
           script (assets/search-index.js) that sets window.courseSearchIndex. */
        (function () {
          "use strict";

          var index = window.courseSearchIndex;
          var form = document.querySelector("form.site-search");
          if (!form || !Array.isArray(index)) return;
          var input = form.querySelector("#search-input");
          var list = form.querySelector("#search-results");
          if (!input || !list) return;

          var MAX_RESULTS = 10;
          var SNIPPET = 160;

          var entries = index.map(function (e) {
            var title = String(e.title || ""), section = String(e.section || ""), text = String(e.text || "");
            return {
              title: title, section: section, text: text, url: String(e.url || "#"),
              head: (section + " " + title).toLowerCase(),
              body: text.toLowerCase()
            };
          });

          // Screen readers hear the result count through a polite live region.
          var status = document.createElement("p");
          status.className = "visually-hidden";
          status.setAttribute("role", "status");
          status.setAttribute("aria-live", "polite");
          form.appendChild(status);

          input.setAttribute("aria-controls", "search-results");
          input.setAttribute("aria-describedby", "search-status");
          status.id = "search-status";
          form.hidden = false;

          function terms(query) {
            return query.toLowerCase().split(/\s+/).filter(Boolean);
          }

          function search(words) {
            var hits = [];
            entries.forEach(function (e, order) {
              var score = 0;
              for (var i = 0; i < words.length; i++) {
                if (e.head.indexOf(words[i]) !== -1) score += 10;
                else if (e.body.indexOf(words[i]) !== -1) score += 1;
                else return;
              }
              hits.push({ entry: e, score: score, order: order });
            });
            hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
            return hits.slice(0, MAX_RESULTS).map(function (h) { return h.entry; });
          }

          // A window of the text around the first matching term.
          function snippet(e, words) {
            var at = -1;
            words.forEach(function (w) {
              var i = e.body.indexOf(w);
              if (i !== -1 && (at === -1 || i < at)) at = i;
            });
            var start = Math.max(0, at - SNIPPET / 3);
            if (start > 0) {
              var space = e.text.indexOf(" ", start);
              if (space !== -1 && space < at) start = space + 1;
            }
            var end = Math.min(e.text.length, start + SNIPPET);
            if (end < e.text.length) {
              var cut = e.text.lastIndexOf(" ", end);
              if (cut > at) end = cut;
            }
            return (start > 0 ? "\u2026 " : "") + e.text.slice(start, end).trim() + (end < e.text.length ? " \u2026" : "");
          }

          // Appends `text` to `parent`, wrapping every occurrence of a term in <mark>.
          function appendMarked(parent, text, words) {
            var lower = text.toLowerCase(), pos = 0;
            while (pos < text.length) {
              var next = -1, len = 0;
              words.forEach(function (w) {
                var i = lower.indexOf(w, pos);
                if (i !== -1 && (next === -1 || i < next || (i === next && w.length > len))) { next = i; len = w.length; }
              });
              if (next === -1) break;
              if (next > pos) parent.appendChild(document.createTextNode(text.slice(pos, next)));
              var mark = document.createElement("mark");
              mark.textContent = text.slice(next, next + len);
              parent.appendChild(mark);
              pos = next + len;
            }
            if (pos < text.length) parent.appendChild(document.createTextNode(text.slice(pos)));
          }

          function render() {
            var words = terms(input.value);
            list.textContent = "";
            if (words.length === 0) { status.textContent = ""; return; }

            var results = search(words);
            if (results.length === 0) {
              var empty = document.createElement("li");
              empty.className = "search-empty";
              empty.textContent = "No results";
              list.appendChild(empty);
              status.textContent = "No results";
              return;
            }

            results.forEach(function (e) {
              var li = document.createElement("li");
              var a = document.createElement("a");
              a.href = e.url;
              var heading = document.createElement("strong");
              appendMarked(heading, e.section && e.section !== e.title ? e.section + " \u2014 " + e.title : e.title, words);
              var text = document.createElement("span");
              appendMarked(text, snippet(e, words), words);
              a.appendChild(heading);
              a.appendChild(text);
              li.appendChild(a);
              list.appendChild(li);
            });
            status.textContent = results.length === 1 ? "1 result"
              : results.length + (results.length === MAX_RESULTS ? " results shown" : " results");
          }

          var timer = 0;
          input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(render, 100);
          });

          function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

          function clear() {
            clearTimeout(timer);
            input.value = "";
            list.textContent = "";
            status.textContent = "";
            input.focus();
          }

          form.addEventListener("submit", function (event) {
            event.preventDefault();
            clearTimeout(timer);
            render();
            var first = links()[0];
            if (first) window.location.href = first.href;
          });

          form.addEventListener("keydown", function (event) {
            var all = links(), at = all.indexOf(document.activeElement);
            if (event.key === "Escape") {
              event.preventDefault();
              clear();
            } else if (event.key === "ArrowDown" && all.length) {
              event.preventDefault();
              all[Math.min(at + 1, all.length - 1)].focus();
            } else if (event.key === "ArrowUp" && at !== -1) {
              event.preventDefault();
              if (at === 0) input.focus(); else all[at - 1].focus();
            }
          });

          // Hide the results while focus is elsewhere; bring them back on return.
          form.addEventListener("focusout", function (event) {
            if (!form.contains(event.relatedTarget)) list.hidden = true;
          });
          form.addEventListener("focusin", function () { list.hidden = false; });

          // "/" jumps to the search box, as on many documentation sites.
          document.addEventListener("keydown", function (event) {
            var t = event.target;
            if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
            if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
            event.preventDefault();
            input.focus();
          });
        })();

        """#
}
