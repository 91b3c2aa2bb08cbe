/*
 * "Copy the link to this section": a button beside each heading of the text that has an id. It copies the
 * page's address with the section's #id, puts that #id in the address bar, and says "Link copied" (a live
 * region for screen readers, and beside the button). The heading's own text stays a plain link to its section,
 * so without this script the reader still gets the section's address from it.
 * Its texts are in the script tag's data-* attributes: data-label ("… {heading}"), data-copied, data-failed.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var headings = document.querySelectorAll("main :is(h2, h3)[id] > a.heading-anchor");
  if (!script || !headings.length) {
    return;
  }
  var label = script.getAttribute("data-label");
  var copiedText = script.getAttribute("data-copied");
  var failedText = script.getAttribute("data-failed");
  var SVG = "http://www.w3.org/2000/svg";

  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  // Two links of a chain, drawn here so that the button needs no file of its own.
  function icon() {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var chain = document.createElementNS(SVG, "g");
    chain.setAttribute("transform", "rotate(-45 12 12)");
    [2, 11].forEach(function (x) {
      var link = document.createElementNS(SVG, "rect");
      link.setAttribute("x", x);
      link.setAttribute("y", 8);
      link.setAttribute("width", 11);
      link.setAttribute("height", 8);
      link.setAttribute("rx", 4);
      chain.appendChild(link);
    });
    svg.appendChild(chain);
    return svg;
  }

  // The clipboard API where the page may use it; else a selected text area and the copy command.
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var done = false;
      try {
        done = document.execCommand("copy");
      } catch (e) {
        done = false;
      }
      area.remove();
      (done ? resolve : reject)();
    });
  }

  function say(button, text) {
    status.textContent = text;
    button.setAttribute("data-said", text);
    window.setTimeout(function () {
      button.removeAttribute("data-said");
    }, 2500);
  }

  headings.forEach(function (anchor) {
    var heading = anchor.parentNode;
    var wrapper = document.createElement("div");
    wrapper.className = "section-heading section-heading-" + heading.tagName.toLowerCase();
    heading.parentNode.insertBefore(wrapper, heading);
    wrapper.appendChild(heading);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.setAttribute("aria-label", label.replace("{heading}", heading.textContent.trim()));
    button.appendChild(icon());
    wrapper.appendChild(button);
    button.addEventListener("click", function () {
      var hash = "#" + encodeURIComponent(heading.id);
      history.replaceState(history.state, "", hash);
      copy(location.href.split("#")[0] + hash).then(function () {
        say(button, copiedText);
      }, function () {
        say(button, failedText);
      });
    });
  });
  document.documentElement.classList.add("section-links");
})();
