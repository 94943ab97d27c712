/* Interactive explorers. Plain ES2017, no libraries, no network.

   The renderer turns a ```explorer NAME block into
   <div class="explorer" data-explorer="NAME" data-parameters="{…}" hidden></div>; this script
   builds the widget inside it: real range inputs and checkboxes with labels, a drawing (SVG,
   or a canvas for a dense table), and numbers in a live region. Without the script, and in
   print, the container stays hidden and the lesson's static figures carry the lesson.

   Every number shown comes from the pure functions on window.courseExplorers, written to
   follow the course's Swift solutions operation by operation (same formulas, same order of
   floating-point operations), so the browser test can compare them with the Swift results:
     courseExplorers.rope      theta, angle, rotatePair, rotate, score, pairScore (lesson 05)
     courseExplorers.sinusoid  frequency, wavelength, angle, row, pairs (lesson 03)
     courseExplorers.t5        bucket, distance, edges, isDefined (lesson 04)
   Colours come from the theme's custom properties (through classes in explorers.css), so the
   light and dark themes both apply; only the heatmap's data colours are fixed, the same ramp
   as the lesson's static heatmaps. */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var TAU = 2 * Math.PI;

  /* ================= Pure functions (the numbers) ================= */

  /** base^(−2i/d): lesson 03's ω_i and lesson 05's θ_i, 0-based pair index i. */
  function frequency(pair, dimension, base) {
    return Math.pow(base, -2 * pair / dimension);
  }

  /** An angle in radians brought into [0, 2π). */
  function wrapAngle(angle) {
    var wrapped = angle % TAU;
    if (wrapped < 0) wrapped += TAU;
    return wrapped >= TAU ? 0 : wrapped;
  }

  function dot(a, b) {
    var sum = 0;
    for (var i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }

  /* ----- RoPE (lesson 05): interleaved pairs (x[2i], x[2i+1]), θ_i = base^(−2i/d) ----- */

  var rope = {
    /** The projections the explorer turns: the lesson's made-up "dog" query (1, 0.5) and
        "barks" key (0.8, −0.6), the same in every pair. */
    vectors: function (dimension) {
      var q = [], k = [];
      for (var i = 0; i < dimension / 2; i++) {
        q.push(1, 0.5);
        k.push(0.8, -0.6);
      }
      return { q: q, k: k };
    },
    /** θ_i for pair `pair` of a head of `p.dimension` with base `p.base`. */
    theta: function (pair, p) {
      return frequency(pair, p.dimension, p.base);
    },
    /** The angle position · θ_i by which pair p.pair turns at `position`. */
    angle: function (position, p) {
      return position * rope.theta(p.pair, p);
    },
    /** A 2-D vector turned counter-clockwise by position · theta (rotate-pair's solution). */
    rotatePair: function (v, position, theta) {
      var angle = position * theta;
      var cosine = Math.cos(angle), sine = Math.sin(angle);
      var x = v[0], y = v[1];
      return [x * cosine - y * sine, x * sine + y * cosine];
    },
    /** R^d_{Θ,position} x with interleaved pairs (rope-interleaved's solution); d = x.length. */
    rotate: function (x, position, p) {
      var d = x.length;
      var rotated = x.slice();
      for (var i = 0; i < d / 2; i++) {
        var theta = Math.pow(p.base, -2 * i / d);
        var angle = position * theta;
        var cosine = Math.cos(angle), sine = Math.sin(angle);
        var even = x[2 * i], odd = x[2 * i + 1];
        rotated[2 * i] = even * cosine - odd * sine;
        rotated[2 * i + 1] = even * sine + odd * cosine;
      }
      return rotated;
    },
    /** The attention score q_m · k_n over all pairs: the query rotated by m, the key by n.
        `p.q` and `p.k` default to rope.vectors(p.dimension). */
    score: function (p) {
      var v = p.q && p.k ? p : rope.vectors(p.dimension);
      return dot(rope.rotate(v.q, p.m, p), rope.rotate(v.k, p.n, p));
    },
    /** Pair p.pair's term of the score: (q_m)_i · (k_n)_i. */
    pairScore: function (p) {
      var v = p.q && p.k ? p : rope.vectors(p.dimension);
      var i = p.pair, theta = rope.theta(i, p);
      var q = rope.rotatePair([v.q[2 * i], v.q[2 * i + 1]], p.m, theta);
      var k = rope.rotatePair([v.k[2 * i], v.k[2 * i + 1]], p.n, theta);
      return q[0] * k[0] + q[1] * k[1];
    }
  };

  /* ----- Sinusoidal encoding (lesson 03): interleaved, PE(p, 2i) = sin(p ω_i) ----- */

  var sinusoid = {
    /** ω_i = base^(−2i/d). */
    frequency: function (pair, p) {
      return frequency(pair, p.dimension, p.base);
    },
    /** Tokens per full turn of pair i: 2π / ω_i. */
    wavelength: function (pair, p) {
      return TAU / sinusoid.frequency(pair, p);
    },
    /** The angle p · ω_i of pair i at `position`, in radians (not wrapped). */
    angle: function (position, pair, p) {
      return position * sinusoid.frequency(pair, p);
    },
    /** PE(position), d numbers (sinusoidal-encoding's solution). */
    row: function (position, p) {
      var d = p.dimension;
      var encoding = new Array(d);
      for (var i = 0; i < d / 2; i++) {
        var angle = position * Math.pow(p.base, -2 * i / d);
        encoding[2 * i] = Math.sin(angle);
        encoding[2 * i + 1] = Math.cos(angle);
      }
      return encoding;
    },
    /** Every pair at `position`: frequency, wavelength, angle, the angle in [0, 2π), sin, cos. */
    pairs: function (position, p) {
      var row = sinusoid.row(position, p);
      var result = [];
      for (var i = 0; i < p.dimension / 2; i++) {
        var angle = sinusoid.angle(position, i, p);
        result.push({
          pair: i, frequency: sinusoid.frequency(i, p), wavelength: sinusoid.wavelength(i, p),
          angle: angle, wrapped: wrapAngle(angle), sin: row[2 * i], cos: row[2 * i + 1]
        });
      }
      return result;
    }
  };

  /* ----- T5 buckets (lesson 04): Mesh TensorFlow's _relative_position_bucket -----
     relative = key position − query position; p.buckets = num_buckets, p.max_distance. */

  function t5Split(relative, p) {
    var offset = 0;
    var distance = -relative;              // > 0: the key is before the query
    var buckets = p.buckets;
    if (p.bidirectional) {
      buckets = Math.trunc(buckets / 2);
      if (distance < 0) offset += buckets; // keys after the query: upper half
      distance = Math.abs(distance);
    } else {
      distance = Math.max(distance, 0);    // keys after the query: bucket 0
    }
    return { offset: offset, distance: distance, buckets: buckets, maxExact: Math.trunc(buckets / 2) };
  }

  var t5 = {
    /** Whether the formula is defined for these parameters: at least one exact bucket per
        direction, and max_distance beyond the exact ones (else it divides by log(1) or takes
        log(0)). Outside that the reference code is undefined and the Swift solution traps. */
    isDefined: function (p) {
      var maxExact = Math.trunc((p.bidirectional ? Math.trunc(p.buckets / 2) : p.buckets) / 2);
      return maxExact >= 1 && p.max_distance > maxExact;
    },
    /** The non-negative distance the formula works on (after the sign is handled). */
    distance: function (relative, p) {
      return t5Split(relative, p).distance;
    },
    /** The bucket of a relative position, or null where the formula is undefined. */
    bucket: function (relative, p) {
      var s = t5Split(relative, p);
      if (s.distance < s.maxExact) return s.offset + s.distance;
      var fraction = Math.log(s.distance / s.maxExact) / Math.log(p.max_distance / s.maxExact);
      var logarithmic = s.maxExact + Math.trunc(fraction * (s.buckets - s.maxExact));
      if (!isFinite(logarithmic)) return null;
      return s.offset + Math.min(logarithmic, s.buckets - 1);
    },
    /** Whether the bucket of `relative` is one of the exact ones (one distance per bucket). */
    isExact: function (relative, p) {
      var s = t5Split(relative, p);
      return s.distance < s.maxExact;
    },
    /** Every bucket that occurs, with the relative positions it covers, from `from` to `to`
        inclusive (−Infinity or Infinity at the open ends), sorted by bucket. Defined
        parameters only: beyond ±max_distance every bucket is the last of its direction. */
    edges: function (p) {
      if (!t5.isDefined(p)) return [];
      var limit = p.max_distance + 1;
      var runs = [];
      var current = null;
      for (var r = -limit; r <= limit; r++) {
        var b = t5.bucket(r, p);
        if (current && current.bucket === b) {
          current.to = r;
        } else {
          current = { bucket: b, from: r, to: r };
          runs.push(current);
        }
      }
      runs[0].from = -Infinity;
      runs[runs.length - 1].to = Infinity;
      runs.sort(function (a, b) { return a.bucket - b.bucket; });
      return runs;
    }
  };

  /* ================= Formatting ================= */

  var MINUS = "\u2212";
  function typographic(text) {
    return text.replace(/-/g, MINUS);
  }
  /** x with `digits` decimals; a value that rounds to zero loses its sign. */
  function fixed(x, digits) {
    var text = x.toFixed(digits);
    if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
    return typographic(text);
  }
  function signed(x, digits) {
    var text = fixed(x, digits);
    return text.charAt(0) === MINUS || /^0(\.0*)?$/.test(text) ? text : "+" + text;
  }
  /** Five significant digits, plain for everyday sizes, 1.234e-5 for tiny or huge ones. */
  function general(x) {
    if (x === 0) return "0";
    if (!isFinite(x)) return x > 0 ? "\u221E" : MINUS + "\u221E";
    var size = Math.abs(x);
    var text;
    if (size >= 1e4 && size < 1e9) text = String(Math.round(x));
    else if (size >= 1e-3 && size < 1e4) text = x.toPrecision(5).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
    else text = x.toExponential(3).replace("e+", "e");
    return typographic(text);
  }
  function grouped(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }
  function degrees(angle) {
    return fixed(wrapAngle(angle) * 180 / Math.PI, 1) + "\u00B0";
  }
  /** An angle of zero or more: "3.7168 rad (213.0°)", or with whole turns counted first,
      "10.0000 rad = 1 turn + 3.7168 rad (213.0°)". */
  function turns(angle) {
    var wrapped = wrapAngle(angle);
    var whole = Math.round((angle - wrapped) / TAU);
    var text = fixed(angle, 4) + " rad";
    if (whole >= 1) text += " = " + grouped(whole) + (whole === 1 ? " turn" : " turns") + " + " + fixed(wrapped, 4) + " rad";
    return text + " (" + degrees(angle) + ")";
  }
  function relativeText(r) {
    return r > 0 ? "+" + r : typographic(String(r));
  }
  function rangeText(run) {
    if (run.from === run.to) return relativeText(run.from);
    var from = run.from === -Infinity ? "\u2026" : relativeText(run.from);
    var to = run.to === Infinity ? "\u2026" : relativeText(run.to);
    return from + " to " + to;
  }

  /* ================= DOM helpers ================= */

  var explorerCount = 0;

  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    setAttributes(node, attributes);
    append(node, children);
    return node;
  }
  function svgElement(tag, attributes, children) {
    var node = document.createElementNS(SVG_NS, tag);
    setAttributes(node, attributes);
    append(node, children);
    return node;
  }
  function setAttributes(node, attributes) {
    for (var name in attributes || {}) {
      if (attributes[name] === null || attributes[name] === undefined) continue;
      if (name === "text") node.textContent = attributes[name];
      else node.setAttribute(name, String(attributes[name]));
    }
  }
  function append(node, children) {
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function round(x) {
    return Math.round(x * 100) / 100;
  }

  /** A labelled slider with its value shown beside the label. */
  function slider(host, options) {
    var id = host.id + "-" + options.key;
    var value = element("span", { "class": "explorer-value", id: id + "-value" });
    var input = element("input", {
      type: "range", id: id, min: options.min, max: options.max, step: 1, value: options.value,
      "aria-describedby": options.describedBy || null
    });
    var row = element("div", { "class": "explorer-control" }, [
      element("label", { "for": id, text: options.label }), value, input
    ]);
    function show() {
      var text = options.valueText(Number(input.value));
      value.textContent = text;
      value.setAttribute("data-value", String(options.actual ? options.actual(Number(input.value)) : Number(input.value)));
      input.setAttribute("aria-valuetext", text);
    }
    input.addEventListener("input", function () {
      show();
      options.onChange(Number(input.value));
    });
    show();
    return { row: row, input: input, show: show };
  }

  function checkbox(host, options) {
    var id = host.id + "-" + options.key;
    var input = element("input", { type: "checkbox", id: id });
    input.checked = !!options.checked;
    input.addEventListener("change", function () { options.onChange(input.checked); });
    return { row: element("div", { "class": "explorer-check" }, [input, element("label", { "for": id, text: options.label })]), input: input };
  }

  /** A list of named numbers in a live region; each value keeps its full precision in
      data-value, so what is shown can be checked against the number behind it. */
  function readout(host, rows) {
    var list = element("dl", { "class": "explorer-readout", id: host.id + "-readout" });
    var cells = {};
    rows.forEach(function (row) {
      var value = element("dd", { "data-key": row.key });
      cells[row.key] = value;
      var term = element("dt");
      term.innerHTML = row.label;   // fixed markup written in this file (subscripts), never data
      list.appendChild(element("div", {}, [term, value]));
    });
    var live = element("div", { "class": "explorer-live", "aria-live": "polite" }, [list]);
    return {
      node: live,
      set: function (key, text, value) {
        cells[key].textContent = text;
        if (value === undefined) cells[key].removeAttribute("data-value");
        else cells[key].setAttribute("data-value", String(value));
      }
    };
  }

  function frame(host, title, note) {
    explorerCount += 1;
    // An underscore, which no heading id (lowercase words and dashes) can contain.
    host.id = host.id || "explorer_" + explorerCount;
    host.setAttribute("role", "group");
    host.setAttribute("aria-labelledby", host.id + "-title");
    clear(host);
    host.appendChild(element("p", { "class": "explorer-title", id: host.id + "-title", text: title }));
    if (note) host.appendChild(element("p", { "class": "explorer-note", id: host.id + "-note", text: note }));
  }

  function arrowHead(tip, angle, size) {
    var left = angle + Math.PI * 5 / 6, right = angle - Math.PI * 5 / 6;
    return [tip, [tip[0] + size * Math.cos(left), tip[1] - size * Math.sin(left)],
            [tip[0] + size * Math.cos(right), tip[1] - size * Math.sin(right)]]
      .map(function (point) { return round(point[0]) + "," + round(point[1]); }).join(" ");
  }

  /** An arrow from the centre of a square drawing (data units → pixels via `scale`). */
  function arrow(group, centre, scale, vector, className) {
    var tip = [centre + vector[0] * scale, centre - vector[1] * scale];
    var angle = Math.atan2(vector[1], vector[0]);
    var shaft = [tip[0] - 7 * Math.cos(angle), tip[1] + 7 * Math.sin(angle)];
    group.appendChild(svgElement("line", { "class": className, x1: centre, y1: centre, x2: round(shaft[0]), y2: round(shaft[1]) }));
    group.appendChild(svgElement("polygon", { "class": className + " head", points: arrowHead(tip, angle, 11) }));
    return tip;
  }

  /** A counter-clockwise arc of `sweep` radians starting at angle `from`. */
  function arc(centre, radius, from, sweep) {
    if (sweep < 1e-9) return "";
    var steps = Math.max(1, Math.ceil(sweep / (Math.PI / 2)));
    var d = "M" + round(centre + radius * Math.cos(from)) + " " + round(centre - radius * Math.sin(from));
    for (var s = 1; s <= steps; s++) {
      var angle = from + sweep * s / steps;
      d += "A" + round(radius) + " " + round(radius) + " 0 0 0 " + round(centre + radius * Math.cos(angle)) + " " + round(centre - radius * Math.sin(angle));
    }
    return d;
  }

  /* ================= The RoPE explorer ================= */

  var BASES = [2, 10, 100, 1000, 10000, 100000, 500000, 1000000, 10000000];

  function mountRope(host, given) {
    var p = { dimension: given.dimension, base: given.base, pair: given.pair, m: given.m, n: given.n };
    var vectors = rope.vectors(p.dimension);
    var bases = BASES.indexOf(p.base) >= 0 ? BASES.slice() : BASES.concat([p.base]).sort(function (a, b) { return a - b; });
    var maxPosition = Math.min(100000, Math.max(1000, 2 * Math.max(p.m, p.n)));
    var together = false;

    frame(host, "Explore: rotating a query and a key",
          "The query and key are the lesson's made-up \u201Cdog\u201D and \u201Cbarks\u201D projections, (1, 0.5) and (0.8, " + MINUS +
          "0.6), in each of the d/2 pairs of a head of d = " + p.dimension + ". Move the positions and watch pair i turn; " +
          "move both together and the score stays put.");

    var controls = element("div", { "class": "explorer-controls" });
    var mSlider, nSlider;
    function moveTogether(which, value) {
      var other = which === "m" ? "n" : "m";
      var delta = value - p[which];
      delta = Math.max(delta, -p[other]);
      delta = Math.min(delta, maxPosition - p[other]);
      p[which] += delta;
      p[other] += delta;
      mSlider.input.value = p.m;
      nSlider.input.value = p.n;
      mSlider.show();
      nSlider.show();
    }
    mSlider = slider(host, {
      key: "m", label: "Query position m", min: 0, max: maxPosition, value: p.m,
      valueText: function (v) { return String(v); },
      onChange: function (v) { if (together) moveTogether("m", v); else p.m = v; update(); }
    });
    nSlider = slider(host, {
      key: "n", label: "Key position n", min: 0, max: maxPosition, value: p.n,
      valueText: function (v) { return String(v); },
      onChange: function (v) { if (together) moveTogether("n", v); else p.n = v; update(); }
    });
    var both = checkbox(host, {
      key: "together", label: "Move m and n together (keeps n " + MINUS + " m)",
      onChange: function (checked) { together = checked; }
    });
    var pairSlider = slider(host, {
      key: "pair", label: "Pair index i", min: 0, max: p.dimension / 2 - 1, value: p.pair,
      valueText: function (v) { return v + " (coordinates " + (2 * v) + ", " + (2 * v + 1) + ")"; },
      onChange: function (v) { p.pair = v; update(); }
    });
    var baseSlider = slider(host, {
      key: "base", label: "Base", min: 0, max: bases.length - 1, value: bases.indexOf(p.base),
      valueText: function (v) { return Number.isInteger(bases[v]) ? grouped(bases[v]) : general(bases[v]); },
      actual: function (v) { return bases[v]; },
      onChange: function (v) { p.base = bases[v]; update(); }
    });
    append(controls, [mSlider.row, nSlider.row, both.row, pairSlider.row, baseSlider.row]);

    var size = 300, centre = size / 2, scale = size / 2.9;
    var picture = svgElement("svg", { viewBox: "0 0 " + size + " " + size, role: "img", "class": "explorer-svg explorer-rope-svg" });
    var legend = element("p", { "class": "explorer-legend" }, [
      element("span", { "class": "swatch swatch-query", "aria-hidden": "true" }), " query q\u2098 ",
      element("span", { "class": "swatch swatch-key", "aria-hidden": "true" }), " key k\u2099 ",
      element("span", { "class": "swatch swatch-before", "aria-hidden": "true" }), " before rotation"
    ]);
    var figure = element("div", { "class": "explorer-figure" }, [picture, legend]);

    var numbers = readout(host, [
      { key: "theta", label: "\u03B8<sub>i</sub> = base<sup>" + MINUS + "2i/d</sup>" },
      { key: "angle-m", label: "m\u03B8<sub>i</sub> (query\u2019s turn)" },
      { key: "angle-n", label: "n\u03B8<sub>i</sub> (key\u2019s turn)" },
      { key: "difference", label: "(n " + MINUS + " m)\u03B8<sub>i</sub>" },
      { key: "pair-score", label: "pair i\u2019s term of the score" },
      { key: "score", label: "score q<sub>m</sub> \u00B7 k<sub>n</sub>, all pairs" }
    ]);

    append(host, [element("div", { "class": "explorer-body" }, [controls, figure]), numbers.node]);

    function update() {
      var theta = rope.theta(p.pair, p);
      var angleM = rope.angle(p.m, p), angleN = rope.angle(p.n, p);
      var i = p.pair;
      var q = [vectors.q[2 * i], vectors.q[2 * i + 1]], k = [vectors.k[2 * i], vectors.k[2 * i + 1]];
      var qm = rope.rotatePair(q, p.m, theta), kn = rope.rotatePair(k, p.n, theta);
      var score = rope.score(p), pairScore = rope.pairScore(p);

      numbers.set("theta", general(theta), theta);
      numbers.set("angle-m", turns(angleM), angleM);
      numbers.set("angle-n", turns(angleN), angleN);
      numbers.set("difference", fixed((p.n - p.m) * theta, 4) + " rad, n " + MINUS + " m = " + typographic(String(p.n - p.m)), (p.n - p.m) * theta);
      numbers.set("pair-score", signed(pairScore, 4), pairScore);
      numbers.set("score", signed(score, 4), score);

      clear(picture);
      picture.appendChild(svgElement("title", { text: "Pair " + i + " of the query and the key, turned by their positions" }));
      var grid = svgElement("g", { "class": "grid" });
      grid.appendChild(svgElement("line", { x1: 0, y1: centre, x2: size, y2: centre }));
      grid.appendChild(svgElement("line", { x1: centre, y1: 0, x2: centre, y2: size }));
      grid.appendChild(svgElement("circle", { cx: centre, cy: centre, r: round(Math.hypot(q[0], q[1]) * scale), "class": "guide guide-query" }));
      grid.appendChild(svgElement("circle", { cx: centre, cy: centre, r: round(Math.hypot(k[0], k[1]) * scale), "class": "guide guide-key" }));
      picture.appendChild(grid);
      var arcs = svgElement("g", { "class": "arcs" });
      arcs.appendChild(svgElement("path", { "class": "arc-query", d: arc(centre, 0.42 * scale, Math.atan2(q[1], q[0]), wrapAngle(angleM)) }));
      arcs.appendChild(svgElement("path", { "class": "arc-key", d: arc(centre, 0.62 * scale, Math.atan2(k[1], k[0]), wrapAngle(angleN)) }));
      picture.appendChild(arcs);
      var arrows = svgElement("g", { "class": "arrows" });
      arrow(arrows, centre, scale, q, "before");
      arrow(arrows, centre, scale, k, "before");
      var tipQ = arrow(arrows, centre, scale, qm, "query");
      var tipK = arrow(arrows, centre, scale, kn, "key");
      picture.appendChild(arrows);
      var labels = svgElement("g", { "class": "labels" });
      function label(tip, vector, text) {
        var angle = Math.atan2(vector[1], vector[0]);
        labels.appendChild(svgElement("text", {
          x: round(tip[0] + 16 * Math.cos(angle)), y: round(tip[1] - 16 * Math.sin(angle) + 5),
          "text-anchor": "middle", text: text
        }));
      }
      label(tipQ, qm, "q\u2098");
      label(tipK, kn, "k\u2099");
      picture.appendChild(labels);
      picture.setAttribute("aria-label", "Pair " + i + ": the query (1, 0.5) turned by m\u03B8 = " + fixed(angleM, 2) +
        " rad to (" + fixed(qm[0], 2) + ", " + fixed(qm[1], 2) + "); the key (0.8, " + MINUS + "0.6) turned by n\u03B8 = " +
        fixed(angleN, 2) + " rad to (" + fixed(kn[0], 2) + ", " + fixed(kn[1], 2) + ").");
    }
    update();
  }

  /* ================= The sinusoid explorer ================= */

  // The lesson's diverging ramp (CoursePlot's): blue for −1, near-white for 0, red for +1.
  var RAMP = [0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B];
  function rampColour(value) {
    var t = Math.min(Math.max((value + 1) / 2, 0), 1) * (RAMP.length - 1);
    var index = Math.min(Math.floor(t), RAMP.length - 2), fraction = t - index;
    var a = RAMP[index], b = RAMP[index + 1];
    return [16, 8, 0].map(function (shift) {
      var x = (a >> shift) & 255, y = (b >> shift) & 255;
      return Math.round(x + (y - x) * fraction);
    });
  }

  function mountSinusoid(host, given) {
    var p = { dimension: given.dimension, base: given.base, positions: given.positions, position: given.position, pair: 0 };
    var pairs = p.dimension / 2;

    frame(host, "Explore: the clock hands, position by position",
          "The table of the lesson's encoding for d = " + p.dimension + " and base " + general(p.base) +
          ", turned on its side: one column per position, one row per coordinate (pair i is rows 2i and 2i + 1). " +
          "Choose a position and a pair to read its angle.");

    var controls = element("div", { "class": "explorer-controls" });
    var positionSlider = slider(host, {
      key: "position", label: "Position p", min: 0, max: p.positions - 1, value: p.position,
      valueText: function (v) { return String(v); },
      onChange: function (v) { p.position = v; update(); }
    });
    var pairSlider = slider(host, {
      key: "pair", label: "Pair index i", min: 0, max: pairs - 1, value: 0,
      valueText: function (v) { return v + " (coordinates " + (2 * v) + ", " + (2 * v + 1) + ")"; },
      onChange: function (v) { p.pair = v; update(); }
    });
    var dial = svgElement("svg", { viewBox: "0 0 160 160", role: "img", "class": "explorer-svg explorer-dial" });
    append(controls, [positionSlider.row, pairSlider.row, dial]);

    // The heatmap: a canvas of positions × coordinates, one pixel per cell, stretched.
    var canvas = element("canvas", { width: p.positions, height: p.dimension, role: "img", "class": "explorer-heatmap" });
    var columnMark = element("div", { "class": "explorer-mark explorer-mark-column", "aria-hidden": "true" });
    var rowMark = element("div", { "class": "explorer-mark explorer-mark-row", "aria-hidden": "true" });
    var map = element("div", { "class": "explorer-map" }, [canvas, columnMark, rowMark]);
    var figure = element("div", { "class": "explorer-figure explorer-figure-wide" }, [
      element("p", { "class": "explorer-axis", "aria-hidden": "true" }, ["coordinate 0 at the top, " + (p.dimension - 1) + " at the bottom"]),
      map,
      element("p", { "class": "explorer-axis explorer-axis-x", "aria-hidden": "true" }, [
        element("span", { text: "position 0" }), element("span", { text: "position " + (p.positions - 1) })
      ]),
      element("p", { "class": "explorer-legend" }, [
        element("span", { "class": "swatch-ramp", "aria-hidden": "true" }), " PE value from " + MINUS + "1 (blue) through 0 (white) to +1 (red)"
      ])
    ]);
    drawHeatmap();
    canvas.addEventListener("click", function (event) {
      var box = canvas.getBoundingClientRect();
      var position = Math.min(p.positions - 1, Math.max(0, Math.floor((event.clientX - box.left) / box.width * p.positions)));
      var pair = Math.min(pairs - 1, Math.max(0, Math.floor((event.clientY - box.top) / box.height * pairs)));
      positionSlider.input.value = position;
      pairSlider.input.value = pair;
      p.position = position;
      p.pair = pair;
      positionSlider.show();
      pairSlider.show();
      update();
    });

    var numbers = readout(host, [
      { key: "frequency", label: "\u03C9<sub>i</sub> = base<sup>" + MINUS + "2i/d</sup> (rad per token)" },
      { key: "wavelength", label: "wavelength 2\u03C0/\u03C9<sub>i</sub> (tokens per turn)" },
      { key: "angle", label: "angle p\u03C9<sub>i</sub>" },
      { key: "sin", label: "PE(p, 2i) = sin p\u03C9<sub>i</sub>" },
      { key: "cos", label: "PE(p, 2i + 1) = cos p\u03C9<sub>i</sub>" }
    ]);

    // Every pair at this position, folded: a table that scrolls inside itself if it must.
    var tableBody = element("tbody");
    var table = element("table", { "class": "explorer-table" }, [
      element("thead", {}, [element("tr", {}, ["pair i", "\u03C9\u1D62", "wavelength", "p\u03C9\u1D62 (rad)", "mod 2\u03C0 (rad)"].map(function (name) {
        return element("th", { scope: "col", text: name });
      }))]),
      tableBody
    ]);
    var tableCaption = element("summary", {});
    var everyPair = element("details", { "class": "explorer-details" }, [
      tableCaption,
      element("div", { "class": "explorer-table-scroll", tabindex: 0, role: "region", "aria-label": "Every pair's angle" }, [table])
    ]);

    append(host, [element("div", { "class": "explorer-body" }, [controls, figure]), numbers.node, everyPair]);

    function drawHeatmap() {
      var context = canvas.getContext && canvas.getContext("2d");
      if (!context) return;
      var image = context.createImageData(p.positions, p.dimension);
      for (var position = 0; position < p.positions; position++) {
        var row = sinusoid.row(position, p);
        for (var coordinate = 0; coordinate < p.dimension; coordinate++) {
          var colour = rampColour(row[coordinate]);
          var at = (coordinate * p.positions + position) * 4;
          image.data[at] = colour[0];
          image.data[at + 1] = colour[1];
          image.data[at + 2] = colour[2];
          image.data[at + 3] = 255;
        }
      }
      context.putImageData(image, 0, 0);
    }

    function update() {
      var i = p.pair, position = p.position;
      var all = sinusoid.pairs(position, p);
      var here = all[i];
      numbers.set("frequency", general(here.frequency), here.frequency);
      numbers.set("wavelength", general(here.wavelength), here.wavelength);
      numbers.set("angle", turns(here.angle), here.angle);
      numbers.set("sin", signed(here.sin, 4), here.sin);
      numbers.set("cos", signed(here.cos, 4), here.cos);

      columnMark.style.left = (position / p.positions * 100) + "%";
      columnMark.style.width = (100 / p.positions) + "%";
      rowMark.style.top = (2 * i / p.dimension * 100) + "%";
      rowMark.style.height = (200 / p.dimension) + "%";
      canvas.setAttribute("aria-label", "Heatmap of the sinusoidal encoding: positions 0 to " + (p.positions - 1) +
        " across, coordinates 0 to " + (p.dimension - 1) + " down, position " + position + " and pair " + i + " marked.");

      clear(dial);
      var c = 80, r = 58;
      dial.appendChild(svgElement("title", { text: "Pair " + i + "'s hand at position " + position }));
      dial.appendChild(svgElement("circle", { "class": "guide", cx: c, cy: c, r: r }));
      dial.appendChild(svgElement("line", { "class": "grid-line", x1: c - r - 8, y1: c, x2: c + r + 8, y2: c }));
      dial.appendChild(svgElement("line", { "class": "grid-line", x1: c, y1: c - r - 8, x2: c, y2: c + r + 8 }));
      dial.appendChild(svgElement("path", { "class": "arc-query", d: arc(c, 22, 0, here.wrapped) }));
      var hand = svgElement("g", { "class": "arrows" });
      arrow(hand, c, r, [Math.cos(here.angle), Math.sin(here.angle)], "query");
      dial.appendChild(hand);
      dial.setAttribute("aria-label", "Pair " + i + "'s hand at position " + position + ": angle " + fixed(here.wrapped, 2) +
        " rad, pointing to cos " + fixed(here.cos, 2) + ", sin " + fixed(here.sin, 2) + ".");

      tableCaption.textContent = "Every pair at position " + position;
      clear(tableBody);
      all.forEach(function (entry) {
        tableBody.appendChild(element("tr", entry.pair === i ? { "class": "current" } : {}, [
          element("th", { scope: "row", text: String(entry.pair) }),
          element("td", { text: general(entry.frequency) }),
          element("td", { text: general(entry.wavelength) }),
          element("td", { text: fixed(entry.angle, 4) }),
          element("td", { text: fixed(entry.wrapped, 4) })
        ]));
      });
    }
    update();
  }

  /* ================= The T5 bucket explorer ================= */

  function mountT5(host, given) {
    var p = { buckets: given.buckets, max_distance: given.max_distance, bidirectional: given.bidirectional, relative: given.relative_position };
    var extent = Math.min(100000, Math.max(Math.abs(p.relative), p.max_distance + Math.ceil(p.max_distance / 4)));

    frame(host, "Explore: T5's relative position buckets",
          "The relative position is key " + MINUS + " query, as in the reference code: negative when the key comes before the query. " +
          "num_buckets = " + p.buckets + ", max_distance = " + p.max_distance + ".");

    var controls = element("div", { "class": "explorer-controls" });
    var relativeSlider = slider(host, {
      key: "relative", label: "Relative position (key " + MINUS + " query)", min: -extent, max: extent, value: p.relative,
      valueText: relativeText,
      onChange: function (v) { p.relative = v; update(); }
    });
    var direction = checkbox(host, {
      key: "bidirectional", label: "Bidirectional (encoder); off: causal (decoder)", checked: p.bidirectional,
      onChange: function (checked) { p.bidirectional = checked; update(); }
    });
    append(controls, [relativeSlider.row, direction.row]);

    var strip = svgElement("svg", { role: "img", "class": "explorer-svg explorer-strip" });
    var figure = element("div", { "class": "explorer-figure explorer-figure-wide" }, [
      strip,
      element("p", { "class": "explorer-legend" }, [
        element("span", { "class": "swatch swatch-current", "aria-hidden": "true" }), " the bucket of the chosen relative position; scale logarithmic away from 0"
      ])
    ]);
    var message = element("p", { "class": "explorer-message", hidden: "" });

    var numbers = readout(host, [
      { key: "relative", label: "relative position" },
      { key: "distance", label: "distance the formula uses" },
      { key: "bucket", label: "bucket" },
      { key: "range", label: "relative positions in this bucket" }
    ]);
    var edgeList = element("ol", { "class": "explorer-edges" });
    var edgeSummary = element("summary");
    var edges = element("details", { "class": "explorer-details" }, [edgeSummary, edgeList]);

    append(host, [controls, message, figure, numbers.node, edges]);

    var resizeTimer = null;
    window.addEventListener("resize", function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(update, 150);
    });

    function update() {
      var defined = t5.isDefined(p);
      message.hidden = defined;
      figure.hidden = !defined;
      if (!defined) {
        message.textContent = "With num_buckets = " + p.buckets + " and max_distance = " + p.max_distance + " in " +
          (p.bidirectional ? "bidirectional" : "causal") + " mode, the bucket formula is undefined: it needs at least one exact bucket " +
          "per direction (num_buckets / 4 in bidirectional mode, num_buckets / 2 in causal mode) and a max_distance beyond them.";
      }
      var runs = t5.edges(p);
      var bucket = t5.bucket(p.relative, p);
      var run = null;
      runs.forEach(function (entry) { if (entry.bucket === bucket) run = entry; });
      var distance = t5.distance(p.relative, p);
      var where = p.relative < 0 ? "the key is " + -p.relative + " before the query" :
        p.relative > 0 ? "the key is " + p.relative + " after the query" : "the key is the query";
      numbers.set("relative", relativeText(p.relative) + " (" + where + ")", p.relative);
      numbers.set("distance", String(distance) + (defined ? (t5.isExact(p.relative, p) ? ", an exact bucket" : ", a logarithmic bucket") : ""), distance);
      numbers.set("bucket", bucket === null ? "undefined" : String(bucket), bucket === null ? undefined : bucket);
      numbers.set("range", run ? rangeText(run) : "\u2014");

      edgeSummary.textContent = "Every bucket's relative positions (" + runs.length + " buckets)";
      clear(edgeList);
      runs.forEach(function (entry) {
        edgeList.appendChild(element("li", entry.bucket === bucket ? { "class": "current", "data-bucket": entry.bucket } : { "data-bucket": entry.bucket },
          ["bucket " + entry.bucket + ": " + rangeText(entry)]));
      });
      if (defined) drawStrip(runs, bucket);
    }

    function drawStrip(runs, current) {
      var width = Math.max(260, Math.round(strip.getBoundingClientRect().width || host.clientWidth || 600));
      var height = 96, left = 12, right = width - 12, top = 26, bar = 26;
      strip.setAttribute("viewBox", "0 0 " + width + " " + height);
      strip.setAttribute("height", height);
      clear(strip);
      strip.appendChild(svgElement("title", { text: "Buckets along the relative position" }));
      var span = Math.log2(1 + extent + 0.5);
      function x(r) {
        var clamped = Math.max(-extent - 0.5, Math.min(extent + 0.5, r));
        var t = (clamped < 0 ? -1 : 1) * Math.log2(1 + Math.abs(clamped)) / span;
        return round(left + (t + 1) / 2 * (right - left));
      }
      var segments = svgElement("g", { "class": "segments" });
      var labels = svgElement("g", { "class": "labels" });
      // Bucket numbers above the segments wide enough for them; the chosen bucket's always,
      // and no other number where it would overlap that one.
      var taken = null;
      runs.forEach(function (entry) {
        if (entry.bucket !== current) return;
        var middle = (x(entry.from - 0.5) + x(entry.to + 0.5)) / 2, half = 4.5 * String(current).length + 6;
        taken = [middle - half, middle + half];
      });
      runs.forEach(function (entry) {
        var x0 = x(entry.from - 0.5), x1 = x(entry.to + 0.5), middle = (x0 + x1) / 2;
        var isCurrent = entry.bucket === current;
        segments.appendChild(svgElement("rect", {
          "class": "segment" + (isCurrent ? " current" : entry.bucket % 2 ? " odd" : " even"),
          x: x0, y: top, width: Math.max(0.5, round(x1 - x0)), height: bar
        }));
        var label = String(entry.bucket), half = 3.5 * label.length;
        var fits = x1 - x0 >= 2 * half + 4 && !(taken && middle + half > taken[0] && middle - half < taken[1]);
        if (isCurrent || fits) {
          labels.appendChild(svgElement("text", {
            "class": isCurrent ? "current" : null, x: round(middle), y: top - 6, "text-anchor": "middle", text: label
          }));
        }
      });
      strip.appendChild(segments);
      var ticks = svgElement("g", { "class": "ticks" });
      var marks = [0];
      for (var power = 1; power <= extent; power *= 2) if (power >= 8) marks.push(power, -power);
      marks.push(extent, -extent);
      var used = [];
      marks.sort(function (a, b) { return a - b; }).forEach(function (r) {
        var at = x(r), text = relativeText(r);
        if (used.some(function (u) { return Math.abs(u - at) < 7 * text.length + 6; })) return;
        used.push(at);
        ticks.appendChild(svgElement("line", { x1: at, y1: top + bar, x2: at, y2: top + bar + 5 }));
        ticks.appendChild(svgElement("text", { x: at, y: top + bar + 18, "text-anchor": "middle", text: text }));
      });
      strip.appendChild(ticks);
      strip.appendChild(labels);
      var marker = x(p.relative);
      strip.appendChild(svgElement("path", { "class": "marker", d: "M" + marker + " " + (top + bar + 1) + "l-6 -10h12z" }));
      strip.appendChild(svgElement("line", { "class": "marker-line", x1: marker, y1: top - 2, x2: marker, y2: top + bar }));
      strip.setAttribute("aria-label", runs.length + " buckets drawn along the relative position from " + relativeText(-extent) +
        " to " + relativeText(extent) + "; relative position " + relativeText(p.relative) + " is in bucket " + current + ".");
    }
    update();
  }

  /* ================= Mounting ================= */

  var mounts = { "rope": mountRope, "sinusoid": mountSinusoid, "t5-buckets": mountT5 };

  /** Builds every explorer container under `root` (the document by default) not built yet. */
  function mount(root) {
    var hosts = (root || document).querySelectorAll(".explorer[data-explorer]");
    for (var h = 0; h < hosts.length; h++) {
      var host = hosts[h];
      if (host.hasAttribute("data-ready")) continue;
      var build = mounts[host.getAttribute("data-explorer")];
      var parameters;
      try {
        parameters = JSON.parse(host.getAttribute("data-parameters") || "{}");
      } catch (error) {
        continue;   // left hidden: the lesson's static figure stands in
      }
      if (!build) continue;
      host.setAttribute("data-ready", "");
      host.hidden = false;   // before building, so drawings can measure their width
      build(host, parameters);
    }
  }

  window.courseExplorers = {
    rope: rope, sinusoid: sinusoid, t5: t5, wrapAngle: wrapAngle, mount: mount,
    format: { fixed: fixed, signed: signed, general: general }
  };
  mount(document);
})();
