/// The map viewer's inline script: a canvas drawing of each map's embedded data (`ViewerData`) at the graphviz
/// positions, with pan/zoom about the cursor, labels placed greedily by importance without overlaps (more appear
/// as you zoom), hover details, click to highlight a node's links and list its papers, accent- and case-insensitive
/// search that zooms to the hit, colors by community or by a score (viridis, 5th–95th percentile), and a density
/// view (Gaussian kernel density weighted by node size, as VOSviewer's). Every string from the data is shown with
/// `textContent`. Two test hooks: `#selftest` runs scripted checks into `<pre id="selftest">`, `#bench` times
/// redraws into `<pre id="bench">`.
enum ViewerScript {
    static let source = core + interaction + panels + hooks

    /// Helpers, the viewer's state, layout and drawing.
    static let core = #"""
        (function () {
          "use strict";
          var FOLD = { "ø": "o", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ħ": "h", "ŀ": "l" };
          function fold(s) {
            return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
              .replace(/[øßłđðæœıþħŀ]/g, function (c) { return FOLD[c]; });
          }
          var VIRIDIS = ["#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725"];
          var DENSITY = [[43, 63, 160], [31, 158, 209], [76, 187, 94], [242, 224, 58], [215, 48, 31]];
          var EDGE_BUDGET = 12000;
          var FONT = "system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif";
          function hex(c) { var v = parseInt(c.slice(1), 16); return [v >> 16 & 255, v >> 8 & 255, v & 255]; }
          function ramp(stops, t) {
            t = Math.min(1, Math.max(0, t)) * (stops.length - 1);
            var i = Math.min(stops.length - 2, Math.floor(t)), f = t - i;
            var a = typeof stops[i] === "string" ? hex(stops[i]) : stops[i], b = typeof stops[i + 1] === "string" ? hex(stops[i + 1]) : stops[i + 1];
            return [0, 1, 2].map(function (k) { return Math.round(a[k] + (b[k] - a[k]) * f); });
          }
          function rgb(c) { return "rgb(" + c[0] + "," + c[1] + "," + c[2] + ")"; }
          function fmt(v) {
            if (v === null || v === undefined || !isFinite(v)) { return "–"; }
            if (Math.abs(v) >= 1000 || v === Math.round(v)) { return String(Math.round(v)); }
            return Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3);
          }
          function el(tag, cls, text) {
            var e = document.createElement(tag);
            if (cls) { e.className = cls; }
            if (text !== undefined) { e.textContent = text; }
            return e;
          }

          function Viewer(root, data) {
            var nodes = data.nodes, n = nodes.label.length, i;
            this.root = root; this.data = data; this.n = n;
            this.viewport = root.querySelector(".viewport");
            this.canvas = root.querySelector("canvas"); this.ctx = this.canvas.getContext("2d");
            this.tip = root.querySelector(".tip"); this.legendBox = root.querySelector(".legend");
            this.selectionBox = root.querySelector(".selection"); this.hitsBox = root.querySelector(".hits");
            this.input = root.querySelector("input.search");
            this.x = new Float64Array(n); this.y = new Float64Array(n); this.r = new Float64Array(n); this.s = new Float64Array(n);
            var positioned = nodes.x.length === n, lo = Infinity, hi = -Infinity;
            for (i = 0; i < n; i++) { lo = Math.min(lo, nodes.size[i]); hi = Math.max(hi, nodes.size[i]); }
            for (i = 0; i < n; i++) {
              var a = 2 * Math.PI * i / Math.max(1, n), rad = 20 * Math.sqrt(n);
              this.x[i] = positioned ? nodes.x[i] : rad * Math.cos(a);
              this.y[i] = positioned ? -nodes.y[i] : rad * Math.sin(a);
              this.s[i] = hi > lo ? (nodes.size[i] - lo) / (hi - lo) : 0.5;
              this.r[i] = 36 * (0.12 + 0.5 * Math.sqrt(this.s[i]));
            }
            var s = this.s;
            this.order = Array.from({ length: n }, function (_, j) { return j; }).sort(function (p, q) { return s[q] - s[p] || p - q; });
            this.rank = new Int32Array(n);
            for (i = 0; i < n; i++) { this.rank[this.order[i]] = i; }
            this.folded = nodes.label.map(fold);
            this.textWidth = new Float64Array(n).fill(-1);
            this.buildEdges(data.edges);
            this.communityColor = {};
            var self = this;
            data.communities.colored.forEach(function (c) { self.communityColor[c.id] = c.color; });
            this.colorBy = "community"; this.view = "network";
            this.selected = -1; this.highlight = null; this.hits = []; this.placed = [];
            this.k = 1; this.tx = 0; this.ty = 0; this.k0 = 1; this.interacted = false; this.pending = false; this.frames = 0;
            this.computeColors(); this.resize(); this.fit(); this.bind(); this.fillSelects(); this.renderLegend(); this.draw();
          }

          Viewer.prototype.buildEdges = function (flat) {
            var m = Math.floor(flat.length / 3), n = this.n, i;
            this.es = new Int32Array(m); this.et = new Int32Array(m); this.ew = new Float64Array(m);
            this.adj = []; for (i = 0; i < n; i++) { this.adj.push([]); }
            for (i = 0; i < m; i++) {
              this.es[i] = flat[3 * i]; this.et[i] = flat[3 * i + 1]; this.ew[i] = flat[3 * i + 2];
              this.adj[this.es[i]].push(i); this.adj[this.et[i]].push(i);
            }
            var sorted = Array.from(this.ew).sort(function (a, b) { return a - b; });
            var t1 = sorted[Math.floor(m * 0.6)] || 0, t2 = sorted[Math.floor(m * 0.9)] || 0, buckets = [[], [], []];
            for (i = 0; i < m; i++) { buckets[this.ew[i] > t2 ? 2 : this.ew[i] > t1 ? 1 : 0].push(i); }
            this.buckets = buckets.map(function (b) { return Int32Array.from(b); });
            this.m = m;
          };

          Viewer.prototype.scoreValues = function (name) { return this.data.scores.values[name] || null; };

          // Node fills by community or by a score (viridis over the 5th–95th percentile), grouped by color.
          Viewer.prototype.computeColors = function () {
            var n = this.n, nodes = this.data.nodes, fills = new Array(n), i;
            this.range = null;
            if (this.colorBy === "community") {
              for (i = 0; i < n; i++) { fills[i] = this.communityColor[nodes.community[i]] || this.data.communities.greyColor; }
            } else {
              var v = this.scoreValues(this.colorBy), finite = v.filter(function (x) { return x !== null && isFinite(x); }).sort(function (a, b) { return a - b; });
              var p5 = finite.length ? finite[Math.floor(0.05 * (finite.length - 1))] : 0, p95 = finite.length ? finite[Math.ceil(0.95 * (finite.length - 1))] : 1;
              this.range = [p5, p95];
              for (i = 0; i < n; i++) {
                if (v[i] === null || !isFinite(v[i])) { fills[i] = this.data.communities.greyColor; continue; }
                var t = p95 > p5 ? (v[i] - p5) / (p95 - p5) : 0.5;
                fills[i] = rgb(ramp(VIRIDIS, Math.round(Math.min(1, Math.max(0, t)) * 31) / 31));
              }
            }
            var groups = {}, keys = [];
            for (i = 0; i < n; i++) { if (!groups[fills[i]]) { groups[fills[i]] = []; keys.push(fills[i]); } groups[fills[i]].push(i); }
            var grey = this.data.communities.greyColor;
            keys.sort(function (a, b) { return (a === grey ? 0 : 1) - (b === grey ? 0 : 1); });
            this.fills = fills;
            this.groups = keys.map(function (key) { return { color: key, idx: Int32Array.from(groups[key]) }; });
            this.density = null;
          };

          Viewer.prototype.resize = function () {
            var w = this.viewport.clientWidth, h = this.viewport.clientHeight, dpr = window.devicePixelRatio || 1;
            this.W = Math.max(1, w); this.H = Math.max(1, h); this.dpr = dpr;
            this.canvas.width = Math.round(this.W * dpr); this.canvas.height = Math.round(this.H * dpr);
            this.canvas.style.width = this.W + "px"; this.canvas.style.height = this.H + "px";
          };

          Viewer.prototype.bounds = function () {
            var b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
            for (var i = 0; i < this.n; i++) {
              b.x0 = Math.min(b.x0, this.x[i] - this.r[i]); b.x1 = Math.max(b.x1, this.x[i] + this.r[i]);
              b.y0 = Math.min(b.y0, this.y[i] - this.r[i]); b.y1 = Math.max(b.y1, this.y[i] + this.r[i]);
            }
            if (!this.n) { b = { x0: -1, y0: -1, x1: 1, y1: 1 }; }
            return b;
          };

          Viewer.prototype.fit = function () {
            var b = this.bounds(), bw = Math.max(1, b.x1 - b.x0), bh = Math.max(1, b.y1 - b.y0);
            this.k = this.k0 = Math.min((this.W - 40) / bw, (this.H - 40) / bh);
            this.tx = this.W / 2 - (b.x0 + bw / 2) * this.k; this.ty = this.H / 2 - (b.y0 + bh / 2) * this.k;
            this.schedule();
          };

          Viewer.prototype.zoomAbout = function (mx, my, f) {
            var k = Math.min(this.k0 * 400, Math.max(this.k0 / 4, this.k * f));
            f = k / this.k;
            this.tx = mx - (mx - this.tx) * f; this.ty = my - (my - this.ty) * f; this.k = k;
            this.interacted = true; this.schedule();
          };

          Viewer.prototype.centerOn = function (i, minZoom) {
            this.k = Math.max(this.k, this.k0 * minZoom);
            this.tx = this.W / 2 - this.x[i] * this.k; this.ty = this.H / 2 - this.y[i] * this.k;
            this.interacted = true; this.schedule();
          };

          Viewer.prototype.sx = function (i) { return this.x[i] * this.k + this.tx; };
          Viewer.prototype.sy = function (i) { return this.y[i] * this.k + this.ty; };
          Viewer.prototype.rs = function (i) { return Math.max(1.5, this.r[i] * this.k); };
          // Font size: 11–18 px by node size at the initial fit, growing slowly with zoom (`labelZoom`, per frame).
          Viewer.prototype.fontSize = function (i) { return (11 + 7 * Math.sqrt(this.s[i])) * this.labelZoom; };

          Viewer.prototype.schedule = function () {
            if (this.pending) { return; }
            this.pending = true;
            var self = this;
            window.requestAnimationFrame(function () { self.pending = false; self.draw(); });
          };

          Viewer.prototype.draw = function () {
            var ctx = this.ctx;
            ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
            ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, this.W, this.H);
            var t0 = performance.now(), t1, t2;
            if (this.view === "density") { this.drawDensity(); t1 = t2 = performance.now(); } else { this.drawEdges(); t1 = performance.now(); this.drawNodes(); t2 = performance.now(); }
            this.drawLabels();
            var parts = this.partMs = this.partMs || [0, 0, 0];
            parts[0] += t1 - t0; parts[1] += t2 - t1; parts[2] += performance.now() - t2;
            this.frames += 1;
          };

          Viewer.prototype.drawEdges = function () {
            var ctx = this.ctx, W = this.W, H = this.H, k = this.k, tx = this.tx, ty = this.ty, x = this.x, y = this.y;
            var widths = [0.5, 1, 2], scale = Math.min(3, Math.max(1, Math.sqrt(k / this.k0))), hl = this.highlight;
            // The strongest edges first; at most EDGE_BUDGET on screen per frame (the weakest are left out when
            // a huge map is zoomed out; zoomed in, every visible edge fits the budget).
            for (var b = 2, drawn = 0; b >= 0; b--) {
              var list = this.buckets[b];
              ctx.beginPath();
              for (var j = 0; j < list.length && drawn < EDGE_BUDGET; j++) {
                var e = list[j], ax = x[this.es[e]] * k + tx, ay = y[this.es[e]] * k + ty, bx = x[this.et[e]] * k + tx, by = y[this.et[e]] * k + ty;
                if ((ax < 0 && bx < 0) || (ax > W && bx > W) || (ay < 0 && by < 0) || (ay > H && by > H)) { continue; }
                ctx.moveTo(ax, ay); ctx.lineTo(bx, by); drawn += 1;
              }
              ctx.lineWidth = widths[b] * scale;
              ctx.strokeStyle = hl ? "rgba(140,140,140,0.08)" : "rgba(110,110,110," + (b === 0 ? 0.25 : 0.4) + ")";
              ctx.stroke();
            }
            if (this.selected >= 0) {
              var sel = this.selected, inc = this.adj[sel];
              ctx.beginPath();
              for (var q = 0; q < inc.length; q++) { ctx.moveTo(this.sx(this.es[inc[q]]), this.sy(this.es[inc[q]])); ctx.lineTo(this.sx(this.et[inc[q]]), this.sy(this.et[inc[q]])); }
              ctx.lineWidth = 1.6 * scale; ctx.strokeStyle = "rgba(40,40,40,0.75)"; ctx.stroke();
            }
          };

          Viewer.prototype.drawNodes = function () {
            var ctx = this.ctx, W = this.W, H = this.H, hl = this.highlight;
            for (var pass = 0; pass < (hl ? 2 : 1); pass++) {
              ctx.globalAlpha = hl && pass === 0 ? 0.16 : 1;
              for (var g = 0; g < this.groups.length; g++) {
                var idx = this.groups[g].idx;
                ctx.fillStyle = this.groups[g].color;
                ctx.beginPath();
                for (var j = 0; j < idx.length; j++) {
                  var i = idx[j];
                  if (hl && (pass === 1) !== (hl[i] === 1)) { continue; }
                  var sx = this.x[i] * this.k + this.tx, sy = this.y[i] * this.k + this.ty, rs = Math.max(1.5, this.r[i] * this.k);
                  if (sx + rs < 0 || sx - rs > W || sy + rs < 0 || sy - rs > H) { continue; }
                  if (rs < 3.5) { ctx.rect(sx - rs, sy - rs, 2 * rs, 2 * rs); } else { ctx.moveTo(sx + rs, sy); ctx.arc(sx, sy, rs, 0, 6.2832); }
                }
                ctx.fill();
              }
            }
            ctx.globalAlpha = 1;
            this.drawRings();
          };

          Viewer.prototype.drawRings = function () {
            var ctx = this.ctx, marks = this.hits.slice(0, 200);
            if (this.selected >= 0) { marks.push(this.selected); }
            ctx.lineWidth = 2.5; ctx.strokeStyle = "#d62728";
            for (var j = 0; j < marks.length; j++) {
              ctx.beginPath(); ctx.arc(this.sx(marks[j]), this.sy(marks[j]), this.rs(marks[j]) + 2, 0, 6.2832); ctx.stroke();
            }
          };

          // Labels: the most important first (highlighted ones before all), each kept only if its box overlaps no
          // label already placed (grid buckets of 64 px); font size grows with node size and, slowly, with zoom.
          Viewer.prototype.drawLabels = function () {
            var ctx = this.ctx, W = this.W, H = this.H, cell = 64, grid = {}, placed = [], tries = 0, self = this;
            var first = [], seen = new Uint8Array(this.n);
            if (this.selected >= 0) { first.push(this.selected); }
            this.hits.slice(0, 50).forEach(function (i) { first.push(i); });
            if (this.highlight) { for (var h = 0; h < this.n; h++) { if (this.highlight[h]) { first.push(h); } } }
            function fits(b) {
              for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
                for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) {
                  var list = grid[gx * 65536 + gy] || [];
                  for (var q = 0; q < list.length; q++) { var o = list[q]; if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) { return false; } }
                }
              }
              return true;
            }
            function put(b) {
              for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
                for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) { (grid[gx * 65536 + gy] = grid[gx * 65536 + gy] || []).push(b); }
              }
            }
            var candidates = first.concat(this.order);
            this.labelZoom = Math.min(2.4, Math.max(0.8, Math.pow(this.k / this.k0, 0.25)));
            for (var c = 0; c < candidates.length && tries < 1500 && placed.length < 400; c++) {
              var i = candidates[c];
              if (seen[i]) { continue; }
              seen[i] = 1;
              var sx = this.sx(i), sy = this.sy(i);
              if (sx < -50 || sx > W + 50 || sy < -20 || sy > H + 20) { continue; }
              tries += 1;
              var fs = this.fontSize(i), w = this.labelWidth(i) * fs / 10, ly = this.labelY(i, fs);
              var box = [sx - w / 2 - 3, ly - fs * 0.6 - 1, sx + w / 2 + 3, ly + fs * 0.6 + 1];
              if (box[0] < 0 || box[2] > W || box[1] < 0 || box[3] > H) { continue; }
              if (!fits(box)) { continue; }
              put(box); placed.push({ i: i, fs: fs, box: box });
            }
            ctx.textAlign = "center"; ctx.textBaseline = "middle"; ctx.lineJoin = "round";
            var marked = {};
            first.forEach(function (i) { marked[i] = true; });
            var font = "";
            placed.forEach(function (p) {
              var f = (marked[p.i] ? "700 " : "600 ") + p.fs.toFixed(1) + "px " + FONT;
              if (f !== font) { ctx.font = font = f; }
              // A light plate behind the text keeps it readable over edges (stroked halos cost more to draw).
              var text = self.data.nodes.short[p.i], b = p.box, ly = self.labelY(p.i, p.fs);
              ctx.fillStyle = "rgba(255,255,255,0.72)"; ctx.fillRect(b[0] + 1, b[1] + 1, b[2] - b[0] - 2, b[3] - b[1] - 2);
              ctx.fillStyle = self.highlight && !self.highlight[p.i] ? "rgba(29,35,39,0.35)" : "#1d2327";
              ctx.fillText(text, self.sx(p.i), ly);
            });
            this.placed = placed;
          };

          // A label sits just below its node (on the node when the node is large on screen, or in the density view,
          // which draws no nodes), so small nodes stay visible.
          Viewer.prototype.labelY = function (i, fs) {
            var rs = this.rs(i);
            return rs > fs * 1.6 || this.view === "density" ? this.sy(i) : this.sy(i) + rs + fs * 0.55;
          };

          Viewer.prototype.labelWidth = function (i) {
            if (this.textWidth[i] < 0) {
              // Every label measured once, at 10 px: setting a font and measuring per frame costs more than drawing.
              this.ctx.font = "600 10px " + FONT;
              for (var j = 0; j < this.n; j++) { this.textWidth[j] = this.ctx.measureText(this.data.nodes.short[j]).width; }
            }
            return this.textWidth[i];
          };

          // Density: every node's size-weighted mass on a grid, blurred by a Gaussian kernel (bandwidth 4% of the
          // layout's extent, two separable passes), colored blue → green → yellow → red over the maximum.
          Viewer.prototype.computeDensity = function () {
            var b = this.bounds(), ext = Math.max(b.x1 - b.x0, b.y1 - b.y0, 1), h = 0.04 * ext, pad = 3 * h;
            var cellSize = (ext + 2 * pad) / 180, cols = Math.ceil((b.x1 - b.x0 + 2 * pad) / cellSize), rows = Math.ceil((b.y1 - b.y0 + 2 * pad) / cellSize);
            var grid = new Float64Array(cols * rows), tmp = new Float64Array(cols * rows), i, j, d;
            for (i = 0; i < this.n; i++) {
              var cx = Math.floor((this.x[i] - b.x0 + pad) / cellSize), cy = Math.floor((this.y[i] - b.y0 + pad) / cellSize);
              grid[cy * cols + cx] += 0.2 + this.s[i];
            }
            var sigma = h / cellSize, R = Math.ceil(3 * sigma), kern = [];
            for (d = -R; d <= R; d++) { kern.push(Math.exp(-d * d / (2 * sigma * sigma))); }
            for (j = 0; j < rows; j++) { for (i = 0; i < cols; i++) { var acc = 0; for (d = -R; d <= R; d++) { var ii = i + d; if (ii >= 0 && ii < cols) { acc += grid[j * cols + ii] * kern[d + R]; } } tmp[j * cols + i] = acc; } }
            var max = 0;
            for (j = 0; j < rows; j++) { for (i = 0; i < cols; i++) { var acc2 = 0; for (d = -R; d <= R; d++) { var jj = j + d; if (jj >= 0 && jj < rows) { acc2 += tmp[jj * cols + i] * kern[d + R]; } } grid[j * cols + i] = acc2; max = Math.max(max, acc2); } }
            var off = document.createElement("canvas"); off.width = cols; off.height = rows;
            var octx = off.getContext("2d"), img = octx.createImageData(cols, rows);
            for (i = 0; i < cols * rows; i++) {
              var t = max > 0 ? grid[i] / max : 0, c = ramp(DENSITY, t);
              img.data[4 * i] = c[0]; img.data[4 * i + 1] = c[1]; img.data[4 * i + 2] = c[2]; img.data[4 * i + 3] = Math.round(255 * Math.min(1, t * 4));
            }
            octx.putImageData(img, 0, 0);
            this.density = { canvas: off, x0: b.x0 - pad, y0: b.y0 - pad, w: cols * cellSize, h: rows * cellSize, max: max, bandwidth: h };
          };

          Viewer.prototype.drawDensity = function () {
            if (!this.density) { this.computeDensity(); }
            var d = this.density, ctx = this.ctx;
            ctx.imageSmoothingEnabled = true;
            ctx.drawImage(d.canvas, d.x0 * this.k + this.tx, d.y0 * this.k + this.ty, d.w * this.k, d.h * this.k);
          };

        """#

    /// Mouse, keyboard, search and selection.
    static let interaction = #"""
          Viewer.prototype.pick = function (mx, my) {
            var best = -1, bestD = Infinity;
            for (var i = 0; i < this.n; i++) {
              var dx = this.sx(i) - mx, dy = this.sy(i) - my, d = Math.sqrt(dx * dx + dy * dy);
              if (d <= this.rs(i) + 3 && d < bestD) { best = i; bestD = d; }
            }
            return best;
          };

          Viewer.prototype.bind = function () {
            var self = this, canvas = this.canvas, drag = null;
            function local(ev) { var r = canvas.getBoundingClientRect(); return { x: ev.clientX - r.left, y: ev.clientY - r.top }; }
            canvas.addEventListener("wheel", function (ev) {
              ev.preventDefault(); var p = local(ev);
              self.zoomAbout(p.x, p.y, Math.exp(-Math.max(-300, Math.min(300, ev.deltaY)) * 0.002));
            }, { passive: false });
            canvas.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, y: ev.clientY, tx: self.tx, ty: self.ty, moved: false }; self.viewport.classList.add("dragging"); });
            window.addEventListener("mousemove", function (ev) {
              if (drag) {
                var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
                if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; }
                self.tx = drag.tx + dx; self.ty = drag.ty + dy; self.interacted = true; self.schedule(); return;
              }
              if (ev.target === canvas) { var p = local(ev); self.hover(self.pick(p.x, p.y), p); }
            });
            window.addEventListener("mouseup", function (ev) {
              if (!drag) { return; }
              var moved = drag.moved; drag = null; self.viewport.classList.remove("dragging");
              if (!moved) { var p = local(ev), i = self.pick(p.x, p.y); if (i >= 0) { self.select(i); } else { self.clear(); } }
            });
            canvas.addEventListener("mouseleave", function () { self.tip.hidden = true; });
            document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { self.clear(); } });
            this.root.querySelectorAll("button[data-zoom]").forEach(function (b) {
              b.addEventListener("click", function () {
                var z = b.getAttribute("data-zoom");
                if (z === "reset") { self.fit(); } else { self.zoomAbout(self.W / 2, self.H / 2, z === "in" ? 1.6 : 1 / 1.6); }
              });
            });
            this.input.addEventListener("input", function () { self.search(self.input.value); });
            this.input.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { ev.preventDefault(); self.search(self.input.value); self.goToHit(); } });
            if (window.ResizeObserver) {
              new ResizeObserver(function () {
                var w = self.viewport.clientWidth, h = self.viewport.clientHeight;
                if (w === self.W && h === self.H) { return; }
                // Drawn at once: resizing clears the canvas, and a screenshot may be taken before the next frame.
                self.resize(); if (!self.interacted) { self.fit(); } self.draw();
              }).observe(this.viewport);
            }
          };

          Viewer.prototype.details = function (i) {
            var data = this.data, lines = [], order = data.scores.order;
            order.forEach(function (name) { var v = data.scores.values[name][i]; if (v !== null) { lines.push(name + ": " + fmt(v)); } });
            var c = data.nodes.community[i];
            return { name: data.nodes.label[i], scores: lines.join(" · "), community: "community " + c + (this.communityColor[c] ? "" : " (alone on this map: grey)") };
          };

          Viewer.prototype.hover = function (i, p) {
            if (i < 0) { this.tip.hidden = true; this.canvas.style.cursor = ""; return; }
            var d = this.details(i);
            this.tip.textContent = d.name + "\n" + d.scores + "\n" + d.community;
            this.tip.style.left = Math.min(p.x + 14, this.W - 260) + "px"; this.tip.style.top = Math.min(p.y + 14, this.H - 80) + "px";
            this.tip.hidden = false; this.canvas.style.cursor = "pointer";
          };

          Viewer.prototype.select = function (i) {
            this.selected = i;
            this.highlight = new Uint8Array(this.n); this.highlight[i] = 1;
            for (var q = 0; q < this.adj[i].length; q++) { var e = this.adj[i][q]; this.highlight[this.es[e]] = 1; this.highlight[this.et[e]] = 1; }
            this.showSelection(i); this.schedule();
          };

          Viewer.prototype.clear = function () {
            this.selected = -1; this.highlight = null; this.hits = [];
            this.selectionBox.hidden = true; this.hitsBox.textContent = ""; this.schedule();
          };

          // Search: accent- and case-insensitive substring of the name; whole-word starts rank first, then importance.
          Viewer.prototype.search = function (query) {
            var q = fold(query.trim()), hits = [], self = this;
            this.selected = -1; this.selectionBox.hidden = true;
            if (!q) { this.clear(); return 0; }
            for (var i = 0; i < this.n; i++) { if (this.folded[i].indexOf(q) >= 0) { hits.push(i); } }
            function wordStart(i) { var at = self.folded[i].indexOf(q); return at === 0 || /[\s\-.,']/.test(self.folded[i].charAt(at - 1)) ? 0 : 1; }
            hits.sort(function (a, b) { return wordStart(a) - wordStart(b) || self.rank[a] - self.rank[b]; });
            this.hits = hits;
            this.highlight = new Uint8Array(this.n); hits.forEach(function (i) { self.highlight[i] = 1; });
            if (!hits.length) { this.highlight = null; }
            this.hitsBox.textContent = hits.length === 1 ? "1 match" : hits.length + " matches";
            this.schedule();
            return hits.length;
          };

          Viewer.prototype.goToHit = function () {
            if (!this.hits.length) { return -1; }
            var i = this.hits[0];
            this.centerOn(i, 4); this.select(i);
            return i;
          };

        """#

    /// The select boxes, the legend and the side panel of the selected node (all built with `textContent`).
    static let panels = #"""
          Viewer.prototype.fillSelects = function () {
            var self = this, colorBy = this.root.querySelector("select.color-by"), view = this.root.querySelector("select.view");
            this.data.scores.order.forEach(function (name) {
              var o = el("option", null, name === "avgYear" ? "average year" : name === "avgCitations" ? "average citations" : name); o.value = name; colorBy.appendChild(o);
            });
            colorBy.addEventListener("change", function () { self.setColorBy(colorBy.value); });
            view.addEventListener("change", function () { self.setView(view.value); });
            this.colorSelect = colorBy; this.viewSelect = view;
          };

          Viewer.prototype.setColorBy = function (name) { this.colorBy = name; this.colorSelect.value = name; this.computeColors(); this.renderLegend(); this.schedule(); };
          Viewer.prototype.setView = function (view) { this.view = view; this.viewSelect.value = view; this.renderLegend(); this.schedule(); };

          function gradient(stops) {
            var bar = el("div", "ramp");
            bar.style.background = "linear-gradient(to right, " + stops.map(function (s) { return typeof s === "string" ? s : rgb(s); }).join(", ") + ")";
            return bar;
          }

          Viewer.prototype.renderLegend = function () {
            var box = this.legendBox, data = this.data, noun = data.nodeKind === "author" ? "authors" : "papers";
            box.textContent = "";
            box.appendChild(el("h4", null, data.title));
            box.appendChild(el("p", "meta", data.nodes.label.length + " of " + data.totalNodes + " " + noun + " drawn · size: " + data.sizeBy + " · lines: " + data.weightMeaning));
            if (this.view === "density") {
              box.appendChild(el("p", "what", "Density of " + noun + " weighted by " + data.sizeBy + " (Gaussian kernel, bandwidth 4% of the map's width)"));
              box.appendChild(gradient(DENSITY));
              var ends = el("div", "ends"); ends.appendChild(el("span", null, "low")); ends.appendChild(el("span", null, "high")); box.appendChild(ends);
            } else if (this.colorBy !== "community") {
              box.appendChild(el("p", "what", "Color: " + this.colorBy + " (5th–95th percentile; values beyond are clipped" + (this.colorBy === "avgYear" ? "; average publication year" : "") + ")"));
              box.appendChild(gradient(VIRIDIS));
              var e2 = el("div", "ends"); e2.appendChild(el("span", null, fmt(this.range[0]))); e2.appendChild(el("span", null, fmt(this.range[1]))); box.appendChild(e2);
            } else {
              this.renderCommunities(box, noun);
            }
          };

          Viewer.prototype.renderCommunities = function (box, noun) {
            var c = this.data.communities, list = el("ul", "swatches");
            box.appendChild(el("p", "what", "Color: community (most drawn members first)"));
            c.colored.slice(0, 17).forEach(function (entry) {
              var li = el("li"), sw = el("span", "swatch"); sw.style.background = entry.color;
              li.appendChild(sw); li.appendChild(el("span", null, "community " + entry.id + " · " + entry.drawn + " of " + entry.size + " · " + entry.names.join(", ")));
              list.appendChild(li);
            });
            box.appendChild(list);
            if (c.colored.length > 17) { box.appendChild(el("p", "meta", (c.colored.length - 17) + " more communities; colors repeat")); }
            if (c.grey > 0) {
              var li = el("li"), sw = el("span", "swatch"), grey = el("ul", "swatches"); sw.style.background = c.greyColor;
              li.appendChild(sw); li.appendChild(el("span", null, "grey: " + c.grey + " " + noun + " alone on this map in their community"));
              grey.appendChild(li); box.appendChild(grey);
            }
          };

          Viewer.prototype.showSelection = function (i) {
            var box = this.selectionBox, data = this.data, d = this.details(i), self = this;
            box.textContent = ""; box.hidden = false;
            box.parentNode.scrollTop = 0;
            box.appendChild(el("h4", null, d.name));
            box.appendChild(el("p", "meta", d.scores + " · " + d.community));
            var links = this.adj[i].slice().sort(function (a, b) { return self.ew[b] - self.ew[a]; });
            box.appendChild(el("p", "what", (data.nodeKind === "author" ? "Co-authors" : "Linked") + " on this map (" + links.length + ")"));
            var ul = el("ul", "links");
            links.slice(0, 40).forEach(function (e) {
              var j = self.es[e] === i ? self.et[e] : self.es[e], li = el("li"), b = el("button", "link", data.nodes.label[j]);
              b.type = "button"; b.addEventListener("click", function () { self.centerOn(j, 1); self.select(j); });
              li.appendChild(b); li.appendChild(el("span", "w", " " + fmt(self.ew[e]))); ul.appendChild(li);
            });
            box.appendChild(ul);
            var papers = data.nodes.papers[i] || [], total = data.scores.values.papers ? data.scores.values.papers[i] : papers.length;
            box.appendChild(el("p", "what", "Papers" + (total > papers.length ? " (newest " + papers.length + " of " + total + ")" : " (" + papers.length + ")")));
            var ol = el("ol", "papers");
            papers.forEach(function (p) { ol.appendChild(el("li", null, data.paperList[p])); });
            box.appendChild(ol);
          };

        """#

    /// Start-up, the `#search=` fragment, and the test hooks.
    static let hooks = #"""
          window.citegraphViewers = [];
          document.querySelectorAll(".viewer").forEach(function (root) {
            var block = document.getElementById("map-" + root.getAttribute("data-map"));
            if (!block) { return; }
            var t0 = performance.now(), viewer = new Viewer(root, JSON.parse(block.textContent));
            viewer.setupMs = performance.now() - t0;
            window.citegraphViewers.push(viewer);
          });
          var hash = decodeURIComponent(location.hash || "");
          if (hash.indexOf("#search=") === 0) {
            window.citegraphViewers.forEach(function (v) { v.input.value = hash.slice(8); v.search(v.input.value); v.goToHit(); });
          }
          function report(id, value) { var pre = el("pre", null, JSON.stringify(value)); pre.id = id; pre.hidden = true; document.body.appendChild(pre); }
          if (hash === "#selftest" || document.body.hasAttribute("data-selftest")) { report("selftest", selftest(window.citegraphViewers[0])); }
          if (hash === "#bench" || document.body.hasAttribute("data-bench")) { report("bench", bench(window.citegraphViewers[0], 40)); }

          // Scripted checks of the first map, through the same events a user makes.
          function selftest(v) {
            var checks = [];
            function check(name, ok, detail) { checks.push({ name: name, ok: !!ok, detail: detail }); }
            if (!v) { return { ok: false, checks: [{ name: "a viewer exists", ok: false }] }; }
            v.draw();
            var fitLabels = v.placed.map(function (p) { return p.i; });
            check("labels at the initial fit", fitLabels.length > 0, fitLabels.length);
            check("font at least 11 px at the fit", Math.min.apply(null, v.placed.map(function (p) { return p.fs; })) >= 11);
            check("no two labels overlap", !overlapping(v.placed));
            var k0 = v.k;
            v.input.value = "bosnjak"; v.input.dispatchEvent(new Event("input"));
            v.input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
            var hit = v.hits[0];
            check("search 'bosnjak' finds Matko Bošnjak", hit !== undefined && v.data.nodes.label[hit] === "Matko Bošnjak", hit === undefined ? "no hit" : v.data.nodes.label[hit]);
            check("search zooms in", v.k > k0 * 2, v.k / k0);
            check("the hit is centered", hit !== undefined && Math.abs(v.sx(hit) - v.W / 2) < 1 && Math.abs(v.sy(hit) - v.H / 2) < 1);
            v.draw();
            check("the hit is labeled", v.placed.some(function (p) { return p.i === hit; }));
            v.clear(); v.fit(); v.draw();
            var hub = v.order.reduce(function (a, b) { return v.adj[b].length > v.adj[a].length ? b : a; }, v.order[0]);
            var rect = v.canvas.getBoundingClientRect(), at = { clientX: rect.left + v.sx(hub), clientY: rect.top + v.sy(hub), bubbles: true };
            v.canvas.dispatchEvent(new MouseEvent("mousedown", at)); v.canvas.dispatchEvent(new MouseEvent("mouseup", at));
            var lit = v.highlight ? v.highlight.reduce(function (a, b) { return a + b; }, 0) : 0, neighbours = {};
            v.adj[hub].forEach(function (e) { neighbours[v.es[e]] = 1; neighbours[v.et[e]] = 1; });
            check("click selects the node", v.selected === hub, v.selected);
            check("click highlights the node and its co-authors", lit === Object.keys(neighbours).length && lit > 1, lit);
            check("the side panel lists its papers", v.selectionBox.querySelectorAll("ol.papers li").length > 0);
            v.clear(); v.fit(); v.draw();
            var before = {}; v.placed.forEach(function (p) { before[p.i] = 1; });
            for (var w = 0; w < 4; w++) { v.canvas.dispatchEvent(new WheelEvent("wheel", { deltaY: -300, clientX: rect.left + v.W / 2, clientY: rect.top + v.H / 2, bubbles: true, cancelable: true })); }
            v.draw();
            var fresh = v.placed.filter(function (p) { return !before[p.i]; }).length;
            check("zooming in shows labels hidden at the fit", v.k > k0 * 3 && fresh > 0, fresh);
            check("no two labels overlap when zoomed", !overlapping(v.placed));
            v.setView("density"); v.draw();
            check("density view drawn", v.density && v.density.max > 0);
            v.setView("network"); v.setColorBy("pagerank"); v.draw();
            check("color by a score shows its range", v.legendBox.querySelector(".ramp") !== null && v.range[1] >= v.range[0]);
            v.setColorBy("community"); v.fit(); v.draw();
            var ok = checks.every(function (c) { return c.ok; });
            document.body.setAttribute("data-selftest-result", ok ? "pass" : "fail");
            return { ok: ok, checks: checks };
          }

          function overlapping(placed) {
            for (var a = 0; a < placed.length; a++) {
              for (var b = a + 1; b < placed.length; b++) {
                var p = placed[a].box, q = placed[b].box;
                if (p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3]) { return true; }
              }
            }
            return false;
          }

          // Frame time: `frames` synchronous redraws while zooming in and out about the center and panning.
          function bench(v, frames) {
            var times = [], labels = 0, start = performance.now();
            v.fit(); v.draw(); v.partMs = [0, 0, 0];
            for (var f = 0; f < frames; f++) {
              v.zoomAbout(v.W / 2 + (f % 7) * 9, v.H / 2 - (f % 5) * 7, f < frames / 2 ? 1.08 : 1 / 1.08);
              var t0 = performance.now(); v.draw(); times.push(performance.now() - t0); labels += v.placed.length;
            }
            times.sort(function (a, b) { return a - b; });
            var mean = times.reduce(function (a, b) { return a + b; }, 0) / frames;
            return { nodes: v.n, edges: v.m, frames: frames, meanMs: mean, p95Ms: times[Math.floor(0.95 * (frames - 1))], maxMs: times[frames - 1], meanLabels: labels / frames, setupMs: v.setupMs, totalMs: performance.now() - start, edgesMs: v.partMs[0] / frames, nodesMs: v.partMs[1] / frames, labelsMs: v.partMs[2] / frames };
          }
          document.body.setAttribute("data-ready", "1");
        })();

        """#
}
