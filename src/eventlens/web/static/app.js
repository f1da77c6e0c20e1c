/* eventlens web UI.
 *
 * Article text is untrusted input: every string that comes from the API is put into the
 * page with textContent / createTextNode (through el()), never innerHTML. Links are built
 * from our own paths with encodeURIComponent, never from article URLs.
 */
"use strict";

const FILTER_KEYS = ["a", "b", "type", "quad_class", "factuality", "start", "end", "text", "doc_id"];
const QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const QUAD_COLOURS = {1: "#74c476", 2: "#238b45", 3: "#fb6a4a", 4: "#a50f15"};
const STATE_COLOURS = {cooperative: "#2e7d32", hostile: "#c62828", mixed: "#f9a825", none: "#e0e0e0"};
const PAGE_SIZE = 50;

/* ------------------------------------------------------------------ DOM helpers */

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = String(v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

function currentFilters() {
  const params = new URLSearchParams(location.search);
  const out = {};
  for (const k of FILTER_KEYS) { const v = params.get(k); if (v) out[k] = v; }
  return out;
}

function query(obj) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) if (v !== undefined && v !== null && v !== "") p.set(k, v);
  const s = p.toString();
  return s ? "?" + s : "";
}

function pageLink(path, extra) {
  return path + query(Object.assign({}, currentFilters(), extra || {}));
}

async function api(path, params) {
  const res = await fetch("/api/" + path + query(params || {}), {headers: {Accept: "application/json"}});
  if (!res.ok) {
    let detail = res.statusText;
    try { detail = (await res.json()).detail || detail; } catch (e) { /* not JSON */ }
    throw new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
  }
  return res.json();
}

function showError(container, err) {
  container.append(el("p", {class: "error", text: "Error: " + (err && err.message ? err.message : err)}));
}

/* ------------------------------------------------------------------ event pieces */

function actorLabel(a) {
  if (!a) return "—";
  return (a.name || a.id || a.text || "?") + (a.id && a.name && a.name !== a.id ? " (" + a.id + ")" : "");
}

function dateLabel(d) {
  if (!d || (!d.start && !d.end)) return "undated";
  if (d.precision === "year" && d.start) return d.start.slice(0, 4);
  if (d.precision === "month" && d.start) return d.start.slice(0, 7);
  if (d.precision === "decade" && d.start) return d.start.slice(0, 3) + "0s";
  if (d.start === d.end || !d.end) return d.start || "…";
  return (d.start || "…") + " – " + d.end;
}

function factBadge(f) {
  const v = f || "asserted";
  return el("span", {class: "badge fact-" + v.replace(/[^a-z]/g, ""), title: "factuality", text: v});
}

function quadDot(q) {
  return el("span", {class: "quad quad-" + (Number(q) || 0), title: QUAD_NAMES[q] || ""});
}

/* Ranges [start, end, class] inside the evidence sentence, non-overlapping, trigger first. */
function highlightRanges(e) {
  const ev = e.evidence || {};
  const text = ev.text || "";
  const base = Number(ev.start) || 0;
  const ranges = [];
  const add = (s, t, cls) => {
    if (s === null || s < 0 || t > text.length || t <= s) return;
    if (ranges.some(r => s < r[1] && r[0] < t)) return;
    ranges.push([s, t, cls]);
  };
  const find = (needle) => {
    if (!needle) return -1;
    let i = text.indexOf(needle);
    if (i < 0) i = text.toLowerCase().indexOf(String(needle).toLowerCase());
    return i;
  };
  if (ev.trigger_start !== undefined && ev.trigger_start !== null && ev.trigger_end !== null) {
    add(ev.trigger_start - base, ev.trigger_end - base, "trigger");
  } else if (ev.trigger) {
    const i = find(ev.trigger);
    if (i >= 0) add(i, i + ev.trigger.length, "trigger");
  }
  for (const [role, cls] of [["source", "source"], ["target", "target"], ["attributed_to", "attributed"]]) {
    const a = e[role];
    if (a && a.text) { const i = find(a.text); if (i >= 0) add(i, i + a.text.length, cls); }
  }
  return ranges.sort((x, y) => x[0] - y[0]);
}

