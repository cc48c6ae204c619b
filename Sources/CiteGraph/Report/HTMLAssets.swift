/// The inline stylesheet and the table script of `report.html` (no external requests; works from a file:// URL
/// offline). The map viewer's script is `ViewerScript`.
enum HTMLAssets {
    static let css = """
        :root { --fg:#1d2327; --muted:#5f6b76; --line:#dde3e8; --bg:#f6f8fa; --accent:#1f5fa8; }
        * { box-sizing: border-box; }
        body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color:var(--fg); background:#fff; }
        header { padding:12px 32px 8px; border-bottom:1px solid var(--line); background:var(--bg); }
        header h1 { margin:0; font-size:22px; }
        .summary { margin:4px 0 0; color:var(--muted); }
        main { padding:0 32px 48px; max-width:1400px; }
        h2 { margin:22px 0 6px; font-size:21px; border-bottom:1px solid var(--line); padding-bottom:4px; }
        h3 { margin:24px 0 8px; font-size:17px; }
        h3 small, h4 small { color:var(--muted); font-weight:normal; }
        .cards { display:flex; flex-wrap:wrap; gap:10px; margin:12px 0 2px; }
        .card { border:1px solid var(--line); border-radius:8px; padding:4px 14px; min-width:120px; background:#fff; }
        .card .value { font-size:20px; font-weight:600; }
        .card .label { color:var(--muted); font-size:13px; }
        .toc { display:flex; flex-wrap:wrap; gap:16px; margin:8px 0; font-size:14px; }
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
        section.network > p:first-of-type { margin:0 0 6px; color:var(--muted); }
        .viewer { border:1px solid var(--line); border-radius:8px; margin:12px 0; background:#fff; }
        .toolbar { display:flex; flex-wrap:wrap; gap:8px; align-items:center; padding:8px; border-bottom:1px solid var(--line); background:var(--bg); border-radius:8px 8px 0 0; font-size:13.5px; }
        .toolbar input { flex:0 1 300px; padding:5px 8px; border:1px solid #b8c2cc; border-radius:5px; font:inherit; }
        .toolbar button, .toolbar select { padding:4px 8px; border:1px solid #b8c2cc; background:#fff; border-radius:5px; cursor:pointer; font:inherit; }
        .toolbar a.static { margin-left:auto; font-size:13px; }
        .hits { color:var(--muted); font-size:13px; min-width:70px; }
        .viewer-body { display:grid; grid-template-columns:minmax(0, 1fr) 300px; }
        .viewport { position:relative; height:clamp(420px, calc(100vh - 340px), 720px); overflow:hidden; cursor:grab; touch-action:none; }
        .viewport.dragging { cursor:grabbing; }
        .viewport canvas { display:block; }
        .help { margin:10px 0 0; font-size:12px; color:var(--muted); }
        .tip { position:absolute; max-width:320px; background:rgba(255,255,255,0.97); border:1px solid var(--line); border-radius:6px; padding:6px 10px; font-size:13px; white-space:pre-line; box-shadow:0 2px 8px rgba(0,0,0,0.15); pointer-events:none; }
        .side { border-left:1px solid var(--line); padding:8px 12px; height:clamp(420px, calc(100vh - 340px), 720px); overflow:auto; font-size:13px; }
        .side h4 { margin:2px 0 4px; font-size:14.5px; }
        .side .meta { color:var(--muted); margin:2px 0 6px; }
        .side .what { font-weight:600; margin:8px 0 4px; }
        ul.swatches { list-style:none; margin:0; padding:0; }
        ul.swatches li { margin:2px 0; line-height:1.3; }
        .ramp { height:12px; border-radius:3px; margin:4px 0 2px; }
        .ends { display:flex; justify-content:space-between; color:var(--muted); }
        .selection { border-bottom:1px solid var(--line); padding-bottom:8px; margin-bottom:8px; background:#fbfcfd; }
        ul.links { list-style:none; margin:0; padding:0; max-height:180px; overflow:auto; }
        button.link { border:0; background:none; color:var(--accent); cursor:pointer; padding:0; font:inherit; text-align:left; }
        .links .w { color:var(--muted); }
        ol.papers { margin:0; padding-left:20px; }
        ol.papers li { margin:2px 0; }
        @media (max-width: 900px) { .viewer-body { grid-template-columns:1fr; } .side { border-left:0; height:auto; } }
        .notice { margin:0; padding:6px 10px; border-top:1px solid var(--line); color:#8a4b00; font-size:13px; }
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

        })();

        """
}
