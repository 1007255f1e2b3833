"""The explorer's own widgets: a search box, a paged sortable table, the highlighted text with
its legend, and a file download. Small `anywidget <https://anywidget.dev>`_ components.

Why custom widgets and not only ipywidgets' built-ins: an ``HTML`` widget cannot report a
click on a table row, scroll to a sentence, or hide a highlight layer without a round trip,
and ``Select`` cannot show columns or sort. anywidget ships its JupyterLab extension prebuilt
in the wheel (nothing is fetched at run time) and keeps each component to a short ES module.

They stay display-only: Python hands them rows and escaped HTML (article text is untrusted:
the table writes cells with ``textContent``; the text view's HTML comes from
:func:`newslens.display.highlight_html`, which escapes everything); the browser only sorts
nothing, computes nothing, and sends back what was clicked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anywidget
import traitlets

CSS = """
.nl-table-widget { overflow-x: auto; max-width: 100%; contain: content; }
.nl-table-widget[data-name="article-findings"] { max-height: 36em; overflow-y: auto; }
.nl-table-widget[data-name="articles"], .nl-table-widget[data-name="corpus-findings"] {
  min-height: var(--nl-rows-height, 34em); }
.nl-table { border-collapse: collapse; width: 100%; font-size: 13px; table-layout: auto; }
.nl-table th, .nl-table td { text-align: left; padding: 2px 6px; vertical-align: top;
  border-bottom: 1px solid #e3e3e3; }
.nl-table td { white-space: nowrap; }
.nl-table .nl-num { text-align: right; font-variant-numeric: tabular-nums; }
.nl-table tr.nl-row { cursor: pointer; }
.nl-table tr.nl-row:hover { background: #f2f6fc; }
.nl-table tr.nl-row:focus { outline: 2px solid #1a73e8; outline-offset: -2px; }
.nl-table tr.nl-selected { background: #dbe8fb; }
.nl-table button.nl-sort { border: 0; background: none; font: inherit; font-weight: 600;
  cursor: pointer; padding: 0; color: inherit; }
.nl-table td.nl-empty { color: #666; font-style: italic; }
.nl-pager { display: flex; gap: .6em; align-items: center; font-size: 12px; margin: 3px 0; }
.nl-caption { font-size: 12px; color: #444; margin: 2px 0; }
.nl-suggest { display: flex; align-items: center; gap: .5em; margin: 2px 6px 2px 0; }
.nl-suggest label { font-size: 13px; min-width: 6em; text-align: right; }
.nl-suggest input { width: 16em; font-size: 13px; padding: 2px 4px; }
.nl-suggest input.nl-invalid { outline: 2px solid #d93025; }
.nl-search { width: 28em; max-width: 100%; font-size: 14px; padding: 3px 6px; }
.nl-legend { display: flex; flex-wrap: wrap; gap: .2em 1.2em; font-size: 12px;
  margin: 4px 0; }
.nl-legend fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap;
  gap: .2em .8em; align-items: center; }
.nl-legend legend { float: left; padding: 0; font-weight: 600; }
.nl-legend label { cursor: pointer; white-space: nowrap; }
.nl-swatch { display: inline-block; width: .9em; height: .9em; vertical-align: middle;
  margin: 0 .25em 0 .1em; border-bottom: 3px solid; }
.nl-textbox { max-height: 32em; overflow: auto; contain: content; }
.nl-views { contain: content; }
/* A pick never changes the explorer's height: the article's text and findings, the open
   analysis view and the panes below each scroll in a box of fixed height. Why: when the
   notebook output's height changed, JupyterLab re-laid out and re-rendered every cell of
   the notebook on each pick, and the page below the article jumped under the pointer. */
.nl-article { height: 38em; }
.nl-article > .nl-textview { display: flex; flex-direction: column; min-height: 0; }
.nl-article .nl-textbox { flex: 1 1 auto; min-height: 0; max-height: none; }
.nl-article > .nl-table-widget[data-name="article-findings"] { max-height: none; }
.nl-heading h3 { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.nl-views > .widget-tab-contents { height: 36em; overflow: auto; }
.nl-panes:not(:empty) { height: 40em; overflow: auto; }
/* Below the article, out of sight while an analyst picks from the list: the browser skips
   laying them out and painting them until they scroll near (a pick repaints less). */
.nl-views, .nl-panes, .nl-table-widget[data-name="corpus-findings"] {
  content-visibility: auto; contain-intrinsic-size: auto 480px; }
.nl-textbox:focus { outline: 2px solid #1a73e8; }
@keyframes nl-flash { 0%, 60% { outline: 3px solid #ff6d00; outline-offset: 1px; }
  100% { outline: 3px solid transparent; } }
@keyframes nl-flash-sentence { 0%, 60% { background-color: #fff3b0; }
  100% { background-color: transparent; } }
.nl-flash { animation: nl-flash 2.4s ease-out 1; }
.nl-flash-sentence { animation: nl-flash-sentence 2.4s ease-out 1; }
"""

TABLE_ESM = """
function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}
// Long cells are cut here (the whole text stays in the cell's title), not by CSS: an
// "overflow: hidden" ellipsis gives every cell a clip of its own, and with a few hundred
// cells on the page the browser's compositing step (Layerize) took 2-3 times as long per
// frame (Chromium trace, keystrokes on 1,000 articles).
const CELL_CHARS = 34;
const WIDE_CELL_CHARS = 60;
function clipped(text, wide) {
  const max = wide ? WIDE_CELL_CHARS : CELL_CHARS;
  return text.length > max ? text.slice(0, max - 1).trimEnd() + "…" : text;
}
function render({ model, el: root }) {
  root.classList.add("nl-table-widget");
  root.dataset.name = model.get("name");
  const caption = el("div", "nl-caption");
  const table = el("table", "nl-table");
  const thead = table.createTHead();
  const tbody = table.createTBody();
  const pager = el("div", "nl-pager");
  const prev = el("button", "nl-prev", "‹ previous");
  const next = el("button", "nl-next", "next ›");
  const info = el("span", "nl-page-info");
  prev.type = next.type = "button";
  pager.append(prev, info, next);
  root.append(caption, table, pager);
  const go = (delta) => {
    model.set("page", model.get("page") + delta);
    model.save_changes();
  };
  prev.addEventListener("click", () => go(-1));
  next.addEventListener("click", () => go(1));

  function activate(row, key) {
    if (model.get("selectable")) {
      for (const r of tbody.querySelectorAll("tr.nl-selected")) {
        r.classList.remove("nl-selected");
        r.removeAttribute("aria-selected");
      }
      row.classList.add("nl-selected");
      row.setAttribute("aria-selected", "true");
      model.set("selected", key);
      model.save_changes();
    }
    model.send({ event: "activate", key });
  }
  function move(row, to) {
    if (!to) return;
    row.tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
  }
  function draw() {
    const columns = model.get("columns");
    const rows = model.get("rows");
    const sortKey = model.get("sort_key");
    const desc = model.get("sort_desc");
    const selected = model.get("selected");
    caption.textContent = model.get("caption");
    caption.style.display = model.get("caption") ? "" : "none";
    const head = document.createElement("tr");
    for (const c of columns) {
      const th = el("th");
      th.scope = "col";
      if (c.numeric) th.classList.add("nl-num");
      if (c.sortable) {
        const active = c.key === sortKey;
        const b = el("button", "nl-sort", c.label + (active ? (desc ? " ▼" : " ▲") : ""));
        b.type = "button";
        b.dataset.key = c.key;
        th.setAttribute("aria-sort", active ? (desc ? "descending" : "ascending") : "none");
        b.addEventListener("click", () => {
          model.set("sort_desc", active ? !desc : !!c.numeric);
          model.set("sort_key", c.key);
          model.set("page", 0);
          model.save_changes();
        });
        th.append(b);
      } else {
        th.textContent = c.label;
      }
      head.append(th);
    }
    thead.replaceChildren(head);
    const body = [];
    let focusAt = rows.findIndex((r) => r.key === selected);
    if (focusAt < 0) focusAt = 0;
    rows.forEach((r, i) => {
      const tr = el("tr", "nl-row");
      tr.dataset.key = r.key;
      tr.tabIndex = i === focusAt ? 0 : -1;
      if (r.key === selected) {
        tr.classList.add("nl-selected");
        tr.setAttribute("aria-selected", "true");
      }
      r.cells.forEach((text, j) => {
        const c = columns[j] || {};
        const td = el("td", "", clipped(String(text), c.wide));
        td.title = text;
        if (c.numeric) td.classList.add("nl-num");
        if (c.wide) td.classList.add("nl-wide");
        tr.append(td);
      });
      tr.addEventListener("click", () => activate(tr, r.key));
      tr.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          activate(tr, r.key);
        } else if (e.key === "ArrowDown") {
          e.preventDefault();
          move(tr, tr.nextElementSibling);
        } else if (e.key === "ArrowUp") {
          e.preventDefault();
          move(tr, tr.previousElementSibling);
        }
      });
      body.push(tr);
    });
    if (!rows.length) {
      const tr = el("tr");
      const td = el("td", "nl-empty", model.get("empty"));
      td.colSpan = Math.max(1, columns.length);
      tr.append(td);
      body.push(tr);
    }
    tbody.replaceChildren(...body);
    const page = model.get("page");
    const pages = model.get("pages");
    const total = model.get("total");
    const size = model.get("page_size");
    info.textContent = total
      ? `${(page * size + 1).toLocaleString()}–${Math.min(total, (page + 1) * size)
          .toLocaleString()} of ${total.toLocaleString()}`
      : "none";
    prev.disabled = page <= 0;
    next.disabled = page >= pages - 1;
    pager.style.display = pages <= 1 ? "none" : "";
    root.dataset.version = String(model.get("version"));
  }
  // A new selection only moves the highlight (and the row Tab reaches): a pick used to
  // redraw every row and cell of the article list.
  function markSelected() {
    const selected = model.get("selected");
    const rows = Array.from(tbody.querySelectorAll(":scope > tr.nl-row"));
    let focusAt = rows.findIndex((tr) => tr.dataset.key === selected);
    if (focusAt < 0) focusAt = 0;
    rows.forEach((tr, i) => {
      const on = tr.dataset.key === selected;
      tr.classList.toggle("nl-selected", on);
      if (on) tr.setAttribute("aria-selected", "true");
      else tr.removeAttribute("aria-selected");
      tr.tabIndex = i === focusAt ? 0 : -1;
    });
  }
  let queued = false;
  let full = false;
  const schedule = (redraw) => {
    full = full || redraw;
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      const all = full;
      full = false;
      if (all) draw(); else markSelected();
    });
  };
  const redraw = () => schedule(true);
  const reselect = () => schedule(false);
  const names = ["columns", "rows", "sort_key", "sort_desc", "page", "pages", "total",
    "caption", "version"];
  for (const n of names) model.on(`change:${n}`, redraw);
  model.on("change:selected", reselect);
  draw();
  return () => {
    for (const n of names) model.off(`change:${n}`, redraw);
    model.off("change:selected", reselect);
  };
}
export default { render };
"""

SEARCH_ESM = """
function render({ model, el }) {
  const input = document.createElement("input");
  input.type = "search";
  input.className = "nl-search";
  // a query is not prose: no spellchecking or form autofill at each keystroke
  input.spellcheck = false;
  input.autocomplete = "off";
  input.placeholder = model.get("placeholder");
  input.setAttribute("aria-label", model.get("placeholder"));
  input.value = model.get("value");
  el.append(input);
  // At most one query in flight; keystrokes typed meanwhile are coalesced into the latest
  // value, sent when the kernel answers (no fixed delay: a lone keystroke goes at once).
  let inflight = false;
  let sent = input.value;
  let timer = null;
  function send() {
    inflight = true;
    sent = input.value;
    model.set("value", input.value);
    model.set("seq", model.get("seq") + 1);
    model.save_changes();
    clearTimeout(timer);
    timer = setTimeout(done, 5000);
  }
  function done() {
    inflight = false;
    clearTimeout(timer);
    if (input.value !== sent) send();
  }
  const onInput = () => { if (!inflight) send(); };
  const onAnswer = () => { if (model.get("answered") >= model.get("seq")) done(); };
  const onValue = () => {
    const v = model.get("value");
    if (!inflight && v !== input.value) { input.value = v; sent = v; }
  };
  input.addEventListener("input", onInput);
  model.on("change:answered", onAnswer);
  model.on("change:value", onValue);
  return () => {
    model.off("change:answered", onAnswer);
    model.off("change:value", onValue);
  };
}
export default { render };
"""

TEXT_ESM = """
function render({ model, el }) {
  const scope = "nlv" + Math.random().toString(36).slice(2);
  el.classList.add("nl-textview", scope);
  const style = document.createElement("style");
  const legend = document.createElement("div");
  legend.className = "nl-legend";
  legend.setAttribute("role", "group");
  legend.setAttribute("aria-label", "Highlight layers");
  const box = document.createElement("div");
  box.className = "nl-textbox";
  box.tabIndex = 0;
  box.setAttribute("aria-label", "Article text");
  el.append(style, legend, box);
  let shownHtml = null;
  let applied = null;

  function hiddenSet() { return new Set(model.get("hidden")); }
  function drawStyle() {
    const rules = [];
    for (const key of model.get("hidden")) {
      rules.push(`.${scope} mark[data-layer="${CSS.escape(key)}"]` +
        "{background:transparent!important;border-bottom-color:transparent!important}");
    }
    style.textContent = rules.join("\\n");
  }
  function setHidden(keys, hide) {
    const hidden = hiddenSet();
    for (const k of keys) { if (hide) hidden.add(k); else hidden.delete(k); }
    model.set("hidden", Array.from(hidden));
    model.save_changes();
    drawStyle();
    drawLegend();
  }
  function drawLegend() {
    const hidden = hiddenSet();
    const groups = new Map();
    for (const layer of model.get("layers")) {
      if (!groups.has(layer.group)) groups.set(layer.group, []);
      groups.get(layer.group).push(layer);
    }
    const parts = [];
    for (const [group, layers] of groups) {
      const set = document.createElement("fieldset");
      set.dataset.group = group;
      const title = document.createElement("label");
      title.className = "nl-group";
      const all = document.createElement("input");
      all.type = "checkbox";
      const keys = layers.map((l) => l.key);
      const shown = keys.filter((k) => !hidden.has(k)).length;
      all.checked = shown === keys.length;
      all.indeterminate = shown > 0 && shown < keys.length;
      all.addEventListener("change", () => setHidden(keys, !all.checked));
      title.append(all, document.createTextNode(" " + layers[0].group_name));
      set.append(title);
      if (layers.length > 1 || layers[0].key !== group) {
        for (const layer of layers) {
          const item = document.createElement("label");
          item.className = "nl-layer";
          item.dataset.layer = layer.key;
          const box = document.createElement("input");
          box.type = "checkbox";
          box.checked = !hidden.has(layer.key);
          box.addEventListener("change", () => setHidden([layer.key], !box.checked));
          const swatch = document.createElement("span");
          swatch.className = "nl-swatch";
          swatch.style.background = layer.swatch;
          swatch.style.borderBottomColor = layer.line;
          const name = `${layer.name} (${layer.count})`;
          item.append(box, swatch, document.createTextNode(name));
          set.append(item);
        }
      } else {
        const swatch = document.createElement("span");
        swatch.className = "nl-swatch";
        swatch.style.background = layers[0].swatch;
        swatch.style.borderBottomColor = layers[0].line;
        title.insertBefore(swatch, title.lastChild);
        title.dataset.layer = layers[0].key;
        title.lastChild.textContent += ` (${layers[0].count})`;
      }
      parts.push(set);
    }
    legend.replaceChildren(...parts);
  }
  function focus() {
    const f = model.get("focus") || {};
    if (!f.nonce || f.nonce === applied) return;
    applied = f.nonce;
    let targets = [];
    if (f.finding !== undefined && f.finding !== null && f.finding >= 0) {
      targets = Array.from(box.querySelectorAll(`mark[data-f~="${f.finding}"]`));
    }
    const sentence = (f.sentence !== undefined && f.sentence !== null && f.sentence >= 0)
      ? Array.from(box.querySelectorAll(`.nl-seg[data-s="${f.sentence}"]`)) : [];
    const first = targets[0] || sentence[0];
    for (const node of sentence) {
      node.classList.remove("nl-flash-sentence");
      void node.offsetWidth;
      node.classList.add("nl-flash-sentence");
    }
    for (const node of targets) {
      node.classList.remove("nl-flash");
      void node.offsetWidth;
      node.classList.add("nl-flash");
    }
    if (first) {
      first.scrollIntoView({ block: "center", inline: "nearest" });
      el.dataset.focused = String(f.nonce);
    }
  }
  function sync() {
    const html = model.get("html");
    if (html !== shownHtml) {
      box.innerHTML = html;
      shownHtml = html;
      el.dataset.version = String(model.get("version"));
    }
    drawLegend();
    drawStyle();
    focus();
  }
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => { queued = false; sync(); });
  };
  const names = ["html", "layers", "hidden", "focus", "version"];
  for (const n of names) model.on(`change:${n}`, schedule);
  sync();
  return () => { for (const n of names) model.off(`change:${n}`, schedule); };
}
export default { render };
"""

SUGGEST_ESM = """
function render({ model, el }) {
  el.classList.add("nl-suggest");
  const id = "nls" + Math.random().toString(36).slice(2);
  const label = document.createElement("label");
  label.textContent = model.get("description");
  label.htmlFor = id + "-input";
  const input = document.createElement("input");
  input.type = "text";
  input.id = id + "-input";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.placeholder = model.get("placeholder");
  input.value = model.get("value");
  input.setAttribute("list", id);
  const list = document.createElement("datalist");
  list.id = id;
  el.append(label, input, list);
  // The options stay in the model; the page holds at most `limit` of them, and only while
  // the box has focus (see SuggestBox's docstring for why).
  let lowered = null;
  const options = () => lowered || (lowered = model.get("options").map(o => [o, o.toLowerCase()]));
  function fill() {
    const typed = input.value.trim().toLowerCase();
    const limit = model.get("limit");
    const shown = [];
    for (const [option, low] of options()) {
      if (typed && !low.includes(typed)) continue;
      const node = document.createElement("option");
      node.value = option;
      shown.push(node);
      if (shown.length >= limit) break;
    }
    list.replaceChildren(...shown);
  }
  function commit() {
    const typed = input.value;
    const valid = typed === "" || model.get("options").includes(typed);
    input.classList.toggle("nl-invalid", !valid);
    if (valid && typed !== model.get("value")) {
      model.set("value", typed);
      model.save_changes();
    }
  }
  // a pick from the suggestions arrives as a plain Event, typing as an InputEvent
  const onInput = (event) => { if (event instanceof InputEvent) fill(); else commit(); };
  const onBlur = () => list.replaceChildren();
  const onValue = () => {
    if (input.value !== model.get("value")) input.value = model.get("value");
    input.classList.remove("nl-invalid");
  };
  const onOptions = () => { lowered = null; if (document.activeElement === input) fill(); };
  input.addEventListener("focus", fill);
  input.addEventListener("input", onInput);
  input.addEventListener("change", commit);
  input.addEventListener("blur", onBlur);
  model.on("change:value", onValue);
  model.on("change:options", onOptions);
  return () => {
    model.off("change:value", onValue);
    model.off("change:options", onOptions);
  };
}
export default { render };
"""

DOWNLOAD_ESM = """
function render({ model, el }) {
  const onMessage = (msg, buffers) => {
    if (!msg || msg.event !== "download" || !buffers || !buffers.length) return;
    const blob = new Blob(buffers, { type: msg.mime || "application/octet-stream" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = msg.name;
    a.textContent = msg.name;
    el.append(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 60000);
  };
  model.on("msg:custom", onMessage);
  return () => model.off("msg:custom", onMessage);
}
export default { render };
"""


class RowTable(anywidget.AnyWidget):
    """A sortable, paged table of rows; a click (or Enter) on a row *activates* it.

    Python owns the rows: it sorts and pages (``sort_key``, ``sort_desc``, ``page`` come back
    from the header and pager buttons) and sends only the page shown. ``selectable`` tables
    also keep ``selected`` (a row key). :meth:`on_activate` registers what a click does;
    :meth:`activate` does it from Python (tests, keyboard-free scripts).
    """

    _esm = TABLE_ESM
    _css = CSS
    columns: traitlets.List[Any] = traitlets.List().tag(sync=True)
    rows: traitlets.List[Any] = traitlets.List().tag(sync=True)
    caption = traitlets.Unicode("").tag(sync=True)
    empty = traitlets.Unicode("Nothing to show.").tag(sync=True)
    sort_key = traitlets.Unicode("").tag(sync=True)
    sort_desc = traitlets.Bool(False).tag(sync=True)
    page = traitlets.Int(0).tag(sync=True)
    pages = traitlets.Int(1).tag(sync=True)
    total = traitlets.Int(0).tag(sync=True)
    page_size = traitlets.Int(20).tag(sync=True)
    selectable = traitlets.Bool(False).tag(sync=True)
    selected = traitlets.Unicode("").tag(sync=True)
    version = traitlets.Int(0).tag(sync=True)
    name = traitlets.Unicode("").tag(sync=True)  # data-name in the page, for tests and CSS

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._on_activate: list[Callable[[str], None]] = []
        self.on_msg(self._message)

    def on_activate(self, callback: Callable[[str], None]) -> None:
        self._on_activate.append(callback)

    def activate(self, key: str) -> None:
        """What a click on the row ``key`` does."""
        if self.selectable:
            self.selected = key
        for callback in self._on_activate:
            callback(key)

    def _message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if isinstance(content, dict) and content.get("event") == "activate":
            for callback in self._on_activate:
                callback(str(content.get("key", "")))

    def row_keys(self) -> list[str]:
        """The keys of the rows on the current page."""
        return [str(r.get("key")) for r in self.rows]


class SearchBox(anywidget.AnyWidget):
    """A text box whose ``value`` follows typing, one query in flight at a time.

    The browser sends a keystroke at once when nothing is pending; keystrokes typed while the
    kernel works are coalesced and the latest value is sent when ``answered`` catches up with
    ``seq`` (debouncing by the kernel's own pace, with no fixed delay to add latency).
    """

    _esm = SEARCH_ESM
    _css = CSS
    value = traitlets.Unicode("").tag(sync=True)
    placeholder = traitlets.Unicode("search title and text").tag(sync=True)
    seq = traitlets.Int(0).tag(sync=True)
    answered = traitlets.Int(0).tag(sync=True)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.observe(self._answer, names="seq")

    def _answer(self, change: Any) -> None:
        self.answered = self.seq


class TextView(anywidget.AnyWidget):
    """The article text (HTML from :func:`newslens.display.highlight_html`) with its legend.

    ``layers``: one dict per layer present (``key``, ``name``, ``group``, ``group_name``,
    ``swatch``, ``line``, ``count``); ``hidden``: the keys of layers toggled off (in the
    legend, instantly, without a round trip; Python sees the list); ``focus``:
    ``{"finding": n, "sentence": n, "nonce": n}`` scrolls to that finding (or sentence) and
    flashes it.
    """

    _esm = TEXT_ESM
    _css = CSS
    html = traitlets.Unicode("").tag(sync=True)
    layers: traitlets.List[Any] = traitlets.List().tag(sync=True)
    hidden = traitlets.List(traitlets.Unicode()).tag(sync=True)
    focus = traitlets.Dict().tag(sync=True)
    version = traitlets.Int(0).tag(sync=True)

    # ipywidgets' HTML widget has ``value``; the explorer's tests and older code read it.
    @property
    def value(self) -> str:
        return self.html


class SuggestBox(anywidget.AnyWidget):
    """A type-ahead box over many values (a facet with hundreds of speakers or units):
    ``value`` is one of ``options`` or ``""``; what is typed that is neither stays in the box,
    marked invalid, and changes nothing (ipywidgets' ``Combobox(ensure_option=True)``).

    Why not ``Combobox``: it writes every option into a ``<datalist>`` in the page, and
    Chrome's form autofill re-reads every form control of the page, with its datalist, on each
    keystroke in any text box and each change of any control. On a 1,000-article corpus the
    signal facets held 13,000 options: every keystroke in the search box sent a 1 MB message
    between Chrome's processes and cost more CPU than the search itself. Here the options stay
    in the widget's model, and the page's datalist holds only the first ``limit`` that contain
    what is typed, and only while the box has focus.
    """

    _esm = SUGGEST_ESM
    _css = CSS
    options = traitlets.List(traitlets.Unicode()).tag(sync=True)
    value = traitlets.Unicode("").tag(sync=True)
    description = traitlets.Unicode("").tag(sync=True)
    placeholder = traitlets.Unicode("").tag(sync=True)
    limit = traitlets.Int(30).tag(sync=True)

    @traitlets.validate("value")
    def _valid(self, proposal: Any) -> str:
        value = proposal["value"]
        if value and value not in self.options:
            raise traitlets.TraitError(f"{value!r} is not one of the options")
        return str(value)


class Download(anywidget.AnyWidget):
    """Hands a file to the browser's downloads (the bytes travel in one comm message)."""

    _esm = DOWNLOAD_ESM

    def offer(self, name: str, data: bytes, mime: str = "application/octet-stream") -> None:
        self.send({"event": "download", "name": name, "mime": mime}, [data])