/* The evidence sentence as text nodes with <mark>s; all content through textContent. */
function highlightedSentence(e) {
  const text = (e.evidence && e.evidence.text) || "";
  const span = el("span", {class: "sentence"});
  let at = 0;
  for (const [s, t, cls] of highlightRanges(e)) {
    if (s > at) span.append(document.createTextNode(text.slice(at, s)));
    span.append(el("mark", {class: cls, title: cls, text: text.slice(s, t)}));
    at = t;
  }
  if (at < text.length) span.append(document.createTextNode(text.slice(at)));
  return span;
}

function readerLink(e, label) {
  return el("a", {href: pageLink("/reader/" + encodeURIComponent(e.doc_id), {event: e.event_id}),
                  class: "reader-link", text: label || "open in document"});
}

function eventDetail(e) {
  const d = e.date || {};
  const loc = e.location;
  const box = el("div", {id: "event-detail", class: "panel", "data-event-id": e.event_id},
    el("h3", {}, quadDot(e.quad_class), (e.type || "?") + (e.mode ? " / " + e.mode : ""), " ", factBadge(e.factuality)),
    el("div", {class: "evidence"}, highlightedSentence(e)),
    el("dl", {},
      el("dt", {text: "source"}), el("dd", {text: actorLabel(e.source)}),
      el("dt", {text: "target"}), el("dd", {text: actorLabel(e.target)}),
      el("dt", {text: "when"}), el("dd", {text: dateLabel(d) + (d.text ? " (“" + d.text + "”, " + (d.basis || "") + ")" : "")}),
      el("dt", {text: "where"}), el("dd", {text: loc ? [loc.name, loc.country].filter(Boolean).join(", ") + (loc.basis ? " (" + loc.basis + ")" : "") : "—"}),
      el("dt", {text: "CAMEO"}), el("dd", {text: (e.cameo || "") + " · Goldstein " + e.goldstein + " · quad " + e.quad_class}),
      el("dt", {text: "claimed by"}), el("dd", {text: e.attributed_to ? actorLabel(e.attributed_to) : "the author"}),
      el("dt", {text: "document"}), el("dd", {}, el("span", {text: (e.title || e.doc_id) + (e.outlet ? " — " + e.outlet : "") + (e.published ? " (" + e.published + ")" : "")})),
      el("dt", {text: "confidence"}), el("dd", {text: e.confidence})),
    readerLink(e));
  return box;
}

/* ------------------------------------------------------------------ pages */

