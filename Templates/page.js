// backprop-site: what scripts add to a page that is complete without them.
// 1. A formula or table box that really scrolls sideways becomes focusable (so the keyboard can
//    scroll it) and gets an accessible name; a box that fits stays out of the tab order.
// 2. In print, a formula wider than the paper is shrunk to fit instead of being cut at the edge.
// 3. A figure that scrolls sideways on a phone fades at the edge where there is more to see.
"use strict";

(() => {
  const boxes = () => document.querySelectorAll(".math-scroll, .table-scroll");
  const printing = window.matchMedia("print");

  function markScrollable() {
    const name = document.body.dataset.scrollable;
    for (const box of boxes()) {
      const scrolls = box.scrollWidth > box.clientWidth + 1 && !printing.matches;
      if (scrolls) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", name);
      } else {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    }
  }

  // Shrinks every formula wider than its box (at the paper's width) to fit it.
  function fitToPaper() {
    for (const box of document.querySelectorAll(".math-scroll")) {
      box.style.removeProperty("--fit");
      const math = box.firstElementChild;
      if (!math) continue;
      const needed = math.scrollWidth, available = box.clientWidth;
      if (printing.matches && needed > available) box.style.setProperty("--fit", (available / needed).toFixed(3));
    }
  }

  function fadeFigureEdges() {
    for (const frame of document.querySelectorAll(".figure-open")) {
      const hidden = frame.scrollWidth - frame.clientWidth;
      frame.classList.toggle("more-left", hidden > 1 && frame.scrollLeft > 1);
      frame.classList.toggle("more-right", hidden > 1 && frame.scrollLeft < hidden - 1);
    }
  }

  function update() {
    fadeFigureEdges();
    fitToPaper();
    markScrollable();
  }

  document.addEventListener("DOMContentLoaded", () => {
    update();
    new ResizeObserver(() => { markScrollable(); fadeFigureEdges(); }).observe(document.body);
    for (const frame of document.querySelectorAll(".figure-open")) {
      frame.addEventListener("scroll", fadeFigureEdges, { passive: true });
      frame.querySelector("img").addEventListener("load", fadeFigureEdges);
    }
    printing.addEventListener("change", update);
    window.addEventListener("beforeprint", () => { printing.matches || fitToPaper(); });
    document.fonts.ready.then(markScrollable);
  });
})();
