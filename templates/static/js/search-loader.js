/*
 * The header's search field, on every page but the search page: it works without JavaScript (the form opens
 * the search page with the words). With it, when the reader first turns to the field, this loads lunr and
 * search.js (the scripts named in the form's data-scripts, in that order), which then show results as the
 * reader types. Nothing is loaded for a reader who never searches.
 */
(function () {
  "use strict";
  var form = document.querySelector("form.site-search[data-scripts]");
  if (!form || !window.fetch) {
    return;
  }
  var input = form.querySelector("input[type=search]");
  var started = false;

  function start() {
    if (started) {
      return;
    }
    started = true;
    form.getAttribute("data-scripts").split(" ").forEach(function (src) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false; // run in the order given: lunr, its French rules, our rules, then search.js
      document.head.appendChild(script);
    });
  }

  input.addEventListener("focus", start);
  input.addEventListener("input", start);
  if (document.activeElement === input) {
    start();
  }
})();