async function pageEvents(main) {
  const f = currentFilters();
  const offset = Number(new URLSearchParams(location.search).get("offset") || 0);
  const data = await api("events", Object.assign({}, f, {limit: PAGE_SIZE, offset}));
  const heading = el("h2", {text: data.total + " events" + (f.a && f.b ? " between " + f.a + " and " + f.b : f.a ? " involving " + f.a : "")});
  const tbody = el("tbody");
  const detail = el("div", {id: "detail-slot"}, el("p", {class: "muted", text: "Click an event to see its evidence."}));
  for (const e of data.events) {
    const row = el("tr", {class: "event-row", "data-event-id": e.event_id},
      el("td", {text: dateLabel(e.date)}),
      el("td", {text: actorLabel(e.source)}),
      el("td", {}, quadDot(e.quad_class), e.type + (e.mode ? "/" + e.mode : "")),
      el("td", {text: actorLabel(e.target)}),
      el("td", {}, factBadge(e.factuality)),
      el("td", {}, highlightedSentence(e)),
      el("td", {}, el("a", {href: pageLink("/reader/" + encodeURIComponent(e.doc_id), {event: e.event_id}), text: e.title || e.doc_id})));
    row.addEventListener("click", (ev) => {
      if (ev.target.closest("a")) return;
      for (const r of tbody.querySelectorAll("tr.selected")) r.classList.remove("selected");
      row.classList.add("selected");
      clear(detail).append(eventDetail(e));
    });
    tbody.append(row);
  }
  const table = el("table", {class: "data", id: "events-table"},
    el("thead", {}, el("tr", {}, ["date", "source", "event", "target", "factuality", "evidence", "document"].map(h => el("th", {text: h})))),
    tbody);
  const pager = el("div", {class: "pager"},
    offset > 0 ? el("a", {href: pageLink("/events", {offset: Math.max(0, offset - PAGE_SIZE)}), text: "← previous"}) : null,
    el("span", {class: "muted", text: data.total ? (offset + 1) + "–" + (offset + data.events.length) + " of " + data.total : "no events match"}),
    offset + PAGE_SIZE < data.total ? el("a", {href: pageLink("/events", {offset: offset + PAGE_SIZE}), text: "next →"}) : null);
  const links = f.a && f.b ? el("p", {}, el("a", {href: pageLink("/timeline"), text: "Timeline of this dyad"}), " · ",
                                       el("a", {href: pageLink("/network"), text: "Network"}), " · ",
                                       el("a", {href: pageLink("/map"), text: "Map"})) : null;
  main.append(heading, links, el("div", {class: "layout"}, el("div", {}, table, pager), detail));
}

function timelineSpec(periods, width, shifts) {
  const long = [];
  for (const p of periods) {
    long.push({period: p.period, kind: "verbal cooperation", n: p.verbal_cooperation, order: 1});
    long.push({period: p.period, kind: "material cooperation", n: p.material_cooperation, order: 2});
    long.push({period: p.period, kind: "verbal conflict", n: -p.verbal_conflict, order: 3});
    long.push({period: p.period, kind: "material conflict", n: -p.material_conflict, order: 4});
  }
  const states = periods.map(p => ({period: p.period, state: p.state, events: p.events,
                                    goldstein: p.mean_goldstein, net: p.net_cooperation}));
  const x = {field: "period", type: "ordinal", title: null, sort: null};
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    vconcat: [
      {width: width, height: 18, data: {values: states}, mark: {type: "rect", tooltip: true},
       encoding: {x: Object.assign({}, x, {axis: null}),
                  color: {field: "state", type: "nominal", title: "relation state",
                          scale: {domain: Object.keys(STATE_COLOURS), range: Object.values(STATE_COLOURS)}},
                  tooltip: [{field: "period"}, {field: "state"}, {field: "events"}, {field: "net", title: "net cooperation"}]}},
      {width: width, height: 260, layer: [
        {data: {values: long}, mark: {type: "bar", tooltip: true},
         encoding: {x: x, y: {field: "n", type: "quantitative", title: "events (conflict below 0)", stack: "zero"},
                    color: {field: "kind", type: "nominal", title: "quad class",
                            scale: {domain: ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"],
                                    range: [QUAD_COLOURS[1], QUAD_COLOURS[2], QUAD_COLOURS[3], QUAD_COLOURS[4]]}},
                    order: {field: "order"}}},
        {data: {values: (shifts || []).map(s => ({period: s.after_period, shift: s.before_state + " → " + s.after_state + " (" + s.direction + ")"}))},
         mark: {type: "rule", strokeDash: [4, 3], strokeWidth: 2, color: "#5e35b1", tooltip: true},
         encoding: {x: x, tooltip: [{field: "period", title: "shift in"}, {field: "shift"}]}},
        {data: {values: states.filter(s => s.goldstein !== null)},
         mark: {type: "line", point: true, color: "#2c3e50", tooltip: true},
         encoding: {x: x, y: {field: "goldstein", type: "quantitative", title: "mean Goldstein", scale: {domain: [-10, 10]}}}}],
       resolve: {scale: {y: "independent"}}}],
    resolve: {scale: {color: "independent"}},
    config: {view: {stroke: null}},
  };
}

