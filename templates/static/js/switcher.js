/*
 * Language switcher: keep the reader's place when changing language.
 * Each link to a translation lists, in data-shared-anchors, the section ids that exist in both
 * pages. When the address ends in one of those ids (#sanctions), the link gets it too; otherwise
 * it leads to the top of the translation. Without this script the links still work.
 */
(function () {
  "use strict";

  var links = document.querySelectorAll("a[data-shared-anchors]");
  if (!links.length) {
    return;
  }

  var bases = [];
  for (var i = 0; i < links.length; i++) {
    bases.push(links[i].getAttribute("href").split("#")[0]);
  }

  function currentId() {
    var hash = window.location.hash.slice(1);
    try {
      return decodeURIComponent(hash);
    } catch (e) {
      return hash; // a malformed escape: compare it as it is
    }
  }

  function update() {
    var id = currentId();
    for (var i = 0; i < links.length; i++) {
      var shared = links[i].getAttribute("data-shared-anchors").split(/\s+/);
      var keep = id !== "" && shared.indexOf(id) !== -1;
      links[i].setAttribute("href", keep ? bases[i] + window.location.hash : bases[i]);
    }
  }

  update();
  window.addEventListener("hashchange", update);
})();
