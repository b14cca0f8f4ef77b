// whosaid report: the attribution of a highlight, shown on hover and on
// keyboard focus. Builds the tooltip with textContent only: nothing from the
// text is ever parsed as HTML.
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  if (!tip) {
    return;
  }
  var fields = [
    ["said-by", "Speaker"],
    ["mention", "Mention"],
    ["cue", "Cue"],
    ["recipient", "Said to"],
    ["channel", "Channel"],
    ["kind", "Kind"],
    ["confidence", "Confidence"]
  ];
  var current = null;

  function quoteOf(node) {
    if (!node || !node.closest) {
      return null;
    }
    var found = node.closest("[data-quote-id], [data-continues]");
    if (found && found.hasAttribute("data-continues")) {
      found = document.getElementById(found.getAttribute("data-continues"));
    }
    return found;
  }

  function show(quote) {
    if (!quote) {
      return;
    }
    current = quote;
    while (tip.firstChild) {
      tip.removeChild(tip.firstChild);
    }
    var list = document.createElement("dl");
    fields.forEach(function (field) {
      var value = quote.getAttribute("data-" + field[0]);
      if (field[0] === "cue" && value && quote.getAttribute("data-framing")) {
        value += " (" + quote.getAttribute("data-framing") + ")";
      }
      if (value === null || value === "") {
        value = field[0] === "said-by" ? "not stated in the text" : "\u2014";
      }
      var term = document.createElement("dt");
      term.textContent = field[1];
      var detail = document.createElement("dd");
      detail.textContent = value;
      list.appendChild(term);
      list.appendChild(detail);
    });
    tip.appendChild(list);
    tip.hidden = false;
    quote.setAttribute("aria-describedby", "tip");
    var box = quote.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
  }

  function hide() {
    if (current) {
      current.removeAttribute("aria-describedby");
    }
    current = null;
    tip.hidden = true;
  }

  document.addEventListener("mouseover", function (event) {
    var quote = quoteOf(event.target);
    if (quote && quote !== current) {
      show(quote);
    }
  });
  document.addEventListener("mouseout", function (event) {
    if (quoteOf(event.target) && !quoteOf(event.relatedTarget) && document.activeElement !== current) {
      hide();
    }
  });
  document.addEventListener("focusin", function (event) {
    var quote = quoteOf(event.target);
    if (quote) {
      show(quote);
    } else {
      hide();
    }
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      hide();
    }
  });
})();
