import Foundation

/// The small script `serve` adds to every page it sends (never to the built site): it listens on a
/// WebSocket for news of each build, reloads the page when it or a file it shows changed, keeps the
/// scroll position across the reload, and shows a failed build's error over the last good page in
/// the page's language until the next good build.
public enum ReloadScript {
    /// The path of the WebSocket the script listens on.
    public static let socketPath = "/__backprop-site/live"

    /// The `<script>` element for a page served from the site of build `generation`.
    public static func element(generation: Int) -> String {
        """
        <script data-backprop-site-serve>
        (() => {
          const generation = \(generation);
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
          function shows(path) {
            if (page(location.pathname) === path) return true;
            return [...document.querySelectorAll("[src],link[href]")].some(element => {
              const url = new URL(element.getAttribute("src") || element.getAttribute("href"), location.href);
              return url.origin === location.origin && url.pathname === path;
            });
          }
          function reload() {
            sessionStorage.setItem(key, scrollX + "," + scrollY);
            location.reload();
          }
          function connect() {
            const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(socketPath)");
            socket.onmessage = event => {
              const news = JSON.parse(event.data);
              if (news.error) { showError(news.error); return; }
              const hadError = overlay !== null;
              clearError();
              // On connecting, news of the current build: a page older than it missed a reload.
              if (news.changed === undefined) { if (news.generation !== generation) reload(); return; }
              if (hadError || news.changed.some(shows)) reload();
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
