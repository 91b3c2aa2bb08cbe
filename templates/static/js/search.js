// Search, as a progressive enhancement: shows the form, loads the language's index (built by the site's
// build with the same lunr rules as search-setup.js), and lists matching pages with their words in context.
// Without JavaScript the page keeps its plain list of every page.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form || !window.lunr || !window.fetch) {
    return;
  }
  var input = form.querySelector("input[type=search]");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var index = null;
  var pages = null;

  form.hidden = false;
  document.documentElement.classList.add("search-ready");

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) { return values[key]; });
  }

  // The sentence around the first word of the query that the page contains, accents ignored.
  function context(text, query) {
    var folded = lunr.amicusFoldText(text.toLowerCase());
    var words = lunr.amicusFoldText(query.toLowerCase()).split(/[\s\-'’]+/).filter(function (w) { return w.length > 2; });
    var at = -1;
    for (var i = 0; i < words.length && at < 0; i++) {
      at = folded.indexOf(words[i].slice(0, Math.max(3, words[i].length - 2)));
    }
    if (at < 0) {
      return text.slice(0, 160) + (text.length > 160 ? "…" : "");
    }
    var start = Math.max(0, at - 70);
    var end = Math.min(text.length, at + 110);
    return (start > 0 ? "…" : "") + text.slice(start, end).trim() + (end < text.length ? "…" : "");
  }

  function show(query) {
    results.textContent = "";
    if (!query.trim()) {
      status.textContent = "";
      return;
    }
    var found;
    try {
      found = index.search(query);
    } catch (e) {
      // lunr's query syntax (field:term, +term) can reject what a reader types; search the words alone.
      found = index.search(query.replace(/[:+\-~^*]/g, " "));
    }
    var count = found.length;
    status.textContent = fill(count === 0 ? form.dataset.noResults
        : count === 1 ? form.dataset.resultsOne : form.dataset.resultsOther, {count: count, query: query});
    found.forEach(function (hit) {
      var page = pages[hit.ref];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.ref;
      link.textContent = page.title;
      var heading = document.createElement("h2");
      heading.appendChild(link);
      var snippet = document.createElement("p");
      snippet.textContent = context(page.text, query);
      item.appendChild(heading);
      item.appendChild(snippet);
      results.appendChild(item);
    });
  }

  function run(query) {
    if (index) {
      show(query);
      return;
    }
    fetch(form.dataset.index).then(function (response) { return response.json(); }).then(function (data) {
      index = lunr.Index.load(data.index);
      pages = data.pages;
      show(query);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value;
    history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    run(query);
  });

  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
