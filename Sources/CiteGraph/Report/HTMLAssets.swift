/// The inline stylesheet and script of `report.html` (no external requests; works from a file:// URL offline).
enum HTMLAssets {
    static let css = """
        :root { --fg:#1d2327; --muted:#5f6b76; --line:#dde3e8; --bg:#f6f8fa; --accent:#1f5fa8; }
        * { box-sizing: border-box; }
        body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color:var(--fg); background:#fff; }
        header { padding:24px 32px 12px; border-bottom:1px solid var(--line); background:var(--bg); }
        header h1 { margin:0; font-size:26px; }
        .summary { margin:4px 0 0; color:var(--muted); }
        main { padding:0 32px 48px; max-width:1400px; }
        h2 { margin:36px 0 8px; font-size:21px; border-bottom:1px solid var(--line); padding-bottom:4px; }
        h3 { margin:24px 0 8px; font-size:17px; }
        h3 small, h4 small { color:var(--muted); font-weight:normal; }
        .cards { display:flex; flex-wrap:wrap; gap:12px; margin:20px 0 4px; }
        .card { border:1px solid var(--line); border-radius:8px; padding:10px 18px; min-width:140px; background:#fff; }
        .card .value { font-size:24px; font-weight:600; }
        .card .label { color:var(--muted); font-size:13px; }
        .toc { display:flex; flex-wrap:wrap; gap:16px; margin:16px 0; font-size:14px; }
        a { color:var(--accent); }
        table { border-collapse:collapse; font-size:13.5px; }
        table.data th, table.data td { border-bottom:1px solid var(--line); padding:4px 10px; text-align:left; vertical-align:top; }
        table.data thead th { background:var(--bg); position:sticky; top:0; }
        table.kv th { text-align:left; font-weight:normal; color:var(--muted); padding:3px 16px 3px 0; }
        table.kv td { text-align:right; font-variant-numeric:tabular-nums; }
        table.kv tr.sub th { padding-left:16px; }
        td.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
        .sortable th { cursor:pointer; user-select:none; }
        .sortable th.asc::after { content:" ▲"; font-size:10px; }
        .sortable th.desc::after { content:" ▼"; font-size:10px; }
        .scroll { max-height:520px; overflow:auto; border:1px solid var(--line); border-radius:6px; }
        .two { display:grid; grid-template-columns:minmax(260px, 360px) 1fr; gap:28px; align-items:start; }
        @media (max-width: 900px) { .two { grid-template-columns:1fr; } }
        .sev { display:inline-block; padding:0 6px; border-radius:4px; font-size:12px; }
        .sev.error { background:#f8d7da; } .sev.warning { background:#fff3cd; } .sev.notice { background:#e2e8f0; }
        .loc { color:var(--muted); font-family:ui-monospace, "DejaVu Sans Mono", monospace; font-size:12px; }
        details { margin:12px 0; } summary { cursor:pointer; font-weight:600; }
        ul.notes { color:var(--muted); font-size:14px; } li.skipped { color:#8a4b00; }
        .map { border:1px solid var(--line); border-radius:8px; margin:12px 0; position:relative; background:#fff; }
        .toolbar { display:flex; gap:8px; align-items:center; padding:8px; border-bottom:1px solid var(--line); background:var(--bg); border-radius:8px 8px 0 0; }
        .toolbar input { flex:0 1 320px; padding:5px 8px; border:1px solid #b8c2cc; border-radius:5px; font:inherit; }
        .toolbar button { padding:4px 10px; border:1px solid #b8c2cc; background:#fff; border-radius:5px; cursor:pointer; font:inherit; }
        .toolbar a { margin-left:auto; font-size:13px; }
        .hits { color:var(--muted); font-size:13px; min-width:80px; }
        .viewport { height:72vh; min-height:420px; overflow:hidden; cursor:grab; }
        .viewport.dragging { cursor:grabbing; }
        .viewport svg.graph { width:100%; height:100%; display:block; }
        .details { position:absolute; right:12px; top:56px; max-width:340px; background:rgba(255,255,255,0.96); border:1px solid var(--line); border-radius:6px; padding:8px 12px; font-size:13px; white-space:pre-line; box-shadow:0 2px 8px rgba(0,0,0,0.12); pointer-events:none; }
        .notice { margin:6px 10px; color:#8a4b00; font-size:13px; }
        svg.graph g.node.hit ellipse, svg.graph g.node.hit polygon, svg.graph g.node.hit path { stroke:#d62728; stroke-width:4px; }
        svg.graph g.node.hit text { font-weight:bold; }
        svg.graph.searching g.node:not(.hit), svg.graph.searching g.edge { opacity:0.18; }
        .communities { display:grid; grid-template-columns:repeat(auto-fill, minmax(330px, 1fr)); gap:12px; }
        .community { border:1px solid var(--line); border-radius:8px; padding:8px 14px; }
        .community h4 { margin:4px 0; font-size:15px; }
        .swatch { display:inline-block; width:12px; height:12px; border-radius:3px; margin-right:6px; vertical-align:-1px; }
        .members { margin:4px 0; font-size:13.5px; }
        .term { display:inline-block; background:var(--bg); border:1px solid var(--line); border-radius:10px; padding:0 8px; margin:2px 2px 0 0; font-size:12px; }
        ul.papers { margin:6px 0; padding-left:18px; font-size:13px; color:var(--muted); }
        .note { color:var(--muted); font-size:13px; }
        code { font-family:ui-monospace, "DejaVu Sans Mono", monospace; font-size:12.5px; }
        .warn { background:#fff3cd; border-radius:6px; padding:8px 12px; }
        table.bursts code { letter-spacing:-1px; color:#31688E; }

        """

