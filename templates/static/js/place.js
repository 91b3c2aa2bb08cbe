/*
 * Where the reader is: the section in view is the last heading (or glossary term) of the text whose top has
 * passed the top fifth of the window.
 * - The "On this page" list marks the link to that section (aria-current="true").
 * - The language switcher keeps the reader's place. Each link to a translation lists, in data-shared-anchors,
 *   the ids that exist in both pages. When the address names a place (#sanctions) that is still in view, the
 *   link takes it if the translation has it, else it leads to the translation's top; once the reader has
 *   scrolled away from it, or when the address names none, the link takes the section in view, if shared.
 * - On a wider screen, the header keeps only its title's row in view (the switcher's), not the parts' row.
 * Without this script the list marks nothing, the links lead to the top of the translation, and on a wider
 * screen the header scrolls away with the page.
 */
(function () {
  "use strict";

  // On a wider screen the parts' row is above the title's: it scrolls away and the title's row stays in view.
  var header = document.querySelector(".site-header");
  var title = header && header.querySelector(".site-title");
  function keepTitleRow() {
    header.style.setProperty("--header-hidden", Math.max(0, title.offsetTop - 8) + "px");
  }
  if (title) {
    header.classList.add("keeps-title-row");
    keepTitleRow();
    window.addEventListener("resize", keepTitleRow);
  }

  var links = document.querySelectorAll("a[data-shared-anchors]");
  var tocLinks = document.querySelectorAll(".toc a[href^='#']");
  var places = document.querySelectorAll("main :is(h2, h3, h4, dt)[id]:not(nav *)");
  if (!places.length || (!links.length && !tocLinks.length)) {
    return;
  }

  var bases = [];
  var shared = [];
  for (var i = 0; i < links.length; i++) {
    bases.push(links[i].getAttribute("href").split("#")[0]);
    shared.push(links[i].getAttribute("data-shared-anchors").split(/\s+/));
  }

  function currentId() {
    var hash = window.location.hash.slice(1);
    try {
      return decodeURIComponent(hash);
    } catch (e) {
      return hash; // a malformed escape: compare it as it is
    }
  }

  function inView(element) {
    var box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }

  /** The ids of the places the reader has passed, last one last. */
  function passed() {
    var line = window.innerHeight / 5;
    var ids = [];
    for (var i = 0; i < places.length && places[i].getBoundingClientRect().top <= line; i++) {
      ids.push(places[i].id);
    }
    return ids;
  }

  /** The last of the passed ids that is in the list, or "". */
  function lastIn(ids, list) {
    for (var i = ids.length - 1; i >= 0; i--) {
      if (list.indexOf(ids[i]) !== -1) {
        return ids[i];
      }
    }
    return "";
  }

  var tocIds = [];
  for (var t = 0; t < tocLinks.length; t++) {
    tocIds.push(tocLinks[t].getAttribute("href").slice(1));
  }

  var toc = document.querySelector("nav.toc");
  var marked = null;

  /** Marks the list's link to the section in view, and scrolls the list to it when the list is taller than the window. */
  function mark(current) {
    var link = null;
    for (var i = 0; i < tocLinks.length; i++) {
      if (tocIds[i] === current) {
        link = tocLinks[i];
        link.setAttribute("aria-current", "true");
      } else {
        tocLinks[i].removeAttribute("aria-current");
      }
    }
    if (link !== null && link !== marked && toc.scrollHeight > toc.clientHeight) {
      var box = toc.getBoundingClientRect(), at = link.getBoundingClientRect();
      if (at.top < box.top || at.bottom > box.bottom) {
        toc.scrollTop += at.top - box.top - box.height / 3;
      }
    }
    marked = link;
  }

  function update() {
    var ids = passed();
    mark(lastIn(ids, tocIds));
    var id = currentId();
    var target = id === "" ? null : document.getElementById(id);
    var followed = target !== null && inView(target);
    for (var j = 0; j < links.length; j++) {
      var keep = followed ? (shared[j].indexOf(id) !== -1 ? id : "") : lastIn(ids, shared[j]);
      links[j].setAttribute("href", keep === "" ? bases[j] : bases[j] + "#" + encodeURIComponent(keep));
    }
  }

  var pending = false;
  function later() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        update();
      });
    }
  }

  update();
  window.addEventListener("scroll", later, {passive: true});
  window.addEventListener("resize", later);
  window.addEventListener("hashchange", update);
  for (var k = 0; k < links.length; k++) {
    links[k].addEventListener("click", update); // the place of this moment, whatever a frame left undone
  }
})();
