/* Course pages, enhanced. Plain ES2017, no libraries, no network; every page works without
   this script, which only adds: the lesson list folded on narrow screens, keyboard access to
   regions that scroll sideways, a light/dark/automatic theme toggle remembered across pages,
   copy buttons on code, and the current section marked in "On this page". */
(function () {
  "use strict";

  var root = document.documentElement;
  var narrow = window.matchMedia("(max-width: 63.99rem)");

  /* ----- Lesson list: open on wide screens, folded on narrow ones ----- */
  var courseNav = document.querySelector("details.course-nav");
  function placeCourseNav() {
    if (courseNav) courseNav.open = !narrow.matches;
  }
  placeCourseNav();
  if (narrow.addEventListener) narrow.addEventListener("change", placeCourseNav);

  /* ----- Regions that scroll sideways take keyboard focus and have a name ----- */
  // The element that scrolls: a code block's <code> (its <pre> keeps the language label in
  // place), a display equation, an inline formula, a table's wrapper. Each gets a name that
  // is unique on the page, as landmarks must have.
  var scrollers = document.querySelectorAll("pre > code, .equation, .math-inline, .table-scroll");
  var names = [];
  var counts = {};
  for (var s = 0; s < scrollers.length; s++) {
    var element = scrollers[s];
    var kind = "Code";
    var number = null;
    if (element.classList.contains("equation")) {
      kind = "Equation";
      var tag = element.querySelector(".eq-number");
      if (tag) number = tag.textContent;
    } else if (element.classList.contains("math-inline")) {
      kind = "Formula";
    } else if (element.classList.contains("table-scroll")) {
      kind = "Table";
    } else if (element.parentNode.classList.contains("output")) {
      kind = "Output";
    }
    counts[kind] = (counts[kind] || 0) + 1;
    names.push(kind + " " + (number || counts[kind]) + " (scrolls sideways)");
  }
  function markScrollers() {
    for (var i = 0; i < scrollers.length; i++) {
      var element = scrollers[i];
      var scrolls = element.scrollWidth > element.clientWidth + 1;
      if (scrolls && !element.hasAttribute("tabindex")) {
        element.setAttribute("tabindex", "0");
        element.setAttribute("role", "region");
        element.setAttribute("aria-label", names[i]);
      } else if (!scrolls && element.getAttribute("role") === "region") {
        element.removeAttribute("tabindex");
        element.removeAttribute("role");
        element.removeAttribute("aria-label");
      }
    }
  }
  markScrollers();
  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(markScrollers, 150);
  });

  /* ----- Theme: automatic (the system's), light or dark, remembered ----- */
  var toggle = document.querySelector(".theme-toggle");
  var themes = ["auto", "light", "dark"];
  var labels = { auto: "Auto", light: "Light", dark: "Dark" };
  function storedTheme() {
    try {
      var value = localStorage.getItem("course-theme");
      return value === "light" || value === "dark" ? value : "auto";
    } catch (error) {
      return "auto";
    }
  }
  function applyTheme(theme) {
    if (theme === "auto") delete root.dataset.theme; else root.dataset.theme = theme;
    if (toggle) {
      toggle.textContent = labels[theme];
      toggle.setAttribute("aria-label", "Colour theme: " + (theme === "auto" ? "automatic" : theme) + ". Change it");
    }
  }
  if (toggle) {
    toggle.hidden = false;
    applyTheme(storedTheme());
    toggle.addEventListener("click", function () {
      var next = themes[(themes.indexOf(storedTheme()) + 1) % themes.length];
      try {
        if (next === "auto") localStorage.removeItem("course-theme"); else localStorage.setItem("course-theme", next);
      } catch (error) { /* storage may be off; the choice then lasts for this page */ }
      applyTheme(next);
    });
  }

  /* ----- Copy buttons on code ----- */
  function copyText(text, done) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
    } else {
      done(fallbackCopy(text));
    }
  }
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
    document.body.removeChild(area);
    return copied;
  }
  var blocks = document.querySelectorAll("pre.code");
  for (var b = 0; b < blocks.length; b++) {
    (function (pre) {
      var wrapper = document.createElement("div");
      wrapper.className = "code-block";
      pre.parentNode.insertBefore(wrapper, pre);
      wrapper.appendChild(pre);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy this code");
      button.addEventListener("click", function () {
        var code = pre.querySelector("code");
        copyText(code ? code.textContent : pre.textContent, function (copied) {
          button.textContent = copied ? "Copied" : "Press Ctrl+C";
          setTimeout(function () { button.textContent = "Copy"; }, 1600);
        });
      });
      wrapper.appendChild(button);
    })(blocks[b]);
  }

  /* ----- "On this page": mark the section being read ----- */
  var tocLinks = document.querySelectorAll(".toc a[href^='#']");
  if (tocLinks.length && "IntersectionObserver" in window) {
    var linkByID = {};
    var targets = [];
    for (var l = 0; l < tocLinks.length; l++) {
      var id = decodeURIComponent(tocLinks[l].getAttribute("href").slice(1));
      var target = document.getElementById(id);
      if (target) {
        linkByID[id] = tocLinks[l];
        targets.push(target);
      }
    }
    var visible = {};
    var current = null;
    function mark() {
      // The first heading in document order that is on screen, or else the last one above it.
      var chosen = null;
      for (var t = 0; t < targets.length; t++) {
        if (visible[targets[t].id]) { chosen = targets[t]; break; }
      }
      if (!chosen) {
        for (var u = targets.length - 1; u >= 0; u--) {
          if (targets[u].getBoundingClientRect().top < 0) { chosen = targets[u]; break; }
        }
      }
      var link = chosen ? linkByID[chosen.id] : null;
      if (link === current) return;
      if (current) current.removeAttribute("aria-current");
      if (link) link.setAttribute("aria-current", "location");
      current = link;
    }
    var observer = new IntersectionObserver(function (entries) {
      for (var e = 0; e < entries.length; e++) visible[entries[e].target.id] = entries[e].isIntersecting;
      mark();
    }, { rootMargin: "0px 0px -55% 0px" });
    for (var k = 0; k < targets.length; k++) observer.observe(targets[k]);
  }
})();