    static let script = """
        (function () {
          "use strict";
          window.citegraphErrors = [];
          window.addEventListener("error", function (ev) { window.citegraphErrors.push(String(ev.message)); document.body.setAttribute("data-errors", window.citegraphErrors.length); });

          // Sortable tables: click a header; numbers sort by their data-v value.
          document.querySelectorAll("table.sortable").forEach(function (table) {
            var heads = table.tHead.rows[0].cells;
            Array.prototype.forEach.call(heads, function (th, col) {
              th.addEventListener("click", function () {
                var asc = !th.classList.contains("desc") && th.classList.contains("asc") ? false : !th.classList.contains("asc");
                if (!th.classList.contains("asc") && !th.classList.contains("desc")) { asc = th.getAttribute("data-type") === "text"; }
                Array.prototype.forEach.call(heads, function (h) { h.classList.remove("asc", "desc"); });
                th.classList.add(asc ? "asc" : "desc");
                var numeric = th.getAttribute("data-type") === "num";
                var rows = Array.prototype.slice.call(table.tBodies[0].rows);
                rows.sort(function (a, b) {
                  var x = a.cells[col], y = b.cells[col], r;
                  if (numeric) { r = parseFloat(x.getAttribute("data-v")) - parseFloat(y.getAttribute("data-v")); }
                  else { r = x.textContent.localeCompare(y.textContent); }
                  return asc ? r : -r;
                });
                rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
              });
            });
          });

          // Maps: pan (drag), zoom (wheel or buttons), search, hover details.
          document.querySelectorAll(".map").forEach(function (map) {
            var svg = map.querySelector("svg.graph");
            if (!svg) { return; }
            var name = map.getAttribute("data-map");
            var index = [];
            document.querySelectorAll("script.nodes").forEach(function (s) { if (s.getAttribute("data-map") === name) { index = JSON.parse(s.textContent); } });
            var byId = {};
            index.forEach(function (entry) { byId[entry[0]] = entry; });
            var base = svg.viewBox.baseVal;
            var home = { x: base.x, y: base.y, w: base.width, h: base.height };
            var view = { x: home.x, y: home.y, w: home.w, h: home.h };
            function apply() { svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h); }
            function zoom(factor, cx, cy) {
              if (cx === undefined) { cx = view.x + view.w / 2; cy = view.y + view.h / 2; }
              var w = Math.min(Math.max(view.w * factor, home.w / 40), home.w * 4), h = w * view.h / view.w;
              view.x = cx - (cx - view.x) * (w / view.w); view.y = cy - (cy - view.y) * (h / view.h);
              view.w = w; view.h = h; apply();
            }
            function toSvg(ev) {
              var r = svg.getBoundingClientRect();
              var s = Math.max(view.w / r.width, view.h / r.height);
              var ox = (r.width * s - view.w) / 2, oy = (r.height * s - view.h) / 2;
              return { x: view.x - ox + (ev.clientX - r.left) * s, y: view.y - oy + (ev.clientY - r.top) * s, s: s };
            }
            var viewport = map.querySelector(".viewport");
            viewport.addEventListener("wheel", function (ev) { ev.preventDefault(); var p = toSvg(ev); zoom(ev.deltaY < 0 ? 0.8 : 1.25, p.x, p.y); }, { passive: false });
            var drag = null;
            viewport.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, s: toSvg(ev).s }; viewport.classList.add("dragging"); });
            window.addEventListener("mousemove", function (ev) { if (!drag) { return; } view.x = drag.vx - (ev.clientX - drag.x) * drag.s; view.y = drag.vy - (ev.clientY - drag.y) * drag.s; apply(); });
            window.addEventListener("mouseup", function () { drag = null; viewport.classList.remove("dragging"); });
            map.querySelectorAll("button[data-zoom]").forEach(function (b) {
              b.addEventListener("click", function () {
                var z = b.getAttribute("data-zoom");
                if (z === "in") { zoom(0.7); } else if (z === "out") { zoom(1 / 0.7); } else { view = { x: home.x, y: home.y, w: home.w, h: home.h }; apply(); }
              });
            });
            var details = map.querySelector(".details");
            svg.querySelectorAll("g.node").forEach(function (g) {
              g.addEventListener("mouseenter", function () {
                var entry = byId[g.id];
                if (!entry) { return; }
                details.textContent = entry[1] + "\\n" + entry[2];
                details.hidden = false;
              });
              g.addEventListener("mouseleave", function () { details.hidden = true; });
            });
            var input = map.querySelector("input.search"), hits = map.querySelector(".hits");
            function search(query) {
              var q = query.trim().toLowerCase(), n = 0;
              svg.querySelectorAll("g.node.hit").forEach(function (g) { g.classList.remove("hit"); });
              if (!q) { svg.classList.remove("searching"); hits.textContent = ""; return 0; }
              index.forEach(function (entry) {
                if (entry[1].toLowerCase().indexOf(q) >= 0) {
                  var g = document.getElementById(entry[0]);
                  if (g) { g.classList.add("hit"); n += 1; }
                }
              });
              svg.classList.add("searching");
              hits.textContent = n === 1 ? "1 match" : n + " matches";
              return n;
            }
            input.addEventListener("input", function () { search(input.value); });
            var hash = decodeURIComponent(location.hash || "");
            if (hash.indexOf("#search=") === 0) { input.value = hash.slice(8); search(input.value); }
          });
          document.body.setAttribute("data-ready", "1");
        })();

        """
}
