// Boxes in the text: a glossary term's definition (in the page) and a citation's source (copied on first use
// from the page's Sources list: title, publisher, date, links). Each shows on hover and focus (CSS); a tap
// opens it in place instead of leaving the page, and a second tap, a tap elsewhere or Escape closes it. Escape
// also hides a hovered or focused box until the pointer or the focus moves on (WCAG 1.4.13). A box near an
// edge of the window is moved back inside it. Progressive enhancement only: without this script a term links
// to its glossary entry and a citation to its source.
(function () {
  "use strict";
  var MARGIN = 8;
  var HOLDERS = ".term, .citation";
  var moreText = document.currentScript && document.currentScript.getAttribute("data-more");
  var dismissed = null;
  var opened = null;
  var lastPointer = "mouse";

  function holderOf(node) {
    return node && node.closest ? node.closest(HOLDERS) : null;
  }

  // A citation's box is made the first time it is needed, from its entry in the Sources list.
  function boxOf(holder) {
    var box = holder.querySelector(".term-definition, .citation-preview");
    var link = holder.querySelector("a");
    var entry = !box && link && document.getElementById(link.getAttribute("href").slice(1));
    if (entry) {
      box = document.createElement("span");
      box.className = "citation-preview";
      var copy = entry.cloneNode(true);
      copy.querySelectorAll(".source-backref, .source-backrefs, .source-pinpoints").forEach(function (e) {
        e.remove();
      });
      copy.querySelectorAll("[id]").forEach(function (e) {
        e.removeAttribute("id");
      });
      while (copy.firstChild) {
        box.appendChild(copy.firstChild);
      }
      holder.appendChild(box);
    }
    return box;
  }

  function restore() {
    if (dismissed) {
      dismissed.classList.remove("is-dismissed");
      dismissed = null;
    }
  }

  // The box starts at the holder's left edge and below it: shift it left, or above, to keep it on screen.
  function place(holder) {
    var box = boxOf(holder);
    if (!box) {
      return;
    }
    box.style.removeProperty("left");
    holder.classList.remove("is-above");
    var rect = box.getBoundingClientRect();
    if (rect.width === 0) {
      return; // not shown
    }
    var shift = Math.min(0, document.documentElement.clientWidth - MARGIN - rect.right);
    shift = Math.max(shift, MARGIN - rect.left);
    if (shift !== 0) {
      box.style.left = shift + "px";
    }
    if (rect.bottom > window.innerHeight && holder.getBoundingClientRect().top > rect.height + MARGIN) {
      holder.classList.add("is-above");
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

  function open(holder) {
    close();
    restore();
    var link = holder.querySelector(".term-link");
    var box = boxOf(holder);
    if (moreText && link && box) {
      var more = document.createElement("a");
      more.className = "term-more";
      more.href = link.getAttribute("href");
      more.textContent = moreText;
      box.appendChild(more);
    }
    holder.classList.add("is-open");
    opened = holder;
    place(holder);
  }

  // Hidden even while hovered or focused, until the pointer or the focus moves on.
  function dismiss(holder) {
    close();
    if (holder) {
      restore();
      holder.classList.add("is-dismissed");
      dismissed = holder;
    }
  }

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType;
  }, true);

  document.addEventListener("click", function (event) {
    var holder = holderOf(event.target);
    var onLink = holder && event.target.closest("a") === holder.querySelector("a");
    if (onLink && (lastPointer === "touch" || lastPointer === "pen")) {
      event.preventDefault();
      if (holder === opened) {
        dismiss(holder); // a touch screen keeps the tapped element :hover
      } else {
        open(holder);
      }
    } else if (opened && !opened.contains(event.target)) {
      close();
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      dismiss(opened || document.querySelector(".term:hover, .citation:hover") || holderOf(document.activeElement));
    }
  });

  document.addEventListener("focusin", function (event) {
    restore();
    var holder = holderOf(event.target);
    if (holder) {
      place(holder);
    }
  });

  document.addEventListener("pointerover", function (event) {
    if (dismissed && !dismissed.contains(event.target)) {
      restore();
    }
    var holder = holderOf(event.target);
    if (holder && event.pointerType === "mouse") {
      place(holder);
    }
  });
})();
