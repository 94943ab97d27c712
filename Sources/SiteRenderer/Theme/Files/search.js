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