async function pageTimeline(main) {
  const f = currentFilters();
  const by = new URLSearchParams(location.search).get("by") || "year";
  if (!f.a || !f.b) {
    main.append(el("h2", {text: "Dyad timeline"}), el("p", {class: "muted", text: "Choose two actors (Actor A and Actor B) in the filter bar and press Apply."}));
    return;
  }
  const data = await api("timeline", {a: f.a, b: f.b, by});
  const chart = el("div", {id: "timeline-chart", style: "width: 100%"});
  const byLinks = el("p", {}, "Period: ",
    el("a", {href: pageLink("/timeline", {by: "year"}), text: "year"}), " · ",
    el("a", {href: pageLink("/timeline", {by: "month"}), text: "month"}), " · ",
    el("a", {href: pageLink("/events"), text: "events of this dyad"}));
  main.append(el("h2", {text: "Timeline " + data.a + " – " + data.b + " by " + data.by}), byLinks,
              el("div", {class: "panel"}, chart));
  const note = el("p", {class: "muted", text: "Counted: asserted and reported events with a date. " + data.undated +
    " undated events not shown. States: cooperative when net cooperation ≥ " + data.thresholds.cooperative_at +
    ", hostile when ≤ " + data.thresholds.hostile_at + ", mixed between."});
  main.append(note);
  if (!data.periods.length) {
    chart.append(el("p", {class: "muted", text: "No dated, counted events between these actors."}));
  } else {
    const result = await vegaEmbed(chart, timelineSpec(data.periods, Math.max(300, chart.clientWidth - 260), data.shifts), {actions: false, renderer: "svg"});
    chart.setAttribute("data-rendered", "true");
    window.__timelineView = result.view;
  }
  main.append(el("h3", {text: "Shifts (" + data.shifts.length + ")"}));
  const shifts = el("div", {id: "shifts"});
  for (const s of data.shifts) {
    const card = el("div", {class: "card shift"},
      el("strong", {}, s.before_period + " ", el("span", {class: "state-" + s.before_state, text: s.before_state}),
         " → " + s.after_period + " ", el("span", {class: "state-" + s.after_state, text: s.after_state})),
      " (" + s.direction + ")");
    for (const [label, evs] of [["before", s.before_events], ["after", s.after_events]]) {
      for (const e of evs.slice(0, 4)) {
        card.append(el("div", {class: "shift-event"}, el("span", {class: "muted", text: label + " · " + dateLabel(e.date) + " · "}),
                       factBadge(e.factuality), " ", highlightedSentence(e), " ", readerLink(e, "source")));
      }
    }
    shifts.append(card);
  }
  if (!data.shifts.length) shifts.append(el("p", {class: "muted", text: "No change of state."}));
  main.append(shifts);
  const tbody = el("tbody");
  for (const p of data.periods.filter(p => p.events)) {
    tbody.append(el("tr", {},
      el("td", {}, el("a", {href: pageLink("/events", {start: p.period, end: p.period}), text: p.period})),
      el("td", {text: p.events}), el("td", {text: p.verbal_cooperation}), el("td", {text: p.material_cooperation}),
      el("td", {text: p.verbal_conflict}), el("td", {text: p.material_conflict}),
      el("td", {text: p.mean_goldstein}), el("td", {text: p.net_cooperation}),
      el("td", {class: "state-" + p.state, text: p.state})));
  }
  main.append(el("h3", {text: "Periods"}), el("table", {class: "data", id: "periods-table"},
    el("thead", {}, el("tr", {}, ["period", "events", "verbal coop.", "material coop.", "verbal conflict", "material conflict", "mean Goldstein", "net cooperation", "state"].map(h => el("th", {text: h})))),
    tbody));
}

