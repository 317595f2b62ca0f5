import Foundation

/// The small script `serve` adds to every page it sends (never to the built site): it listens on a
/// WebSocket for news of each build and, when the page or a figure it shows changed, brings the page
/// up to date in place: it fetches the new page, and when only numbers, words and figures differ it
/// writes just those into the page on screen (so the reader stays where they were, and nothing else
/// is parsed or laid out again); otherwise (new structure, stylesheet or script) it reloads the page
/// at the same scroll position. A failed build's error shows over the last good page in the page's
/// language until the next good build.
public enum ReloadScript {
    /// The path of the WebSocket the script listens on.
    public static let socketPath = "/__backprop-site/live"

    /// The `<script>` element for a page served from the site of build `generation`.
    public static func element(generation: Int) -> String {
        """
        <script data-backprop-site-serve>
        (() => {
          let generation = \(generation);
          const key = "backprop-site-scroll:" + location.pathname;
          const saved = sessionStorage.getItem(key);
          if (saved !== null) {
            sessionStorage.removeItem(key);
            const [x, y] = saved.split(",").map(Number);
            const restore = () => window.scrollTo(x, y);
            restore();
            addEventListener("load", restore);
          }
          const spanish = (document.documentElement.lang || "").startsWith("es");
          const title = spanish ? "No se pudo generar el sitio: se muestra la última versión correcta"
                                : "The build failed: showing the last good version of the site";
          let overlay = null;
          function showError(message) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = "backprop-site-build-error";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;"
                + "margin:0;padding:1em 1.25em;background:#fff3f0;color:#5a0e00;border-top:4px solid #d55e00;"
                + "font:15px/1.45 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.25)";
              const heading = document.createElement("strong");
              heading.textContent = title;
              const text = document.createElement("pre");
              text.style.cssText = "white-space:pre-wrap;margin:.5em 0 0;font:14px/1.4 ui-monospace,monospace";
              overlay.append(heading, text);
              document.body.append(overlay);
            }
            overlay.querySelector("pre").textContent = message;
          }
          function clearError() {
            if (overlay) { overlay.remove(); overlay = null; }
          }
          function page(path) { return path.endsWith("/") ? path + "index.html" : path; }
          function sitePath(reference) {
            const url = new URL(reference, location.href);
            return url.origin === location.origin ? url.pathname : null;
          }
          function reload(reason) {
            if (reason) console.info("backprop-site serve: reloading the page: " + reason);
            sessionStorage.setItem(key, scrollX + "," + scrollY);
            location.reload();
          }

          // The page as the server sent it, taken before page.js changes it (this listener runs
          // before page.js's), with each of its nodes paired with the node on screen. A rebuilt page
          // is compared with it, and only what the rebuild changed is written into the page on
          // screen, so what page.js did (inlined figures, lit numbers, the step-through) stays.
          let sent = null;
          const onScreen = new Map();
          document.addEventListener("DOMContentLoaded", () => {
            sent = document.implementation.createHTMLDocument("");
            sent.replaceChild(sent.importNode(document.documentElement, true), sent.documentElement);
            (function pair(copy, original) {
              onScreen.set(copy, original);
              for (let i = 0; i < copy.childNodes.length; i++) pair(copy.childNodes[i], original.childNodes[i]);
            })(sent.body, document.body);
          });

          // The site paths of the files the page was sent with: figures, and the stylesheet, script,
          // font and icon of its head.
          function figurePaths() {
            return [...sent.body.querySelectorAll("img[src], source[srcset]")]
              .map(element => sitePath(element.getAttribute("src") ?? element.getAttribute("srcset")));
          }
          function assetPaths() {
            return [...sent.querySelectorAll("script[src], link[href]:is([rel~=stylesheet], [rel~=preload], [rel~=icon])")]
              .map(element => sitePath(element.getAttribute("src") ?? element.getAttribute("href")));
          }

          // What to write into the page on screen to bring `before` to `after`, as [node on screen,
          // attribute name or null for a text, new value, node sent]; null when their shapes differ.
          // Scripts are left alone; pictures are replaced whole (`replacePictures`).
          function edits(before, after, found = []) {
            if (before.nodeType !== after.nodeType || before.nodeName !== after.nodeName) return null;
            if (before.nodeType === Node.TEXT_NODE) {
              if (before.nodeValue !== after.nodeValue) found.push([onScreen.get(before), null, after.nodeValue, before]);
              return found;
            }
            if (before.nodeType !== Node.ELEMENT_NODE || before.nodeName === "SCRIPT" || before.nodeName === "PICTURE") return found;
            for (const name of new Set([...before.getAttributeNames(), ...after.getAttributeNames()])) {
              const value = after.getAttribute(name);
              if (before.getAttribute(name) !== value) found.push([onScreen.get(before), name, value, before]);
            }
            let a = before.firstChild, b = after.firstChild;
            for (; a && b; a = a.nextSibling, b = b.nextSibling) if (!edits(a, b, found)) return null;
            return a || b ? null : found;
          }

          function apply([shown, name, value, sentNode]) {
            for (const node of [shown?.isConnected ? shown : null, sentNode]) {
              if (!node) continue;
              if (name === null) node.nodeValue = value;
              else if (value === null) node.removeAttribute(name);
              else node.setAttribute(name, value);
            }
          }

          // Puts the new version of every picture whose file or text changed in place of the one on
          // screen (or of the SVG page.js inlined from it), its files asked for anew.
          function replacePictures(after, changed, version) {
            const pictures = [...after.body.querySelectorAll("picture")];
            [...sent.body.querySelectorAll("picture")].forEach((before, index) => {
              const picture = pictures[index];
              const files = [...picture.querySelectorAll("img[src], source[srcset]")];
              if (before.outerHTML === picture.outerHTML
                  && !files.some(element => changed.has(sitePath(element.getAttribute("src") ?? element.getAttribute("srcset"))))) return;
              const frame = onScreen.get(before.parentNode);
              const old = frame?.isConnected ? [...frame.children].filter(element => element.matches("picture, svg.figure-svg")) : [];
              before.replaceWith(sent.importNode(picture, true));
              if (!old.length) return;
              const fresh = document.importNode(picture, true);
              for (const element of fresh.querySelectorAll("img[src], source[srcset]")) {
                const attribute = element.hasAttribute("src") ? "src" : "srcset";
                element.setAttribute(attribute, element.getAttribute(attribute) + "?v=" + version);
              }
              old[0].replaceWith(fresh);
              old.slice(1).forEach(element => element.remove());
            });
          }

          function withoutTitle(head) {
            const copy = head.cloneNode(true);
            copy.querySelector("title")?.remove();
            return copy.innerHTML;
          }

          // Brings the page up to build `news`: in place when only numbers, words and figures
          // changed; by reloading when its structure, head, stylesheet or script did.
          let latest = 0;
          async function update(news) {
            const ticket = ++latest;
            const changed = new Set(news.changed);
            if (!sent) return reload("it changed before it had loaded");
            if (assetPaths().some(path => changed.has(path))) return reload("its stylesheet, script or font changed");
            try {
              const response = await fetch(location.href, { cache: "no-store" });
              if (!response.ok) return reload("the server answered " + response.status);
              const text = await response.text();
              // A later build's update has begun meanwhile: it will bring the page further.
              if (ticket !== latest) return;
              const after = new DOMParser().parseFromString(text, "text/html");
              if (withoutTitle(after.head) !== withoutTitle(sent.head)) return reload("its head changed");
              const changes = edits(sent.body, after.body);
              if (!changes) return reload("its structure changed");
              document.title = sent.title = after.title;
              changes.forEach(apply);
              replacePictures(after, changed, news.generation);
              generation = news.generation;
              document.dispatchEvent(new Event("backprop-site:updated"));
            } catch (error) {
              reload(String(error));
            }
          }

          function connect() {
            const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(socketPath)");
            socket.onmessage = event => {
              const news = JSON.parse(event.data);
              if (news.error) { showError(news.error); return; }
              const hadError = overlay !== null;
              clearError();
              // On connecting, news of the current build: a page older than it missed an update.
              if (news.changed === undefined) { if (news.generation !== generation) reload("it missed a build"); return; }
              const mine = news.changed.includes(page(location.pathname))
                || (sent !== null && news.changed.some(path => figurePaths().includes(path) || assetPaths().includes(path)));
              if (hadError || mine) update(news);
            };
            socket.onclose = () => setTimeout(connect, 500);
          }
          connect();
        })();
        </script>
        """
    }

    /// `html` with the script of build `generation` inserted before its last `</body>` (or at its
    /// end when it has none).
    public static func inject(into html: Data, generation: Int) -> Data {
        let script = Data(element(generation: generation).utf8)
        guard let close = html.range(of: Data("</body>".utf8), options: .backwards) else { return html + script }
        var result = html
        result.replaceSubrange(close.lowerBound..<close.lowerBound, with: script)
        return result
    }
}
