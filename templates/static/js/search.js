// Search, as a progressive enhancement, for every search form of the page (form[data-documents]): the search
// page's own form and the search field of the header. Fetches the language's pages (the list the build wrote:
// each page's visible text, section by section), indexes them with lunr and the rules of search-setup.js, and
// lists the matching pages as the reader types, each linked to the section that matches best, with the matched
// words in context and a count. The search page also searches on submit and keeps the query in its address; the
// header's field shows its first results under it and, on submit, opens the search page (as without JavaScript).
// On other pages than the search page, search-loader.js loads this script when the reader turns to the field.
(function () {
  "use strict";
  if (!window.lunr || !window.fetch) {
    return;
  }
  var SNIPPET = 200;
  var WORD = /[\p{L}\p{N}]/u;
  var TYPING = 150;
  var loading = {};

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) { return values[key]; });
  }

  // lunr's index of the pages, and the pages by URL. A page's body for lunr is its sections' headings and texts
  // one after the other; page.starts says where each section begins in it, so a match leads back to its section.
  function index(data) {
    var pages = {};
    var built = lunr(function () {
      lunr.amicusSetup(this, data.lang);
      this.ref("url");
      this.field("title", {boost: 10});
      this.field("description", {boost: 4});
      this.field("body");
      this.metadataWhitelist = ["position"];
      data.pages.forEach(function (page) {
        var body = "";
        page.starts = page.sections.map(function (section) {
          var start = body.length;
          body += section.heading + "\n" + section.text + "\n";
          return start;
        });
        pages[page.url] = page;
        this.add({url: page.url, title: page.title, description: page.description, body: body});
      }, this);
    });
    return {index: built, pages: pages};
  }

  function load(url) {
    if (!loading[url]) {
      loading[url] = fetch(url).then(function (response) {
        if (!response.ok) {
          throw new Error(url + ": " + response.status);
        }
        return response.json();
      }).then(index);
    }
    return loading[url];
  }

  function sectionAt(page, position) {
    var i = page.starts.length - 1;
    while (i > 0 && page.starts[i] > position) {
      i--;
    }
    return i;
  }

  // The section the query matches best: the most of its words (one in the heading counts twice), then the most
  // matches, then the first. Null when only the title or the description matched.
  function bestSection(page, metadata) {
    var sections = {};
    Object.keys(metadata).forEach(function (term) {
      var body = metadata[term].body;
      var words = {};
      (body ? body.position : []).forEach(function (position) {
        var i = sectionAt(page, position[0]);
        var section = sections[i] || (sections[i] = {index: i, words: 0, matches: []});
        var inHeading = position[0] < page.starts[i] + page.sections[i].heading.length;
        words[i] = Math.max(words[i] || 0, inHeading ? 2 : 1);
        section.matches.push(position);
      });
      Object.keys(words).forEach(function (i) { sections[i].words += words[i]; });
    });
    var best = null;
    Object.keys(sections).forEach(function (i) {
      var s = sections[i];
      if (!best || s.words > best.words || (s.words === best.words && (s.matches.length > best.matches.length
          || (s.matches.length === best.matches.length && s.index < best.index)))) {
        best = s;
      }
    });
    return best;
  }

  // A match as the reader sees the word: without the punctuation lunr's tokens keep ("sanctions." → "sanctions").
  function trimmed(text, match) {
    var from = match[0];
    var to = match[0] + match[1];
    while (from < to && !WORD.test(text.charAt(from))) {
      from++;
    }
    while (to > from && !WORD.test(text.charAt(to - 1))) {
      to--;
    }
    return [from, to];
  }

  // About SNIPPET characters of a text from a little before its first match, cut at spaces, every match in it
  // marked; the start of the text when there is no match in it (the words were in the heading or the title).
  function snippet(text, matches) {
    var first = matches.length ? matches[0][0] : 0;
    var start = first < 60 ? 0 : Math.min(first, text.indexOf(" ", first - 60) + 1);
    var end = start + SNIPPET >= text.length ? text.length
        : Math.max(text.lastIndexOf(" ", start + SNIPPET), first + (matches.length ? matches[0][1] : 0));
    var paragraph = document.createElement("p");
    var at = start;
    paragraph.appendChild(document.createTextNode(start > 0 ? "…" : ""));
    matches.forEach(function (match) {
      var word = trimmed(text, match);
      if (word[0] >= at && word[1] <= end && word[1] > word[0]) {
        paragraph.appendChild(document.createTextNode(text.slice(at, word[0])));
        var mark = document.createElement("mark");
        mark.textContent = text.slice(word[0], word[1]);
        paragraph.appendChild(mark);
        at = word[1];
      }
    });
    paragraph.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? "…" : "")));
    return paragraph;
  }

  // The positions of a field's matches, from `offset` on, as positions in the text that starts there.
  function matchesIn(positions, offset) {
    return positions.filter(function (m) { return m[0] >= offset; })
        .map(function (m) { return [m[0] - offset, m[1]]; })
        .sort(function (a, b) { return a[0] - b[0]; });
  }

  // A result: the page's title, linked to the section that matches best, then that section's heading and words
  // around the match; the page's description, with its matches, when only the title or description matched.
  function result(page, metadata, headingTag) {
    var best = bestSection(page, metadata);
    var section = best ? page.sections[best.index] : null;
    var link = document.createElement("a");
    link.href = page.url + (section && section.id ? "#" + section.id : "");
    link.textContent = page.title;
    var heading = document.createElement(headingTag);
    heading.className = "search-result-title";
    heading.appendChild(link);
    var words;
    if (section) {
      words = snippet(section.text, matchesIn(best.matches, page.starts[best.index] + section.heading.length + 1));
      if (section.heading) {
        var name = document.createElement("strong");
        name.textContent = section.heading;
        words.insertBefore(document.createTextNode(section.text ? " — " : ""), words.firstChild);
        words.insertBefore(name, words.firstChild);
      }
    } else {
      var description = [];
      Object.keys(metadata).forEach(function (term) {
        description = description.concat(metadata[term].description ? metadata[term].description.position : []);
      });
      words = snippet(page.description, matchesIn(description, 0));
    }
    var item = document.createElement("li");
    item.appendChild(heading);
    item.appendChild(words);
    return item;
  }

  // One search form: its status line, its list of results (both named in data-status and data-results), at most
  // data-limit results (all without it) and then the data-more link to the search page with the query.
  function setUp(form) {
    var input = form.querySelector("input[type=search]");
    var status = document.getElementById(form.dataset.status);
    var results = document.getElementById(form.dataset.results);
    var more = form.dataset.more ? document.getElementById(form.dataset.more) : null;
    var limit = form.dataset.limit ? parseInt(form.dataset.limit, 10) : Infinity;
    var onSearchPage = !more;
    var timer = null;
    var asked = null;
    form.hidden = false;

    function clear() {
      results.textContent = "";
      status.textContent = "";
      if (more) {
        more.hidden = true;
      }
      form.classList.remove("has-results");
    }

    function show(search, query) {
      if (!query.trim()) {
        clear();
        return;
      }
      results.textContent = "";
      var found;
      try {
        found = search.index.search(query);
      } catch (e) {
        // lunr's query syntax (field:term, +term) can reject what a reader types; search the words alone.
        found = search.index.search(query.replace(/[:+\-~^*]/g, " "));
      }
      var count = found.length;
      status.textContent = fill(count === 0 ? form.dataset.noResults
          : count === 1 ? form.dataset.resultsOne : form.dataset.resultsOther, {count: count, query: query});
      found.slice(0, limit).forEach(function (hit) {
        results.appendChild(result(search.pages[hit.ref], hit.matchData.metadata, onSearchPage ? "h2" : "p"));
      });
      if (more) {
        more.hidden = count <= limit;
        more.href = form.getAttribute("action") + "?q=" + encodeURIComponent(query);
      }
      form.classList.add("has-results");
    }

    function run(query) {
      asked = query;
      load(form.dataset.documents).then(function (search) {
        if (input.value === query) {
          show(search, query);
        }
      });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { run(input.value); }, TYPING);
    });
    // The pages are fetched and indexed as soon as the reader turns to the field, not before a search is asked.
    input.addEventListener("focus", function () { load(form.dataset.documents); });

    if (onSearchPage) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var query = input.value;
        history.replaceState(null, "", "?q=" + encodeURIComponent(query));
        window.clearTimeout(timer);
        if (query !== asked) { // else its results are shown already, or on their way
          run(query);
        }
      });
      var initial = new URLSearchParams(location.search).get("q");
      if (initial) {
        input.value = initial;
        run(initial);
      }
    } else {
      // The header's results close with Escape, or when the focus leaves the form.
      form.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && form.classList.contains("has-results")) {
          clear();
          input.focus();
        }
      });
      form.addEventListener("focusout", function (event) {
        if (!form.contains(event.relatedTarget)) {
          clear();
        }
      });
      if (input.value && document.activeElement === input) {
        run(input.value);
      }
    }
  }

  document.querySelectorAll("form[data-documents]").forEach(setUp);
  document.documentElement.classList.add("search-ready");
})();