async function pageNetwork(main) {
  const f = currentFilters();
  const params = new URLSearchParams(location.search);
  const windowLen = params.get("window") || "5y";
  const data = await api("network", {window: windowLen});
  const wins = data.windows;
  main.append(el("h2", {text: "Actor network (" + windowLen + " windows)"}));
  const choose = el("p", {}, "Window length: ", ...["1y", "5y", "10y", "all"].flatMap((w, i) => [
    i ? " · " : null, el("a", {href: pageLink("/network", {window: w}), text: w})]));
  main.append(choose);
  if (!wins.length) { main.append(el("p", {class: "muted", text: "No relations between resolved actors yet."})); return; }
  const label = el("strong", {id: "window-label"});
  const slider = el("input", {type: "range", id: "window-slider", min: 0, max: wins.length - 1, step: 1, value: 0});
  const legend = el("div", {class: "legend"},
    el("span", {}, el("i", {style: "background:#2e7d32"}), "cooperation"),
    el("span", {}, el("i", {style: "background:#c62828"}), "conflict"),
    el("span", {}, el("i", {style: "background:#9e9e9e"}), "neutral"));
  const cyBox = el("div", {id: "cy"});
  const side = el("div", {id: "network-side"});
  main.append(el("div", {class: "slider"}, el("span", {text: "Time"}), slider, label), legend, cyBox, side);
  const focus = new Set([f.a, f.b].filter(Boolean).map(s => s.toUpperCase()));
  const cy = cytoscape({
    container: cyBox, elements: [], maxZoom: 2.2, minZoom: 0.2,
    style: [
      {selector: "node", style: {"label": "data(label)", "font-size": 11, "background-color": "#5c6bc0",
        "width": "data(size)", "height": "data(size)", "color": "#222", "text-valign": "bottom", "text-margin-y": 3}},
      {selector: "node.focus", style: {"background-color": "#ff8f00", "border-width": 2, "border-color": "#e65100"}},
      {selector: "edge", style: {"width": "data(width)", "line-color": "data(colour)", "curve-style": "bezier", "opacity": 0.85,
        "label": "data(n)", "font-size": 9, "color": "#555"}},
    ],
  });
  window.__cy = cy;
  cy.on("tap", "edge", (evt) => {
    const d = evt.target.data();
    const w = wins[Number(slider.value)];
    location.href = "/events" + query({a: d.source, b: d.target, start: w.start, end: w.end});
  });
  const show = (i) => {
    const w = wins[i];
    label.textContent = w.window + " — " + w.nodes.length + " actors, " + w.edges.length + " relations";
    const elements = [];
    for (const n of w.nodes) {
      elements.push({group: "nodes", classes: focus.has(n.id) || focus.has(String(n.label).toUpperCase()) ? "focus" : "",
        data: {id: n.id, label: n.label && n.label !== n.id ? n.label + " (" + n.id + ")" : n.id, size: 18 + 6 * Math.sqrt(n.degree || 0)}});
    }
    for (const e of w.edges) {
      elements.push({group: "edges", data: {id: e.source + "|" + e.target, source: e.source, target: e.target, n: e.events,
        width: 1.5 + Math.min(8, Math.log2(1 + e.weight)),
        colour: e.sign > 0 ? "#2e7d32" : e.sign < 0 ? "#c62828" : "#9e9e9e"}});
    }
    cy.elements().remove();
    cy.add(elements);
    cy.layout({name: w.nodes.length > 1 ? "cose" : "grid", animate: false, randomize: false, padding: 30}).run();
    cyBox.setAttribute("data-nodes", String(cy.nodes().length));
    cyBox.setAttribute("data-edges", String(cy.edges().length));
    clear(side);
    const rows = w.nodes.slice().sort((x, y) => (y.betweenness - x.betweenness) || (y.degree - x.degree));
    side.append(el("h3", {text: "Centrality"}), el("table", {class: "data", id: "centrality-table"},
      el("thead", {}, el("tr", {}, ["actor", "degree", "betweenness", "strength", "+ ties", "− ties"].map(h => el("th", {text: h})))),
      el("tbody", {}, rows.map(n => el("tr", {}, el("td", {text: n.label + " (" + n.id + ")"}), el("td", {text: n.degree}),
        el("td", {text: n.betweenness}), el("td", {text: n.strength}), el("td", {text: n.positive}), el("td", {text: n.negative}))))));
    side.append(el("h3", {text: "Structural balance: " + w.triads.length + " signed triads" +
                          (w.balance_ratio === null ? "" : ", " + Math.round(100 * w.balance_ratio) + "% balanced")}));
    const ul = el("ul", {id: "unbalanced"});
    for (const t of w.unbalanced) ul.append(el("li", {text: t.actors.join(" – ") + "  " + t.pattern + " (unbalanced)"}));
    if (!w.unbalanced.length) ul.append(el("li", {class: "muted", text: "no unbalanced triads"}));
    side.append(ul);
  };
  slider.addEventListener("input", () => show(Number(slider.value)));
  // start at the first window that holds a focus actor, else the busiest window
  let start = wins.findIndex(w => w.nodes.some(n => focus.has(n.id)));
  if (start < 0) start = wins.reduce((best, w, i) => w.edges.length > wins[best].edges.length ? i : best, 0);
  slider.value = String(start);
  show(start);
}

