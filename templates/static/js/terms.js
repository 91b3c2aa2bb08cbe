// Glossary terms show their definition on hover and focus (CSS). A tap opens it in place, with a link to the
// glossary entry, instead of leaving the page; a second tap, a tap elsewhere or Escape closes it. Escape also
// hides a hovered or focused definition until the pointer or the focus moves on (WCAG 1.4.13). Each box is
// moved back inside the window when the term sits near its edge. Progressive enhancement only: without this
// script a term is a link to its entry.
(function () {
  "use strict";
  var MARGIN = 8;
  var moreText = document.currentScript && document.currentScript.getAttribute("data-more");
  var dismissed = null;
  var opened = null;
  var lastPointer = "mouse";

  function restore() {
    if (dismissed) {
      dismissed.classList.remove("is-dismissed");
      dismissed = null;
    }
  }

  // The box starts at the term's left edge and below it: shift it left, or above, to keep it on screen.
  function place(term) {
    var box = term.querySelector(".term-definition");
    if (!box) {
      return;
    }
    box.style.removeProperty("left");
    term.classList.remove("is-above");
    var width = document.documentElement.clientWidth;
    var rect = box.getBoundingClientRect();
    var shift = Math.min(0, width - MARGIN - rect.right);
    shift = Math.max(shift, MARGIN - rect.left);
    if (shift !== 0) {
      box.style.left = shift + "px";
    }
    if (rect.bottom > window.innerHeight && term.getBoundingClientRect().top > rect.height + MARGIN) {
      term.classList.add("is-above");
    }
  }

  function close() {
    if (!opened) {
      return;
    }
    var more = opened.querySelector(".term-more");
    if (more) {
      more.remove();
    }
    opened.classList.remove("is-open");
    opened = null;
  }

  function open(term) {
    close();
    restore();
    var link = term.querySelector(".term-link");
    var box = term.querySelector(".term-definition");
    if (moreText && link && box) {
      var more = document.createElement("a");
      more.className = "term-more";
      more.href = link.getAttribute("href");
      more.textContent = moreText;
      box.appendChild(more);
    }
    term.classList.add("is-open");
    opened = term;
    place(term);
  }

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType;
  }, true);

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".term-link");
    if (link && (lastPointer === "touch" || lastPointer === "pen")) {
      event.preventDefault();
      var term = link.closest(".term");
      if (term === opened) {
        dismiss(term); // a touch screen keeps the tapped term :hover
      } else {
        open(term);
      }
    } else if (opened && !opened.contains(event.target)) {
      close();
    }
  });

  // Hidden even while hovered or focused, until the pointer or the focus moves on.
  function dismiss(term) {
    close();
    if (term) {
      restore();
      term.classList.add("is-dismissed");
      dismissed = term;
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      dismiss(opened || document.querySelector(".term:hover") ||
        (document.activeElement && document.activeElement.closest && document.activeElement.closest(".term")));
    }
  });

  document.addEventListener("focusin", function (event) {
    restore();
    var term = event.target.closest && event.target.closest(".term");
    if (term) {
      place(term);
    }
  });

  document.addEventListener("pointerover", function (event) {
    if (dismissed && !dismissed.contains(event.target)) {
      restore();
    }
    var term = event.target.closest && event.target.closest(".term");
    if (term && event.pointerType === "mouse") {
      place(term);
    }
  });
})();
