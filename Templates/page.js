// backprop-site: what scripts add to a page that is complete without them.
// 1. A formula or table box that really scrolls sideways becomes focusable (so the keyboard can
//    scroll it) and gets an accessible name; a box that fits stays out of the tab order.
// 2. In print, a formula wider than the paper is shrunk to fit instead of being cut at the edge.
// 3. A figure that scrolls sideways on a phone fades at the edge where there is more to see.
// 4. Linked numbers: the figures are inlined (fetched from their SVG files), and pointing at a
//    number in an equation that the figures draw (a weight, a neuron's value) lights up that edge
//    or neuron in every figure, and pointing at an edge or neuron lights up its numbers.
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

  // The SVG at `url` as an inline element with ids unique to figure `index`, or null.
  async function inlineSVG(url, index, alt, theme) {
    const response = await fetch(url);
    if (!response.ok) return null;
    const text = (await response.text())
      .replace(/id="glyph/g, `id="f${index}${theme}-glyph`).replace(/#glyph/g, `#f${index}${theme}-glyph`);
    const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
    if (svg.nodeName !== "svg") return null;
    svg.querySelector("title")?.remove();
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", alt);
    svg.setAttribute("class", `figure-svg figure-${theme}`);
    return document.importNode(svg, true);
  }

  // Replaces each figure's <picture> by its SVG inline (the light one, and the dark one too for a
  // reader in dark mode; the stylesheet shows one, and the light one in print), so its elements,
  // which carry data-q keys, can be lit. On failure (e.g. a page opened from disk) the image stays.
  async function inlineFigures() {
    const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
    const pictures = [...document.querySelectorAll(".lesson-figure picture")];
    await Promise.all(pictures.map(async (picture, index) => {
      try {
        const img = picture.querySelector("img");
        const urls = [["light", img.getAttribute("src")]];
        if (dark) urls.push(["dark", picture.querySelector("source").getAttribute("srcset")]);
        const svgs = await Promise.all(urls.map(([theme, url]) => inlineSVG(url, index, img.alt, theme)));
        if (svgs.every(svg => svg)) picture.replaceWith(...svgs);
      } catch (error) { /* keep the image */ }
    }));
    fadeFigureEdges();
  }

  function light(key, on) {
    for (const element of document.querySelectorAll(`[data-q="${CSS.escape(key)}"]`)) element.classList.toggle("q-lit", on);
  }

  function linkNumbers() {
    for (const type of ["pointerover", "pointerout", "focusin", "focusout"]) {
      document.addEventListener(type, event => {
        const target = event.target instanceof Element ? event.target.closest("[data-q]") : null;
        if (target) light(target.dataset.q ?? target.getAttribute("data-q"), type === "pointerover" || type === "focusin");
      });
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    linkNumbers();
    inlineFigures();
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