async function pageReader(main, docId) {
  if (!docId) {
    const docs = await api("documents");
    main.append(el("h2", {text: docs.length + " documents"}));
    main.append(el("table", {class: "data", id: "documents-table"},
      el("thead", {}, el("tr", {}, ["title", "outlet", "published", "events", "sentences"].map(h => el("th", {text: h})))),
      el("tbody", {}, docs.map(d => el("tr", {},
        el("td", {}, el("a", {href: "/reader/" + encodeURIComponent(d.doc_id), text: d.title || d.doc_id})),
        el("td", {text: d.source || ""}), el("td", {text: d.published || ""}),
        el("td", {text: d.n_events}), el("td", {text: d.n_sentences}))))));
    return;
  }
  const doc = await api("documents/" + encodeURIComponent(docId));
  const wanted = new URLSearchParams(location.search).get("event");
  const text = doc.text || "";
  const events = doc.events || [];
  const bySentence = new Map();
  for (const e of events) {
    const s = e.evidence ? e.evidence.start : null;
    if (!bySentence.has(s)) bySentence.set(s, []);
    bySentence.get(s).push(e);
  }
  const reader = el("div", {class: "reader", id: "reader"});
  const sentences = (doc.sentences && doc.sentences.length) ? doc.sentences : [{index: 0, start: 0, end: text.length}];
  const spanOf = new Map();
  let at = 0;
  for (const s of sentences) {
    if (s.start > at) reader.append(document.createTextNode(text.slice(at, s.start)));
    const evs = bySentence.get(s.start) || [];
    const span = el("span", {class: "sentence-span" + (evs.length ? " has-event" : ""), id: "s-" + s.index});
    // triggers of this sentence's events, in document offsets
    const marks = evs.filter(e => e.evidence && e.evidence.trigger_start !== null && e.evidence.trigger_start !== undefined)
      .map(e => [e.evidence.trigger_start, e.evidence.trigger_end]).sort((x, y) => x[0] - y[0]);
    let end = s.end;  // trailing blank lines stay outside the sentence's box
    while (end > s.start && /\s/.test(text[end - 1])) end--;
    let pos = s.start;
    for (const [ts, te] of marks) {
      if (ts < pos || te > end) continue;
      span.append(document.createTextNode(text.slice(pos, ts)));
      span.append(el("mark", {class: "trigger", text: text.slice(ts, te)}));
      pos = te;
    }
    span.append(document.createTextNode(text.slice(pos, end)));
    if (evs.length) span.addEventListener("click", () => select(evs[0]));
    for (const e of evs) spanOf.set(e.event_id, span);
    reader.append(span);
    at = end;
  }
  if (at < text.length) reader.append(document.createTextNode(text.slice(at)));
  const detail = el("div", {id: "detail-slot"});
  const list = el("ol", {class: "event-list"});
  for (const e of events) {
    list.append(el("li", {"data-event-id": e.event_id, onclick: () => select(e)},
      quadDot(e.quad_class), e.type + " ", el("span", {class: "muted", text: actorLabel(e.source) + " → " + actorLabel(e.target) + " · " + dateLabel(e.date) + " "}),
      factBadge(e.factuality)));
  }
  function select(e) {
    for (const s of reader.querySelectorAll(".selected")) s.classList.remove("selected");
    const span = spanOf.get(e.event_id);
    if (span) { span.classList.add("selected"); span.scrollIntoView({block: "center"}); }
    clear(detail).append(eventDetail(e));
  }
  main.append(el("h2", {text: doc.title || doc.doc_id}),
    el("p", {class: "muted", text: [doc.source, doc.published, doc.doc_id, events.length + " events"].filter(Boolean).join(" · ")}),
    el("div", {class: "layout"}, reader, el("div", {}, detail, el("h3", {text: "Events in this document"}), list)));
  const first = events.find(e => e.event_id === wanted);
  if (first) select(first);
}

