// Glossary terms show their definition on hover and focus (CSS). Escape hides it until the pointer or the
// focus moves on, as WCAG 1.4.13 asks of content that appears on hover or focus. Progressive enhancement only.
(function () {
  "use strict";
  var dismissed = null;
  function restore() {
    if (dismissed) {
      dismissed.classList.remove("is-dismissed");
      dismissed = null;
    }
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    var open = document.querySelector(".term:hover") ||
      (document.activeElement && document.activeElement.closest && document.activeElement.closest(".term"));
    if (open) {
      restore();
      open.classList.add("is-dismissed");
      dismissed = open;
    }
  });
  document.addEventListener("focusin", restore);
  document.addEventListener("pointerover", function (event) {
    if (dismissed && !dismissed.contains(event.target)) {
      restore();
    }
  });
})();
