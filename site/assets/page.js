// backprop-site: what scripts add to a page that is complete without them.
// 1. A formula or table box that really scrolls sideways becomes focusable (so the keyboard can
//    scroll it) and gets an accessible name; a box that fits stays out of the tab order.
// 2. In print, a formula wider than the paper is shrunk to fit instead of being cut at the edge.
// 3. On a phone the figures come laid out for its column; one still too wide scrolls sideways and
//    fades at the edge where there is more to see.
// 4. Linked numbers: the figures are inlined (fetched from their SVG files), and pointing at a
//    number in an equation that the figures draw (a weight, a neuron's value) lights up that edge
//    or neuron in every figure, and pointing at an edge or neuron lights up its numbers.
// 5. A step-through of the backward pass: each press of "Next step" reveals the next equation
//    (output δ, each hidden δ, the gradients, then the update) and lights up the edges and neurons
//    of its numbers in the figures; the step is announced, and motion follows the reader's setting.
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

  // The SVG at `url` as an inline element with ids unique to the `index`th figure inlined, or null.
  async function inlineSVG(url, index, alt, theme) {
    const response = await fetch(url);
    if (!response.ok) return null;
    // Glyph ids (g1, g2, …) and line ids (t1, …) are made unique to the figure and theme.
    const text = (await response.text()).replace(/(id="|#)([gt]\d)/g, `$1f${index}${theme}-$2`);
    const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
    if (svg.nodeName !== "svg") return null;
    svg.querySelector("title")?.remove();
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", alt);
    svg.setAttribute("class", `figure-svg figure-${theme}`);
    svg.dataset.src = url;
    return document.importNode(svg, true);
  }

  // Replaces a figure's <picture> by its SVG inline: the one laid out for a phone's column on a
  // narrow screen, else the whole figure; the light one, and the dark one too for a reader in dark
  // mode (the stylesheet shows one, and the light one in print). Its elements carry data-q keys, so
  // they can be lit. On failure (e.g. a page opened from disk) the image stays. When the screen
  // crosses the narrow width (a phone turned), the figures inlined are inlined again in the other layout.
  const narrowScreen = window.matchMedia("screen and (max-width: 40rem)");
  const pictureOf = new Map();
  let figuresInlined = 0;
  async function inlineFigure(picture) {
    const index = figuresInlined++;
    const frame = picture.parentElement;
    try {
      const img = picture.querySelector("img");
      const source = name => picture.querySelector(`source[data-figure="${name}"]`)?.getAttribute("srcset");
      const layout = narrowScreen.matches && source("narrow light") ? "narrow" : "wide";
      const urls = [["light", layout === "narrow" ? source("narrow light") : img.getAttribute("src")]];
      if (window.matchMedia("(prefers-color-scheme: dark)").matches) urls.push(["dark", source(`${layout} dark`)]);
      const svgs = await Promise.all(urls.map(([theme, url]) => inlineSVG(url, index, img.alt, theme)));
      if (svgs.every(svg => svg) && picture.isConnected) {
        picture.replaceWith(...svgs);
        pictureOf.set(frame, picture);
      }
    } catch (error) { /* keep the image */ }
    fadeFigureEdges();
  }

  narrowScreen.addEventListener("change", () => {
    for (const [frame, picture] of pictureOf) {
      pictureOf.delete(frame);
      if (!frame.isConnected || !frame.querySelector(".figure-svg")) continue;
      frame.replaceChildren(picture);
      inlineFigure(picture);
    }
  });

  // Figures are inlined as they come near the screen, so a page still loads only what is read.
  function inlineFigures() {
    const pictures = [...document.querySelectorAll(".lesson-figure picture")];
    const observer = new IntersectionObserver(entries => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        inlineFigure(entry.target);
      }
    }, { rootMargin: "800px 0px" });
    pictures.forEach(picture => observer.observe(picture));
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

  function stepThrough() {
    const stepper = document.querySelector(".stepper");
    if (!stepper) return;
    const update = document.querySelector("#update");
    const boxes = [...document.querySelectorAll("#backward .math-scroll")].concat(
      update ? [...update.querySelectorAll(".math-scroll")].filter(box =>
        !update.querySelector("h3") || box.compareDocumentPosition(update.querySelector("h3")) & Node.DOCUMENT_POSITION_FOLLOWING) : []);
    if (!boxes.length) return;
    const [start, previous, next] = stepper.querySelectorAll("button");
    const status = stepper.querySelector(".stepper-status");
    const still = window.matchMedia("(prefers-reduced-motion: reduce)");
    let current = -1, lit = [];

    // The label of a box: the step label and the heading above it.
    function label(box) {
      let heading = "", step = "";
      for (let node = box.previousElementSibling; node && !heading; node = node.previousElementSibling) {
        if (!step && node.classList.contains("step-label")) step = node.textContent.trim();
        if (/^H[23]$/.test(node.tagName)) heading = node.firstChild.textContent.trim();
      }
      return [heading, step].filter(Boolean).join(" · ");
    }

    function show(index) {
      lit.forEach(key => light(key, false));
      current = index;
      const stepping = index >= 0;
      boxes.forEach((box, i) => {
        box.classList.toggle("step-pending", stepping && i > index);
        box.classList.toggle("step-current", stepping && i === index);
      });
      lit = stepping ? [...new Set([...boxes[index].querySelectorAll("[data-q]")].map(e => e.getAttribute("data-q")))] : [];
      lit.forEach(key => light(key, true));
      start.setAttribute("aria-pressed", String(stepping));
      previous.disabled = !stepping || index === 0;
      next.disabled = !stepping || index === boxes.length - 1;
      status.textContent = stepping ? stepper.dataset.status.replace("{n}", index + 1)
        .replace("{total}", boxes.length).replace("{label}", label(boxes[index])) : "";
      if (stepping) boxes[index].scrollIntoView({ block: "nearest", behavior: still.matches ? "auto" : "smooth" });
    }

    start.addEventListener("click", () => show(current >= 0 ? -1 : 0));
    previous.addEventListener("click", () => show(Math.max(0, current - 1)));
    next.addEventListener("click", () => show(Math.min(boxes.length - 1, current + 1)));
    stepper.hidden = false;
  }

  document.addEventListener("DOMContentLoaded", () => {
    linkNumbers();
    stepThrough();
    inlineFigures();
    for (const frame of document.querySelectorAll(".figure-open")) {
      frame.addEventListener("scroll", fadeFigureEdges, { passive: true });
      frame.querySelector("img").addEventListener("load", fadeFigureEdges);
    }
    printing.addEventListener("change", update);
    // Paper is light: a figure not inlined yet prints its light image, not the dark one the screen
    // chose (a browser does not choose a picture's source again for print); the screen gets them back.
    let darkSources = [];
    window.addEventListener("beforeprint", () => {
      darkSources = [...document.querySelectorAll('.lesson-figure source[data-figure$="dark"]')]
        .map(source => [source, source.parentElement, source.nextSibling]);
      darkSources.forEach(([source]) => source.remove());
    });
    window.addEventListener("afterprint", () => {
      darkSources.forEach(([source, picture, next]) => picture.insertBefore(source, next));
      darkSources = [];
    });
    // Measuring every box lays out the whole page, sections the stylesheet would skip while off
    // screen (content-visibility) included: done after the first paint, so the page shows at once.
    requestAnimationFrame(() => setTimeout(() => {
      update();
      new ResizeObserver(() => { markScrollable(); fadeFigureEdges(); }).observe(document.body);
      document.fonts.ready.then(markScrollable);
    }));
  });
  // `serve` has written a rebuild's numbers and figures into the page in place: measured again
  // after they are painted, as at the start.
  document.addEventListener("backprop-site:updated", () => {
    inlineFigures();
    requestAnimationFrame(() => setTimeout(update));
  });
})();