/* A contradiction key ({family, source, target, period}) as one readable line. */
function conflictLabel(key) {
  let k = key;
  if (typeof k === "string") { try { k = JSON.parse(k); } catch (e) { return k; } }
  if (!k || typeof k !== "object") return String(key);
  const p = k.period || {};
  const sameYear = p.start && p.end && p.start.slice(0, 4) === p.end.slice(0, 4);
  const period = sameYear ? p.start.slice(0, 4) : (p.start || p.end ? (p.start || "…") + " – " + (p.end || "…") : "");
  const actors = (k.source || "?") + (k.symmetric ? " – " : " → ") + (k.target || "?");
  return [k.family || k.type, actors, period].filter(Boolean).join(" · ");
}

async function pageConflicts(main) {
  const groups = await api("conflicts");
  main.append(el("h2", {text: groups.length + " contradictions"}),
    el("p", {class: "muted", text: "Mentions of one event that disagree: on the left the sources saying it happened (asserted, reported), on the right those denying or negating it."}));
  const wrap = el("div", {id: "conflicts"});
  for (const g of groups) {
    const side = (title, evs) => el("div", {class: "side"}, el("h4", {text: title + " (" + evs.length + ")"}),
      evs.map(e => el("div", {class: "card"}, factBadge(e.factuality), " ",
        el("span", {class: "muted", text: (e.attributed_to ? actorLabel(e.attributed_to) + " · " : "") + (e.outlet || e.title || e.doc_id) + " "}),
        el("div", {class: "evidence"}, highlightedSentence(e)), readerLink(e))));
    wrap.append(el("div", {class: "group"},
      el("h3", {text: conflictLabel(g.key)}),
      g.reason ? el("p", {class: "muted", text: g.reason}) : null,
      el("div", {class: "sides"}, side("Says it happened", g.sides.affirm), side("Says it did not", g.sides.deny))));
  }
  if (!groups.length) wrap.append(el("p", {class: "muted", text: "No contradictions in this store."}));
  main.append(wrap);
}

function mapSpec(points) {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: "container", height: 460,
    projection: {type: "equalEarth"},
    layer: [
      {data: {url: "/static/vendor/countries-110m.json", format: {type: "topojson", feature: "countries"}},
       mark: {type: "geoshape", fill: "#e8ebf0", stroke: "#9aa3b2", strokeWidth: 0.5}},
      {data: {values: points},
       mark: {type: "circle", size: 90, opacity: 0.8, stroke: "#fff", strokeWidth: 0.8, tooltip: true, cursor: "pointer"},
       encoding: {longitude: {field: "lon", type: "quantitative"}, latitude: {field: "lat", type: "quantitative"},
                  color: {field: "quad", type: "nominal", title: "quad class",
                          scale: {domain: Object.values(QUAD_NAMES), range: Object.values(QUAD_COLOURS)}},
                  tooltip: [{field: "place"}, {field: "type"}, {field: "date"}, {field: "source"}, {field: "target"}, {field: "factuality"}]}},
    ],
  };
}

