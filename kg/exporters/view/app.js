/* charity-kg views: overview #/, node #/node/<IRI>, path #/path/<IRI>/<IRI>.
   Every text from the data goes into the page through textContent or onto the canvas: never as markup. */
(function () {
  "use strict";
  var D = window.KG_DATA;
  var root = document.documentElement;

  // ------------------------------------------------------------ interface text
  var TEXT = {
    zh: {
      title: "慈善网络", search: "搜索名称…", png: "导出 PNG", csv: "导出 CSV", loading: "加载中…",
      overview: "总览", legend: "图例（点击隐藏/显示）", filters: "筛选", region: "地区", network: "网络", years: "年份",
      undated: "包括无日期的", all: "全部", matches: "搜索结果", noMatch: "没有匹配的名称", nodes: "节点", links: "连线",
      shown: "显示", kind: "类型", type: "子类", date: "日期", place: "地点", aliases: "别名", span: "时间",
      rotation: "轮值主席（按年份）", members: "成员组织", events: "活动（按年份）", people: "人员与职务", posts: "职务",
      current: "现任", former: "原任", subUnits: "下属单位", parent: "上级单位", chairTerms: "轮值主席任期",
      participants: "参与者", documents: "文件", sources: "来源", other: "其他关系", chairOrg: "轮值主席单位",
      chairPerson: "轮值主席", handover: "交接", pathTo: "查找与另一节点的联系…", pathTitle: "联系路径",
      noPath: "这两个节点之间没有联系", unknown: "未找到该节点", back: "返回总览", evidence: "证据", article: "文章",
      hops: "步", viewHint: "拖动平移，滚轮缩放，点击节点查看详情。", network_member: "成员", networks: "网络与轮值主席", terms: "个轮值任期", lang: "English",
      omitted: "本页只绘制联系最多的 {shown} 个节点（网络、轮值任期、组织优先）；另有 {nodes} 个节点和 {edges} 条连线未绘制，完整数据见 {files}。",
      hidden: "另有 {count} 个相连节点未在本页绘制，见 {files}。",
      moreEvidence: "另有 {count} 条证据，见 facts.jsonl。", moreArticles: "另有 {count} 篇文章，见 facts.jsonl。"
    },
    en: {
      title: "Charity network", search: "Search names…", png: "Export PNG", csv: "Export CSV", loading: "Loading…",
      overview: "Overview", legend: "Legend (click to hide/show)", filters: "Filters", region: "Region", network: "Network",
      years: "Years", undated: "include undated", all: "all", matches: "Matches", noMatch: "No name matches", nodes: "nodes",
      links: "links", shown: "shown", kind: "Kind", type: "Type", date: "Date", place: "Place", aliases: "Aliases", span: "Span",
      rotation: "Chair rotation (by year)", members: "Member organizations", events: "Events (by year)",
      people: "People and posts", posts: "Posts", current: "current", former: "former", subUnits: "Sub-units",
      parent: "Parent", chairTerms: "Chair terms", participants: "Participants", documents: "Documents", sources: "Sources",
      other: "Other links", chairOrg: "chairing organization", chairPerson: "chair", handover: "handover",
      pathTo: "Find the connection to another node…", pathTitle: "Connections", noPath: "These two nodes are not connected",
      unknown: "No such node", back: "Back to the overview", evidence: "Evidence", article: "Article", hops: "steps",
      viewHint: "Drag to pan, wheel to zoom, click a node for its details.", network_member: "member", networks: "Networks and their chairs", terms: "chair terms", lang: "中文",
      omitted: "This page draws the {shown} best-connected nodes (networks, chair terms and organizations first); {nodes} more nodes and {edges} links are not drawn: the full data is in {files}.",
      hidden: "{count} more connected nodes are not drawn on this page: see {files}.",
      moreEvidence: "{count} more evidence sentences: see facts.jsonl.", moreArticles: "{count} more articles: see facts.jsonl."
    }
  };
  var RELATION = {
    zh: { position: "职务", participation: "参与", chair_term: "轮值主席", chair_person: "轮值主席", sub_unit: "下属于",
      presented: "发布", presented_at: "发布于", network_member: "成员", network_event: "网络活动", successor: "接任",
      next_term: "下一任", handover: "交接" },
    en: { position: "post", participation: "took part", chair_term: "rotating chair", chair_person: "chair person",
      sub_unit: "sub-unit of", presented: "presented", presented_at: "presented at", network_member: "member of",
      network_event: "event of", successor: "succeeded", next_term: "next term", handover: "handover" }
  };
  var lang = "zh";
  try { lang = window.localStorage.getItem("kg-lang") === "en" ? "en" : "zh"; } catch (e) { lang = "zh"; }
  function t(key) { return TEXT[lang][key] || key; }
  function relationName(r) { return RELATION[lang][r] || r; }

  // ------------------------------------------------------------ data
  var ND = D.nodes, ED = D.edges, EVIDENCE = D.evidence, SENTENCES = D.sentences, ARTICLES = D.articles;
  var N = ND.id.length, E = ED.source.length;
  var KIND_INFO = {}, KIND_ORDER = [];
  D.kinds.forEach(function (k) { KIND_INFO[k[0]] = { color: k[1], zh: k[2], en: k[3] }; KIND_ORDER.push(k[0]); });
  function kindName(k) { var info = KIND_INFO[k] || KIND_INFO.other; return info[lang]; }
  var index = new Map();
  for (var i = 0; i < N; i++) { index.set(ND.id[i], i); }
  var outs = [], ins = [];
  for (i = 0; i < N; i++) { outs.push([]); ins.push([]); }
  for (var e = 0; e < E; e++) { outs[ED.source[e]].push(e); ins[ED.target[e]].push(e); }
  function year(s) { var m = /^(\d{4})/.exec(s || ""); return m ? +m[1] : 0; }
  var y0 = new Int16Array(N), y1 = new Int16Array(N), minYear = 9999, maxYear = 0;
  for (i = 0; i < N; i++) {
    y0[i] = year(ND.start[i]) || year(ND.date[i]) || year(ND.year[i]);
    y1[i] = year(ND.end[i]) || y0[i];
    if (y0[i]) { minYear = Math.min(minYear, y0[i]); maxYear = Math.max(maxYear, y1[i]); }
  }
  var ey0 = new Int16Array(E), ey1 = new Int16Array(E);
  for (e = 0; e < E; e++) { ey0[e] = year(ED.start[e]); ey1[e] = year(ED.end[e]) || ey0[e]; }
  if (!maxYear) { minYear = maxYear = 0; }
  var importance = [];
  for (i = 0; i < N; i++) { importance.push(i); }
  importance.sort(function (a, b) { return ND.degree[b] - ND.degree[a] || (ND.label[a] < ND.label[b] ? -1 : ND.label[a] > ND.label[b] ? 1 : a - b); });
  var rank = new Int32Array(N);
  importance.forEach(function (n, r) { rank[n] = r; });
  var regions = Array.from(new Set(ND.region.filter(Boolean))).sort();
  var networks = [];
  for (i = 0; i < N; i++) { if (ND.kind[i] === "network") { networks.push(i); } }
  networks.sort(function (a, b) { return ND.label[a] < ND.label[b] ? -1 : 1; });

  // ------------------------------------------------------------ small DOM helpers (text only)
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function nodeHref(n) { return "#/node/" + encodeURIComponent(ND.id[n]); }
  function nodeLink(n) {
    var a = el("a", "node-link", ND.label[n]);
    a.href = nodeHref(n);
    a.setAttribute("data-node", ND.id[n]);
    return a;
  }
  function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : ""; }
  function append(parent, parts) {
    parts.forEach(function (p) { if (p !== null && p !== undefined && p !== "") { parent.appendChild(typeof p === "string" ? document.createTextNode(p) : p); } });
    return parent;
  }
  function span(s, e) {
    if (s && e && s !== e) { return s + " – " + e; }
    return s || e || "";
  }

  // ------------------------------------------------------------ filters and view state
  var filters = { hidden: new Set(), region: "", network: "", from: minYear, to: maxYear, undated: true };
  var visible = new Uint8Array(N);
  var edgeVisible = new Uint8Array(E);
  var focus = null; // {nodes: Set, edges: Set} highlighted in node and path views
  var view = { name: "overview", facts: [] };

  function neighbours(n) {
    var found = [];
    outs[n].forEach(function (e) { found.push(ED.target[e]); });
    ins[n].forEach(function (e) { found.push(ED.source[e]); });
    return found;
  }
  function around(seed) {
    var keep = new Set(seed);
    seed.forEach(function (n) { neighbours(n).forEach(function (m) { keep.add(m); }); });
    return keep;
  }
  function applyFilters() {
    var scope = null;
    if (filters.network && index.has(filters.network)) {
      var net = index.get(filters.network), seed = [net];
      for (var n = 0; n < N; n++) { if (ND.network[n] === filters.network) { seed.push(n); } }
      scope = around(seed); // the network, what names it (members, terms, events) and their direct links (people, hosts)
    }
    var regionScope = null;
    if (filters.region) {
      var seeds = [];
      for (n = 0; n < N; n++) { if (ND.region[n] === filters.region) { seeds.push(n); } }
      regionScope = around(seeds);
    }
    for (n = 0; n < N; n++) {
      var ok = !filters.hidden.has(ND.kind[n] in KIND_INFO ? ND.kind[n] : "other");
      if (ok && scope) { ok = scope.has(n); }
      if (ok && regionScope) { ok = regionScope.has(n); }
      if (ok && y0[n]) { ok = y1[n] >= filters.from && y0[n] <= filters.to; }
      else if (ok && !y0[n]) { ok = filters.undated; }
      visible[n] = ok ? 1 : 0;
    }
    for (var e = 0; e < E; e++) {
      var shown = visible[ED.source[e]] && visible[ED.target[e]];
      if (shown && ey0[e]) { shown = ey1[e] >= filters.from && ey0[e] <= filters.to; }
      edgeVisible[e] = shown ? 1 : 0;
    }
  }
  function filterQuery() {
    var parts = [];
    if (filters.hidden.size) { parts.push("hide=" + encodeURIComponent(Array.from(filters.hidden).sort().join(","))); }
    if (filters.region) { parts.push("region=" + encodeURIComponent(filters.region)); }
    if (filters.network) { parts.push("network=" + encodeURIComponent(filters.network)); }
    if (filters.from !== minYear || filters.to !== maxYear) { parts.push("years=" + filters.from + "-" + filters.to); }
    if (!filters.undated) { parts.push("undated=0"); }
    return parts.length ? "?" + parts.join("&") : "";
  }
  function readFilters(query) {
    filters.hidden = new Set(); filters.region = ""; filters.network = ""; filters.from = minYear; filters.to = maxYear; filters.undated = true;
    (query || "").split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at < 0) { return; }
      var key = pair.slice(0, at), value = decodeURIComponent(pair.slice(at + 1));
      if (key === "hide") { value.split(",").filter(Boolean).forEach(function (k) { filters.hidden.add(k); }); }
      if (key === "region") { filters.region = value; }
      if (key === "network") { filters.network = value; }
      if (key === "undated") { filters.undated = value !== "0"; }
      var m = /^(\d{4})-(\d{4})$/.exec(value);
      if (key === "years" && m) { filters.from = +m[1]; filters.to = +m[2]; }
    });
  }

  // ------------------------------------------------------------ canvas drawing
  var canvas = document.getElementById("graph"), ctx = canvas.getContext("2d");
  var stage = document.getElementById("stage"), tip = document.getElementById("tip");
  var W = 0, H = 0, ratio = 1, cam = { x: 0, y: 0, k: 1 }, pending = false;
  var MAX_LABELS = 300, MOVING_LABELS = 60, moving = false, settle = 0;
  function moved() {
    // While the view moves, frames draw fewer labels and small nodes as squares; a full frame follows once it rests.
    moving = true;
    window.clearTimeout(settle);
    settle = window.setTimeout(function () { moving = false; draw(); }, 150);
  }
  function resize() {
    ratio = window.devicePixelRatio || 1;
    W = stage.clientWidth; H = stage.clientHeight;
    canvas.width = Math.max(1, Math.round(W * ratio)); canvas.height = Math.max(1, Math.round(H * ratio));
    draw();
  }
  function radius(n) { return Math.max(1.8, Math.min(20, (0.8 + Math.sqrt(ND.degree[n]) * 0.55) * cam.k)); }
  function fit(list) {
    var x0 = Infinity, x1 = -Infinity, yA = Infinity, yB = -Infinity;
    list.forEach(function (n) { x0 = Math.min(x0, ND.x[n]); x1 = Math.max(x1, ND.x[n]); yA = Math.min(yA, ND.y[n]); yB = Math.max(yB, ND.y[n]); });
    if (!isFinite(x0)) { cam = { x: 0, y: 0, k: 1 }; return; }
    cam.x = (x0 + x1) / 2; cam.y = (yA + yB) / 2;
    cam.k = Math.min(4, Math.max(0.02, Math.min((W - 80) / Math.max(x1 - x0, 1), (H - 80) / Math.max(yB - yA, 1))));
  }
  function requestDraw() {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; draw(); });
  }
  function draw() {
    var k = cam.k, ox = W / 2 - cam.x * k, oy = H / 2 - cam.y * k;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, W, H);
    var dim = !!focus;
    // Edges: one path for all, then the highlighted ones on top.
    ctx.lineWidth = 0.7;
    ctx.strokeStyle = dim ? "rgba(180,180,180,0.25)" : "rgba(150,150,150,0.55)";
    ctx.beginPath();
    for (var e = 0; e < E; e++) {
      if (!edgeVisible[e]) { continue; }
      var a = ED.source[e], b = ED.target[e];
      var ax = ND.x[a] * k + ox, ay = ND.y[a] * k + oy, bx = ND.x[b] * k + ox, by = ND.y[b] * k + oy;
      if ((ax < 0 && bx < 0) || (ay < 0 && by < 0) || (ax > W && bx > W) || (ay > H && by > H)) { continue; }
      ctx.moveTo(ax, ay); ctx.lineTo(bx, by);
    }
    ctx.stroke();
    if (focus) {
      ctx.lineWidth = 1.6; ctx.strokeStyle = "rgba(60,60,60,0.85)"; ctx.beginPath();
      focus.edges.forEach(function (e) {
        var a = ED.source[e], b = ED.target[e];
        ctx.moveTo(ND.x[a] * k + ox, ND.y[a] * k + oy); ctx.lineTo(ND.x[b] * k + ox, ND.y[b] * k + oy);
      });
      ctx.stroke();
    }
    // Nodes: one path per kind.
    KIND_ORDER.forEach(function (kind) {
      ctx.fillStyle = KIND_INFO[kind].color;
      ctx.globalAlpha = dim ? 0.25 : 1;
      ctx.beginPath();
      for (var n = 0; n < N; n++) {
        if (!visible[n] || (ND.kind[n] in KIND_INFO ? ND.kind[n] : "other") !== kind || (focus && focus.nodes.has(n))) { continue; }
        var x = ND.x[n] * k + ox, y = ND.y[n] * k + oy, r = radius(n);
        if (x < -r || y < -r || x > W + r || y > H + r) { continue; }
        if (moving && r < 3) { ctx.rect(x - r, y - r, 2 * r, 2 * r); } else { ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 6.283185); }
      }
      ctx.fill();
    });
    ctx.globalAlpha = 1;
    if (focus) {
      focus.nodes.forEach(function (n) {
        var x = ND.x[n] * k + ox, y = ND.y[n] * k + oy, r = Math.max(4, radius(n));
        ctx.beginPath(); ctx.arc(x, y, r, 0, 6.283185);
        ctx.fillStyle = (KIND_INFO[ND.kind[n]] || KIND_INFO.other).color; ctx.fill();
        ctx.lineWidth = focus.main.has(n) ? 3 : 1.2; ctx.strokeStyle = "#222"; ctx.stroke();
      });
    }
    drawLabels(ox, oy);
  }
  function drawLabels(ox, oy) {
    // Labels by importance (degree), highlighted nodes first; a label is skipped where it would overlap one drawn.
    var k = cam.k, taken = new Set(), drawn = 0, CELL = 16;
    ctx.font = "12px 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
    ctx.textBaseline = "middle";
    ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.fillStyle = "#222";
    function place(n, force) {
      var x = ND.x[n] * k + ox, y = ND.y[n] * k + oy, r = radius(n);
      if (x < -50 || y < 0 || x > W || y > H) { return; }
      var label = ND.label[n], width = label.length * 12 + 4, lx = x + r + 2;
      var c0 = Math.floor(lx / CELL), c1 = Math.floor((lx + width) / CELL), r0 = Math.floor((y - 7) / CELL), r1 = Math.floor((y + 7) / CELL);
      var c, row;
      if (!force) {
        for (row = r0; row <= r1; row++) { for (c = c0; c <= c1; c++) { if (taken.has(row * 4096 + c)) { return; } } }
      }
      for (row = r0; row <= r1; row++) { for (c = c0; c <= c1; c++) { taken.add(row * 4096 + c); } }
      if (!moving) { ctx.strokeText(label, lx, y); }
      ctx.fillText(label, lx, y);
      drawn++;
    }
    if (focus) { focus.order.forEach(function (n) { place(n, focus.main.has(n)); }); }
    var limit = moving ? MOVING_LABELS : focus ? 60 : MAX_LABELS;
    for (var r = 0; r < N && drawn < limit; r++) {
      var n = importance[r];
      if (!visible[n] || (focus && focus.nodes.has(n))) { continue; }
      if (radius(n) < 3 && r > 40) { break; }
      place(n, false);
    }
  }
  function screenToWorld(px, py) { return [(px - W / 2) / cam.k + cam.x, (py - H / 2) / cam.k + cam.y]; }
  function nodeAt(px, py) {
    var best = -1, bestD = Infinity, k = cam.k, ox = W / 2 - cam.x * k, oy = H / 2 - cam.y * k;
    for (var n = 0; n < N; n++) {
      if (!visible[n] && !(focus && focus.nodes.has(n))) { continue; }
      var dx = ND.x[n] * k + ox - px, dy = ND.y[n] * k + oy - py, d = dx * dx + dy * dy, r = Math.max(radius(n), 5);
      if (d <= r * r && d < bestD) { best = n; bestD = d; }
    }
    return best;
  }
  function screenOf(n) { return [(ND.x[n] - cam.x) * cam.k + W / 2, (ND.y[n] - cam.y) * cam.k + H / 2]; }

  var drag = null;
  canvas.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, y: ev.clientY, moved: false }; canvas.classList.add("dragging"); });
  window.addEventListener("mousemove", function (ev) {
    var box = canvas.getBoundingClientRect();
    if (drag) {
      var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 2) { drag.moved = true; }
      cam.x -= dx / cam.k; cam.y -= dy / cam.k; drag.x = ev.clientX; drag.y = ev.clientY;
      moved();
      requestDraw();
      return;
    }
    var px = ev.clientX - box.left, py = ev.clientY - box.top;
    if (px < 0 || py < 0 || px > W || py > H) { tip.style.display = "none"; return; }
    var n = nodeAt(px, py);
    if (n < 0) { tip.style.display = "none"; canvas.style.cursor = ""; return; }
    canvas.style.cursor = "pointer";
    tip.textContent = ND.label[n] + " · " + kindName(ND.kind[n]);
    tip.style.left = (px + 12) + "px"; tip.style.top = (py + 12) + "px"; tip.style.display = "block";
  });
  window.addEventListener("mouseup", function (ev) {
    if (!drag) { return; }
    var moved = drag.moved;
    drag = null; canvas.classList.remove("dragging");
    if (moved) { return; }
    var box = canvas.getBoundingClientRect(), n = nodeAt(ev.clientX - box.left, ev.clientY - box.top);
    if (n >= 0 && ev.target === canvas) { window.location.hash = nodeHref(n); }
  });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var box = canvas.getBoundingClientRect(), px = ev.clientX - box.left, py = ev.clientY - box.top;
    var before = screenToWorld(px, py);
    cam.k = Math.min(40, Math.max(0.01, cam.k * Math.exp(-ev.deltaY * 0.0015)));
    var after = screenToWorld(px, py);
    cam.x += before[0] - after[0]; cam.y += before[1] - after[1];
    moved();
    requestDraw();
  }, { passive: false });

  // ------------------------------------------------------------ facts, evidence and CSV rows
  // A fact's evidence: numbers into SENTENCES, each an [article, sentence] pair stated once in the data.
  function evidenceOf(fact) { return (EVIDENCE[fact] || []).map(function (number) { return SENTENCES[number]; }); }
  function evidenceBlock(facts) {
    var box = el("div", "evidence"), seen = new Set();
    facts.forEach(function (fact) {
      evidenceOf(fact).forEach(function (item) {
        var key = item[0] + "\u0000" + item[1];
        if (seen.has(key)) { return; }
        seen.add(key);
        var info = ARTICLES[item[0]] || { title: item[0], date: "", url: "" };
        box.appendChild(el("q", null, item[1]));
        var src = el("div", "source");
        var url = safeUrl(info.url), title = info.title || item[0];
        if (url) {
          var a = el("a", null, title); a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; src.appendChild(a);
        } else {
          src.appendChild(el("span", null, title));
        }
        if (info.date) { src.appendChild(document.createTextNode(" · " + info.date)); }
        if (url) { src.appendChild(el("span", "muted", " · " + url)); }
        box.appendChild(src);
      });
      var more = D.omitted && D.omitted.evidence[fact];
      if (more) { box.appendChild(el("p", "omitted", t("moreEvidence").replace("{count}", String(more)))); }
    });
    return seen.size ? box : null;
  }
  function record(section, subject, relation, role, other, start, end, facts) {
    var rows = [];
    facts = facts.filter(Boolean);
    var items = [];
    facts.forEach(function (f) { evidenceOf(f).forEach(function (it) { items.push([f, it]); }); });
    if (!items.length) { items.push([facts[0] || "", null]); }
    items.forEach(function (pair) {
      var info = pair[1] ? (ARTICLES[pair[1][0]] || {}) : {};
      rows.push([section, subject, relation, role, other, start, end, pair[1] ? pair[1][1] : "", info.title || (pair[1] ? pair[1][0] : ""), info.date || "", info.url || "", pair[0]]);
    });
    view.facts = view.facts.concat(rows);
  }
  function factItem(lineParts, facts, csv) {
    var li = el("li", "fact");
    append(li.appendChild(el("div", "line")), lineParts);
    var ev = evidenceBlock(facts);
    if (ev) { li.appendChild(ev); }
    if (csv) { record.apply(null, csv.concat([facts])); }
    return li;
  }
  function edgeFacts(e) { return [ED.fact[e]]; }

  // ------------------------------------------------------------ panel: overview
  var panel = document.getElementById("panel");
  function section(title) { panel.appendChild(el("h3", null, title)); var ul = el("ul"); panel.appendChild(ul); return ul; }
  function omittedNote(key, values) {
    var text = t(key).replace("{files}", D.omitted.files.join(lang === "zh" ? "、" : ", "));
    Object.keys(values).forEach(function (name) { text = text.replace("{" + name + "}", String(values[name])); });
    var p = el("p", "omitted", text); p.id = key; return p;
  }
  function renderOverview() {
    panel.textContent = "";
    panel.appendChild(el("h2", null, t("overview")));
    var count = 0, links = 0;
    for (var n = 0; n < N; n++) { count += visible[n]; }
    for (var e = 0; e < E; e++) { links += edgeVisible[e]; }
    panel.appendChild(el("p", "meta", t("shown") + ": " + count + " / " + N + " " + t("nodes") + ", " + links + " / " + E + " " + t("links")));
    if (D.omitted) { panel.appendChild(omittedNote("omitted", { shown: N, nodes: D.omitted.nodes, edges: D.omitted.edges })); }
    panel.appendChild(el("p", "muted", t("viewHint")));
    var legend = section(t("legend"));
    legend.className = "legend";
    var counts = {};
    for (n = 0; n < N; n++) { var kk = ND.kind[n] in KIND_INFO ? ND.kind[n] : "other"; counts[kk] = (counts[kk] || 0) + 1; }
    KIND_ORDER.forEach(function (kind) {
      if (!counts[kind]) { return; }
      var li = el("li", filters.hidden.has(kind) ? "off" : "");
      li.setAttribute("data-kind", kind);
      var sw = el("span", "swatch"); sw.style.background = KIND_INFO[kind].color;
      append(li, [sw, kindName(kind) + " (" + counts[kind] + ")"]);
      li.addEventListener("click", function () {
        if (filters.hidden.has(kind)) { filters.hidden.delete(kind); } else { filters.hidden.add(kind); }
        go("#/" + filterQuery());
      });
      legend.appendChild(li);
    });
    if (networks.length) {
      // The networks first: their views hold the chair rotations staff ask about.
      var terms = {};
      for (n = 0; n < N; n++) { if (ND.kind[n] === "chair_term") { terms[ND.network[n]] = (terms[ND.network[n]] || 0) + 1; } }
      var nl = section(t("networks"));
      nl.id = "networks";
      networks.forEach(function (m) { append(nl.appendChild(el("li")), [nodeLink(m), el("span", "muted", " · " + (terms[ND.id[m]] || 0) + " " + t("terms"))]); });
    }
    var box = el("div", "filters");
    panel.appendChild(el("h3", null, t("filters")));
    panel.appendChild(box);
    box.appendChild(choice("region", t("region"), regions.map(function (r) { return [r, r]; }), filters.region));
    box.appendChild(choice("network", t("network"), networks.map(function (n) { return [ND.id[n], ND.label[n]]; }), filters.network));
    if (maxYear) {
      var yl = el("label", null, t("years") + " ");
      var from = el("input"); from.type = "number"; from.id = "year-from"; from.min = minYear; from.max = maxYear; from.value = filters.from;
      var to = el("input"); to.type = "number"; to.id = "year-to"; to.min = minYear; to.max = maxYear; to.value = filters.to;
      var change = function () {
        var a = parseInt(from.value, 10) || minYear, b = parseInt(to.value, 10) || maxYear;
        filters.from = Math.max(minYear, Math.min(a, b)); filters.to = Math.min(maxYear, Math.max(a, b));
        go("#/" + filterQuery());
      };
      from.addEventListener("change", change); to.addEventListener("change", change);
      append(yl, [from, " – ", to]);
      box.appendChild(yl);
      var ul = el("label");
      var check = el("input"); check.type = "checkbox"; check.id = "undated"; check.checked = filters.undated;
      check.addEventListener("change", function () { filters.undated = check.checked; go("#/" + filterQuery()); });
      append(ul, [check, " " + t("undated")]);
      box.appendChild(ul);
    }
    view.facts = [];
    for (e = 0; e < E; e++) {
      if (edgeVisible[e]) { view.facts.push(["overview", ND.label[ED.source[e]], ED.relation[e], ED.role[e], ND.label[ED.target[e]], ED.start[e], ED.end[e], "", "", "", "", ED.fact[e]]); }
    }
  }
  function choice(name, title, options, current) {
    var label = el("label", null, title + " ");
    var select = el("select"); select.id = "filter-" + name;
    var first = el("option", null, t("all")); first.value = ""; select.appendChild(first);
    options.forEach(function (o) { var opt = el("option", null, o[1]); opt.value = o[0]; if (o[0] === current) { opt.selected = true; } select.appendChild(opt); });
    select.addEventListener("change", function () { filters[name] = select.value; go("#/" + filterQuery()); });
    label.appendChild(select);
    return label;
  }

  // ------------------------------------------------------------ search: every match listed
  var searchInput = document.getElementById("search-input");
  function matches(query) {
    var q = query.trim().toLowerCase(), found = [];
    if (!q) { return found; }
    for (var n = 0; n < N; n++) {
      var label = ND.label[n].toLowerCase(), hit = label.indexOf(q) >= 0 || ND.id[n] === query.trim();
      if (!hit) { hit = ND.aliases[n].some(function (a) { return a.toLowerCase().indexOf(q) >= 0; }); }
      if (hit) { found.push(n); }
    }
    found.sort(function (a, b) {
      var ea = ND.label[a].toLowerCase() === q ? 0 : 1, eb = ND.label[b].toLowerCase() === q ? 0 : 1;
      return ea - eb || rank[a] - rank[b];
    });
    return found;
  }
  function describe(n) {
    // What tells two same-named nodes apart: kind, the organization of a post, region, date.
    var bits = [kindName(ND.kind[n])];
    var posts = outs[n].filter(function (e) { return ED.relation[e] === "position"; }).map(function (e) { return ND.label[ED.target[e]] + " " + ED.role[e]; });
    if (posts.length) { bits.push(posts.slice(0, 2).join("、")); }
    if (ND.region[n]) { bits.push(ND.region[n]); }
    var when = span(ND.start[n], ND.end[n]) || ND.date[n];
    if (when) { bits.push(when); }
    return bits.join(" · ");
  }
  function matchList(found, onPick) {
    var ul = el("ul", "matches");
    found.forEach(function (n) {
      var li = el("li");
      li.setAttribute("data-node", ND.id[n]);
      var a = nodeLink(n);
      if (onPick) { a.addEventListener("click", function (ev) { ev.preventDefault(); onPick(n); }); }
      append(li, [a, " ", el("span", "kind", describe(n))]);
      ul.appendChild(li);
    });
    return ul;
  }
  function showMatches(query) {
    var found = matches(query);
    var old = document.getElementById("search-results");
    if (old) { old.parentNode.removeChild(old); }
    if (!query.trim()) { return; }
    var box = el("div"); box.id = "search-results";
    box.appendChild(el("h3", null, t("matches") + " (" + found.length + ")"));
    box.appendChild(found.length ? matchList(found) : el("p", "empty", t("noMatch")));
    panel.insertBefore(box, panel.firstChild);
  }
  searchInput.addEventListener("input", function () { showMatches(searchInput.value); });
  document.getElementById("search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var found = matches(searchInput.value);
    if (found.length === 1) { go(nodeHref(found[0])); } else { showMatches(searchInput.value); }
  });

  // ------------------------------------------------------------ node view
  function byYearThenLabel(a, b) { return (a.year || "") < (b.year || "") ? -1 : (a.year || "") > (b.year || "") ? 1 : a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0; }
  function chairTerms(net) {
    // Terms of a network: the chair_term nodes that name it, each with its chairing organization, chair and handovers.
    var terms = [];
    for (var n = 0; n < N; n++) {
      if (ND.kind[n] !== "chair_term" || ND.network[n] !== ND.id[net]) { continue; }
      var term = { year: ND.year[n] || ND.start[n], node: n, orgs: [], people: [], handovers: [], facts: ND.facts[n].slice(), sort: ND.label[n] };
      ins[n].forEach(function (e) {
        var other = ED.source[e];
        if (ED.relation[e] === "chair_term") { term.orgs.push(other); }
        else if (ED.relation[e] === "chair_person") { term.people.push(other); }
        else if (ED.relation[e] === "handover") { term.handovers.push(other); }
        term.facts.push(ED.fact[e]);
      });
      terms.push(term);
    }
    terms.forEach(function (term) { term.sort = term.orgs.map(function (o) { return ND.label[o]; }).join() + term.sort; });
    return terms.sort(byYearThenLabel);
  }
  function linkList(parent, list) {
    list.forEach(function (n, i) { if (i) { parent.appendChild(document.createTextNode("、")); } parent.appendChild(nodeLink(n)); });
    return parent;
  }
  function edgeLine(e, other) {
    var bits = [nodeLink(other)];
    if (ED.role[e]) { bits.push(" · " + ED.role[e]); } else { bits.push(" · " + relationName(ED.relation[e])); }
    if (ED.status[e] === "former") { bits.push(" (" + t("former") + ")"); } else if (ED.status[e] === "current") { bits.push(" (" + t("current") + ")"); }
    var when = span(ED.start[e], ED.end[e]);
    if (when) { bits.push(" · " + when); }
    return bits;
  }
  function edgeSort(list, otherOf) {
    return list.slice().sort(function (a, b) {
      var ya = ED.start[a] || ND.date[otherOf(a)] || "", yb = ED.start[b] || ND.date[otherOf(b)] || "";
      return ya < yb ? -1 : ya > yb ? 1 : ND.label[otherOf(a)] < ND.label[otherOf(b)] ? -1 : ND.label[otherOf(a)] > ND.label[otherOf(b)] ? 1 : a - b;
    });
  }
  function edgeSection(title, list, otherOf, subject) {
    if (!list.length) { return; }
    var ul = section(title);
    edgeSort(list, otherOf).forEach(function (e) {
      var other = otherOf(e);
      ul.appendChild(factItem(edgeLine(e, other), edgeFacts(e), [title, ND.label[subject], relationName(ED.relation[e]), ED.role[e], ND.label[other], ED.start[e], ED.end[e]]));
    });
  }
  function eventsByYear(title, list, n) {
    // Events grouped under their year, each with this node's role(s) in it.
    if (!list.length) { return; }
    var ul = section(title), groups = new Map();
    edgeSort(list, function (e) { return ED.target[e]; }).forEach(function (e) {
      var ev = ED.target[e];
      if (!groups.has(ev)) { groups.set(ev, []); }
      groups.get(ev).push(e);
    });
    groups.forEach(function (edges, ev) {
      var when = ND.date[ev] || ND.start[ev], roles = [];
      edges.forEach(function (e) { if (ED.role[e] && roles.indexOf(ED.role[e]) < 0) { roles.push(ED.role[e]); } });
      var parts = [el("span", "year", (when || "").slice(0, 4) || "—"), nodeLink(ev)];
      if (roles.length) { parts.push(" · " + roles.join("、")); }
      var info = [when, ND.place[ev]].filter(Boolean).join(" · ");
      if (info) { parts.push(el("span", "muted", " (" + info + ")")); }
      ul.appendChild(factItem(parts, edges.map(edgeFacts).reduce(function (a, b) { return a.concat(b); }, []),
        [title, ND.label[n], relationName("participation"), roles.join("、"), ND.label[ev], when, when]));
    });
  }
  function renderNode(n) {
    panel.textContent = "";
    view.facts = [];
    var kind = ND.kind[n];
    var home = el("a", "muted", "← " + t("back")); home.href = "#/"; panel.appendChild(home);
    var h = el("h2", null, ND.label[n]); h.id = "node-title"; panel.appendChild(h);
    var meta = [kindName(kind)];
    if (ND.type[n] && ND.type[n] !== kind) { meta.push(ND.type[n]); }
    if (ND.region[n]) { meta.push(ND.region[n]); }
    if (ND.date[n]) { meta.push(ND.date[n]); } else if (ND.start[n]) { meta.push(span(ND.start[n], ND.end[n])); }
    if (ND.place[n]) { meta.push(ND.place[n]); }
    panel.appendChild(el("p", "meta", meta.join(" · ")));
    if (ND.aliases[n].length) { panel.appendChild(el("p", "meta", t("aliases") + ": " + ND.aliases[n].join("、"))); }
    panel.appendChild(el("p", "iri", ND.id[n]));
    if (D.omitted && ND.hidden[n]) { panel.appendChild(omittedNote("hidden", { count: ND.hidden[n] })); }
    var finder = el("input"); finder.type = "search"; finder.id = "path-input"; finder.placeholder = t("pathTo");
    var found = el("div"); found.id = "path-matches";
    finder.addEventListener("input", function () {
      found.textContent = "";
      if (finder.value.trim()) { found.appendChild(matchList(matches(finder.value).filter(function (m) { return m !== n; }), function (m) { go("#/path/" + encodeURIComponent(ND.id[n]) + "/" + encodeURIComponent(ND.id[m])); })); }
    });
    panel.appendChild(finder); panel.appendChild(found);
    var used = new Set();
    function take(list) { list.forEach(function (e) { used.add(e); }); return list; }
    function outOf(rel) { return outs[n].filter(function (e) { return ED.relation[e] === rel; }); }
    function inOf(rel) { return ins[n].filter(function (e) { return ED.relation[e] === rel; }); }
    var src = function (e) { return ED.source[e]; }, dst = function (e) { return ED.target[e]; };
    if (kind === "network") {
      var terms = chairTerms(n), ul = section(t("rotation"));
      ul.id = "rotation";
      terms.forEach(function (term) {
        var parts = [el("span", "year", term.year || "—")];
        var orgs = linkList(el("span", "chair-org"), term.orgs), people = linkList(el("span", "chair-person"), term.people);
        parts.push(orgs);
        if (term.people.length) { parts.push(" · " + t("chairPerson") + " ", people); }
        term.handovers.forEach(function (ev) { parts.push(" · " + t("handover") + " ", nodeLink(ev), " " + (ND.date[ev] || "")); });
        var li = factItem(parts, term.facts, [t("rotation"), ND.label[n], relationName("chair_term"), term.people.map(function (p) { return ND.label[p]; }).join("、"), term.orgs.map(function (o) { return ND.label[o]; }).join("、"), term.year, term.year]);
        li.setAttribute("data-year", term.year);
        ul.appendChild(li);
      });
      if (!terms.length) { ul.appendChild(el("li", "empty", "—")); }
      var memberSet = new Set();
      take(inOf("network_member")).forEach(function (e) { memberSet.add(ED.source[e]); });
      for (var m = 0; m < N; m++) { if (ND.network[m] === ND.id[n] && ND.kind[m] === "organization") { memberSet.add(m); } }
      terms.forEach(function (term) { term.orgs.forEach(function (o) { memberSet.add(o); }); });
      var members = Array.from(memberSet).sort(function (a, b) { return ND.label[a] < ND.label[b] ? -1 : 1; });
      var mu = section(t("members") + " (" + members.length + ")");
      mu.id = "members";
      members.forEach(function (o) {
        var facts = inOf("network_member").filter(function (e) { return ED.source[e] === o; }).map(edgeFacts).reduce(function (a, b) { return a.concat(b); }, []);
        mu.appendChild(factItem([nodeLink(o)], facts, [t("members"), ND.label[n], relationName("network_member"), "", ND.label[o], "", ""]));
      });
      edgeSection(t("events"), take(inOf("network_event")), src, n);
    } else if (kind === "organization") {
      edgeSection(t("people"), take(inOf("position")), src, n);
      eventsByYear(t("events"), take(outOf("participation")), n);
      edgeSection(t("parent"), take(outOf("sub_unit")), dst, n);
      edgeSection(t("subUnits"), take(inOf("sub_unit")), src, n);
      var chair = take(outOf("chair_term"));
      edgeSection(t("chairTerms"), chair, dst, n);
      edgeSection(t("network"), take(outOf("network_member")), dst, n);
    } else if (kind === "person") {
      var posts = take(outOf("position"));
      edgeSection(t("posts") + " · " + t("current"), posts.filter(function (e) { return ED.status[e] !== "former"; }), dst, n);
      edgeSection(t("posts") + " · " + t("former"), posts.filter(function (e) { return ED.status[e] === "former"; }), dst, n);
      eventsByYear(t("events"), take(outOf("participation")), n);
      edgeSection(t("chairTerms"), take(outOf("chair_person")), dst, n);
      edgeSection(t("documents"), take(outOf("presented")), dst, n);
    } else if (kind === "event") {
      edgeSection(t("participants"), take(inOf("participation")), src, n);
      edgeSection(t("documents"), take(inOf("presented_at")), src, n);
      edgeSection(t("network"), take(outOf("network_event")), dst, n);
    }
    var rest = outs[n].filter(function (e) { return !used.has(e); });
    var restIn = ins[n].filter(function (e) { return !used.has(e); });
    if (rest.length || restIn.length) {
      var ou = section(t("other"));
      edgeSort(rest, dst).forEach(function (e) { ou.appendChild(factItem(["→ "].concat(edgeLine(e, ED.target[e])), edgeFacts(e), [t("other"), ND.label[n], relationName(ED.relation[e]), ED.role[e], ND.label[ED.target[e]], ED.start[e], ED.end[e]])); });
      edgeSort(restIn, src).forEach(function (e) { ou.appendChild(factItem(["← "].concat(edgeLine(e, ED.source[e])), edgeFacts(e), [t("other"), ND.label[ED.source[e]], relationName(ED.relation[e]), ED.role[e], ND.label[n], ED.start[e], ED.end[e]])); });
    }
    var su = section(t("sources"));
    su.id = "sources";
    var own = evidenceBlock(ND.facts[n]);
    if (own) { var li = el("li", "fact"); li.appendChild(own); su.appendChild(li); record(t("sources"), ND.label[n], "", "", "", ND.start[n], ND.end[n], ND.facts[n]); }
    var listed = new Set();
    ND.facts[n].forEach(function (f) { evidenceOf(f).forEach(function (it) { listed.add(it[0]); }); });
    ND.articles[n].forEach(function (a) {
      if (listed.has(a)) { return; }
      var info = ARTICLES[a] || { title: a, date: "", url: "" };
      su.appendChild(el("li", "muted", (info.title || a) + (info.date ? " · " + info.date : "")));
    });
    if (D.omitted && ND.articles_more[n]) { su.appendChild(el("li", "omitted", t("moreArticles").replace("{count}", String(ND.articles_more[n])))); }
    var nodes = new Set([n]), edges = new Set();
    outs[n].concat(ins[n]).forEach(function (e) { edges.add(e); nodes.add(ED.source[e]); nodes.add(ED.target[e]); });
    setFocus(nodes, edges, [n]);
  }
  function setFocus(nodes, edges, main) {
    var order = main.slice();
    Array.from(nodes).sort(function (a, b) { return rank[a] - rank[b]; }).forEach(function (m) { if (main.indexOf(m) < 0) { order.push(m); } });
    focus = { nodes: nodes, edges: edges, main: new Set(main), order: order };
    fit(Array.from(nodes));
  }

  // ------------------------------------------------------------ path view
  function shortestPaths(a, b, limit) {
    // Breadth-first over links in either direction; every shortest path, up to limit.
    var dist = new Int32Array(N).fill(-1), parents = [], queue = [a], head = 0;
    for (var i = 0; i < N; i++) { parents.push(null); }
    dist[a] = 0; parents[a] = [];
    while (head < queue.length) {
      var n = queue[head++];
      if (n === b) { break; }
      var next = neighbours(n);
      for (var j = 0; j < next.length; j++) {
        var m = next[j];
        if (dist[m] < 0) { dist[m] = dist[n] + 1; parents[m] = [n]; queue.push(m); }
        else if (dist[m] === dist[n] + 1 && parents[m].indexOf(n) < 0) { parents[m].push(n); }
      }
    }
    if (dist[b] < 0) { return []; }
    var paths = [];
    (function walk(n, tail) {
      if (paths.length >= limit) { return; }
      if (n === a) { paths.push([a].concat(tail)); return; }
      parents[n].slice().sort(function (x, y) { return x - y; }).forEach(function (p) { walk(p, [n].concat(tail)); });
    })(b, []);
    return paths;
  }
  function between(a, b) {
    return outs[a].filter(function (e) { return ED.target[e] === b; }).concat(ins[a].filter(function (e) { return ED.source[e] === b; }));
  }
  function renderPath(a, b) {
    panel.textContent = "";
    view.facts = [];
    var home = el("a", "muted", "← " + t("back")); home.href = "#/"; panel.appendChild(home);
    var h = el("h2"); h.id = "path-title";
    append(h, [nodeLink(a), " ↔ ", nodeLink(b)]);
    panel.appendChild(h);
    var paths = shortestPaths(a, b, 10);
    var nodes = new Set([a, b]), edges = new Set();
    if (!paths.length) { panel.appendChild(el("p", "empty", t("noPath"))); }
    else { panel.appendChild(el("p", "meta", t("pathTitle") + ": " + paths.length + " · " + (paths[0].length - 1) + " " + t("hops"))); }
    paths.forEach(function (path, number) {
      var box = el("div", "path"); box.setAttribute("data-path", String(number));
      box.appendChild(el("h3", null, (number + 1) + ". " + path.map(function (n) { return ND.label[n]; }).join(" — ")));
      var ul = el("ul"); box.appendChild(ul);
      for (var i = 0; i + 1 < path.length; i++) {
        var x = path[i], y = path[i + 1];
        nodes.add(x); nodes.add(y);
        var hop = el("li", "hop"); hop.setAttribute("data-hop", i);
        append(hop, [nodeLink(x), " — ", nodeLink(y)]);
        var facts = el("ul");
        between(x, y).forEach(function (e) {
          edges.add(e);
          var s = ED.source[e], d = ED.target[e];
          var parts = [ND.label[s] + " → " + ND.label[d] + " · " + (ED.role[e] || relationName(ED.relation[e]))];
          var when = span(ED.start[e], ED.end[e]);
          if (when) { parts.push(" · " + when); }
          facts.appendChild(factItem(parts, edgeFacts(e), [t("pathTitle") + " " + (number + 1), ND.label[s], relationName(ED.relation[e]), ED.role[e], ND.label[d], ED.start[e], ED.end[e]]));
        });
        hop.appendChild(facts);
        ul.appendChild(hop);
      }
      panel.appendChild(box);
    });
    setFocus(nodes, edges, [a, b]);
  }

  // ------------------------------------------------------------ exports
  function csvCell(value) {
    var s = String(value === undefined || value === null ? "" : value);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; } // a spreadsheet must not run a cell as a formula
    return /[",\n\r]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
  }
  function csvText() {
    var head = ["section", "subject", "relation", "role", "object", "start", "end", "sentence", "article_title", "article_date", "article_url", "fact"];
    return [head].concat(view.facts).map(function (row) { return row.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }
  function download(name, url) {
    var a = document.createElement("a");
    a.href = url; a.download = name; a.style.display = "none";
    document.body.appendChild(a); a.click(); document.body.removeChild(a);
  }
  function pngURL() { moving = false; draw(); return canvas.toDataURL("image/png"); }
  function fileStem() { return view.name === "overview" ? "overview" : view.name + "-" + (view.key || "").replace(/[^\w\u4e00-\u9fff-]+/g, "_").slice(-60); }
  document.getElementById("export-png").addEventListener("click", function () { download(fileStem() + ".png", pngURL()); });
  document.getElementById("export-csv").addEventListener("click", function () {
    download(fileStem() + ".csv", "data:text/csv;charset=utf-8," + encodeURIComponent("\ufeff" + csvText()));
  });

  // ------------------------------------------------------------ language
  var langButton = document.getElementById("lang");
  function applyLanguage() {
    root.setAttribute("lang", lang === "zh" ? "zh" : "en");
    document.title = t("title");
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (node) { node.textContent = t(node.getAttribute("data-i18n")); });
    searchInput.placeholder = t("search");
    langButton.textContent = t("lang");
    langButton.setAttribute("lang", lang === "zh" ? "en" : "zh");
  }
  langButton.addEventListener("click", function () {
    lang = lang === "zh" ? "en" : "zh";
    try { window.localStorage.setItem("kg-lang", lang); } catch (e) { /* storage may be off for file: pages */ }
    applyLanguage();
    route();
  });
  document.getElementById("home").href = "#/";

  // ------------------------------------------------------------ routing
  function go(hash) {
    if (window.location.hash === hash) { route(); } else { window.location.hash = hash; }
  }
  function decodePart(part) { try { return decodeURIComponent(part); } catch (e) { return part; } }
  function route() {
    root.setAttribute("data-state", "loading");
    var hash = window.location.hash.replace(/^#/, "") || "/";
    var query = "", at = hash.indexOf("?");
    if (at >= 0) { query = hash.slice(at + 1); hash = hash.slice(0, at); }
    var parts = hash.split("/");
    if (parts[1] === "node" && parts.length >= 3) {
      var key = decodePart(parts.slice(2).join("/"));
      view = { name: "node", key: key, facts: [] };
      applyFilters();
      if (index.has(key)) { renderNode(index.get(key)); } else { notFound(key); }
    } else if (parts[1] === "path" && parts.length >= 4) {
      var a = decodePart(parts[2]), b = decodePart(parts.slice(3).join("/"));
      view = { name: "path", key: a + "_" + b, facts: [] };
      applyFilters();
      if (index.has(a) && index.has(b)) { renderPath(index.get(a), index.get(b)); } else { notFound(index.has(a) ? b : a); }
    } else {
      view = { name: "overview", facts: [] };
      readFilters(query);
      applyFilters();
      focus = null;
      renderOverview();
      var shown = [];
      for (var n = 0; n < N; n++) { if (visible[n]) { shown.push(n); } }
      fit(shown.length ? shown : importance);
    }
    root.setAttribute("data-view", view.name);
    if (searchInput.value.trim()) { showMatches(searchInput.value); }
    draw();
    root.setAttribute("data-state", "ready");
    if (window.performance && performance.mark && !performance.getEntriesByName("kg-ready").length) { performance.mark("kg-ready"); }
  }
  function notFound(key) {
    panel.textContent = "";
    focus = null;
    var home = el("a", "muted", "← " + t("back")); home.href = "#/"; panel.appendChild(home);
    panel.appendChild(el("h2", null, t("unknown")));
    panel.appendChild(el("p", "iri", key));
  }
  window.addEventListener("hashchange", route);
  window.addEventListener("resize", resize);

  // For scripts and tests: the current view's facts and pictures, and a way to measure drawing.
  window.KG = {
    index: index, data: D, nodes: ND, edges: ED,
    camera: function () { return { x: cam.x, y: cam.y, k: cam.k }; },
    setCamera: function (x, y, k) { cam.x = x; cam.y = y; cam.k = k; moved(); draw(); },
    screenOf: function (id) { return index.has(id) ? screenOf(index.get(id)) : null; },
    visibleCount: function () { var c = 0; for (var n = 0; n < N; n++) { c += visible[n]; } return c; },
    visibleIds: function () { return ND.id.filter(function (id, n) { return visible[n] === 1; }); },
    facts: function () { return view.facts.slice(); },
    csv: csvText, png: pngURL, matches: function (q) { return matches(q).map(function (n) { return ND.id[n]; }); },
    draw: draw
  };

  W = stage.clientWidth; H = stage.clientHeight;
  applyLanguage();
  resize();
  route();
})();