async function pageMap(main) {
  const f = currentFilters();
  const data = await api("map", f);
  const points = data.points.map(p => Object.assign({}, p, {quad: QUAD_NAMES[p.quad_class] || "other"}));
  main.append(el("h2", {text: "Map: " + data.located + " of " + data.total + " matching events have a place"}));
  const box = el("div", {id: "map-chart", style: "width: 100%"});
  const detail = el("div", {id: "detail-slot"});
  main.append(el("div", {class: "layout"}, el("div", {class: "panel"}, box), detail));
  const result = await vegaEmbed(box, mapSpec(points), {actions: false, renderer: "svg"});
  box.setAttribute("data-rendered", "true");
  window.__mapView = result.view;
  const open = async (id) => { clear(detail).append(eventDetail(await api("events/" + encodeURIComponent(id)))); };
  result.view.addEventListener("click", (ev, item) => { if (item && item.datum && item.datum.event_id) open(item.datum.event_id); });
  const tbody = el("tbody");
  for (const p of points) {
    tbody.append(el("tr", {class: "event-row", "data-event-id": p.event_id, onclick: () => open(p.event_id)},
      el("td", {text: dateLabel({start: p.date, end: p.date, precision: p.precision})}), el("td", {text: p.place || ""}), el("td", {text: p.country || ""}),
      el("td", {}, quadDot(p.quad_class), p.type), el("td", {text: (p.source || "?") + " → " + (p.target || "—")}),
      el("td", {}, factBadge(p.factuality))));
  }
  main.append(el("h3", {text: "Located events"}), el("table", {class: "data", id: "map-table"},
    el("thead", {}, el("tr", {}, ["date", "place", "country", "event", "actors", "factuality"].map(h => el("th", {text: h})))), tbody));
}

/* ------------------------------------------------------------------ shell */

function setupFilters() {
  const form = document.getElementById("filters");
  const f = currentFilters();
  for (const k of FILTER_KEYS) if (form.elements[k]) form.elements[k].value = f[k] || "";
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const vals = {};
    for (const k of FILTER_KEYS) if (form.elements[k] && form.elements[k].value.trim()) vals[k] = form.elements[k].value.trim();
    const keep = new URLSearchParams(location.search);
    for (const k of ["by", "window"]) if (keep.get(k)) vals[k] = keep.get(k);
    const path = location.pathname === "/" ? "/events" : location.pathname;
    location.href = path + query(vals);
  });
  document.getElementById("clear").addEventListener("click", () => { location.href = location.pathname; });
  api("actors").then(actors => {
    const list = document.getElementById("actor-list");
    for (const a of actors) {
      if (!a.id) continue;
      const o = document.createElement("option");
      o.value = a.name || a.id;
      o.label = a.id + " · " + a.events + " events";
      list.append(o);
    }
  }).catch(() => { /* the datalist is a convenience */ });
}

async function route() {
  const main = clear(document.getElementById("main"));
  const parts = location.pathname.split("/").filter(Boolean);
  const page = parts[0] || "events";
  for (const a of document.querySelectorAll("#nav a[data-page]")) {
    a.classList.toggle("active", a.dataset.page === page);
    a.href = pageLink("/" + a.dataset.page);
  }
  document.body.dataset.page = page;
  try {
    if (page === "timeline") await pageTimeline(main);
    else if (page === "network") await pageNetwork(main);
    else if (page === "reader") await pageReader(main, parts[1] ? decodeURIComponent(parts[1]) : null);
    else if (page === "conflicts") await pageConflicts(main);
    else if (page === "map") await pageMap(main);
    else await pageEvents(main);
  } catch (err) {
    showError(main, err);
  }
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", () => { setupFilters(); route(); });
