// The preview pages' only script: tabs, the frames' height and profile label, the gallery's
// filters and thumbnails, live reload (of the thumbnails that changed, in the thumbnails view).
"use strict";

function setUpTabs() {
  const tabs = document.querySelector("[data-tabs]");
  if (!tabs) return;
  const links = [...tabs.querySelectorAll("[role=tab]")];
  const show = (id) => {
    for (const link of links) {
      const panelId = link.getAttribute("aria-controls");
      const on = panelId === id;
      link.setAttribute("aria-selected", String(on));
      document.getElementById(panelId).hidden = !on;
    }
  };
  const fromHash = links.find((l) => "#" + l.getAttribute("aria-controls") === location.hash);
  show((fromHash || links[0]).getAttribute("aria-controls"));
  for (const link of links) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const id = link.getAttribute("aria-controls");
      history.replaceState(null, "", "#" + id);  // a reload keeps the tab
      show(id);
    });
  }
}

function setUpFrame() {
  // every frame that shows a message whole: as tall as its content (side by side: the tallest)
  const frames = [...document.querySelectorAll("iframe[data-fit]")];
  const fit = (frame) => {
    const doc = frame.contentDocument;
    if (!doc || !doc.documentElement) return;
    // the content's height (scrollHeight would be at least the frame's own height)
    const content = Math.max(doc.documentElement.offsetHeight, doc.body ? doc.body.scrollHeight : 0);
    frame.style.height = content + 24 + "px";
    if (frame.id !== "frame") return;
    const style = getComputedStyle(doc.documentElement);
    const label = document.querySelector("[data-profile]");
    if (label) {
      label.textContent =
        `${style.fontFamily}, ${style.fontSize} on ${style.lineHeight}, colour ${style.color}`;
    }
  };
  for (const frame of frames) {
    frame.addEventListener("load", () => fit(frame));
    if (frame.contentDocument && frame.contentDocument.readyState === "complete") fit(frame);
  }
}

// --- the gallery: filters kept in the address, thumbnails scaled from the frame's width ---------

function matches(el, filters) {
  if (filters.type && el.dataset.type !== filters.type) return false;
  if (filters.lang && el.dataset.catalog !== filters.lang) return false;
  if (filters.verdict === "changed") return Number(el.dataset.changes) > 0;
  return !filters.verdict || el.dataset.status === filters.verdict;
}

function setUpFilters() {
  const form = document.querySelector("[data-filters]");
  if (!form) return;
  const apply = () => {
    const filters = {};
    for (const select of form.querySelectorAll("select")) filters[select.name] = select.value;
    let shown = 0;
    for (const el of document.querySelectorAll(".thumb, a.tile")) {
      el.hidden = !matches(el, filters);
      if (!el.hidden) shown += 1;
    }
    for (const row of document.querySelectorAll("table.gallery tr[data-type]")) {
      row.hidden = Boolean(filters.type) && row.dataset.type !== filters.type;
    }
    const empty = document.querySelector("[data-empty]");
    if (empty) empty.hidden = shown > 0;
    // the address says what is shown, so that a link shares it (and a reload keeps it)
    const query = new URLSearchParams(new FormData(form));
    for (const [name, value] of [...query]) if (!value) query.delete(name);
    history.replaceState(null, "", "?" + query.toString());
    for (const link of document.querySelectorAll("[data-view]")) {
      query.set("view", link.dataset.view);
      link.href = "?" + query.toString();
    }
  };
  for (const select of form.querySelectorAll("select")) select.addEventListener("change", apply);
}

function scaleThumbnails() {
  const list = document.querySelector("[data-live=tiles]");
  if (!list) return;
  for (const frame of list.querySelectorAll("iframe[data-thumb]")) {
    const view = frame.parentElement;
    frame.style.transform = `scale(${view.clientWidth / frame.width})`;
  }
}

async function refreshThumbnails() {
  // only the thumbnails whose digest changed are drawn again; a new or removed one: reload
  const list = document.querySelector("[data-live=tiles]");
  const response = await fetch(list.dataset.tiles, {cache: "no-store"});
  const {tiles} = await response.json();
  const shown = new Map([...list.querySelectorAll(".thumb")].map((el) => [el.dataset.tile, el]));
  if (tiles.length !== shown.size || tiles.some((t) => !shown.has(t.id))) {
    location.reload();
    return;
  }
  let redrawn = 0;
  for (const tile of tiles) {
    const el = shown.get(tile.id);
    if (el.dataset.digest === tile.digest) continue;
    const frame = el.querySelector("iframe[data-thumb]");
    if (!frame) { location.reload(); return; }  // an error tile that now renders
    el.dataset.digest = tile.digest;
    el.dataset.status = tile.status;
    el.dataset.changes = String(tile.changes);
    el.className = `thumb ${tile.status}`;
    const badge = el.querySelector("[data-badge]");
    badge.className = `status ${tile.status}`;
    badge.textContent = tile.status;
    const changed = el.querySelector("[data-changed]");
    changed.hidden = tile.changes === 0;
    changed.querySelector("[data-count]").textContent = String(tile.changes);
    const url = new URL(frame.src);
    url.searchParams.set("d", tile.digest);
    frame.src = url.toString();
    redrawn += 1;
  }
  list.dataset.redrawn = String(Number(list.dataset.redrawn || 0) + redrawn);
  list.dataset.refreshes = String(Number(list.dataset.refreshes || 0) + 1);
}

function setUpLiveReload() {
  const body = document.body;
  const status = document.getElementById("live");
  if (!body.dataset.events) {
    status.textContent = "live reload: off on this page";
    return;
  }
  const rendered = Number(body.dataset.generation);
  const events = new EventSource(body.dataset.events);
  const thumbnails = document.querySelector("[data-live=tiles]");
  const reload = () => {
    status.textContent = "live reload: re-rendering…";
    if (thumbnails) {  // the thumbnails view stays; what changed is drawn again
      refreshThumbnails().then(() => { status.textContent = "live reload: on"; });
      return;
    }
    events.close();
    location.reload();
  };
  events.addEventListener("hello", (event) => {
    status.textContent = "live reload: on";
    status.dataset.state = "on";
    // a change between this page's render and this connection, or a restarted server
    if (JSON.parse(event.data).generation !== rendered) reload();
  });
  events.addEventListener("reload", reload);
  events.addEventListener("error", () => {
    status.textContent = "live reload: reconnecting…";
    status.dataset.state = "off";
  });
}

setUpTabs();
setUpFrame();
setUpFilters();
scaleThumbnails();
addEventListener("resize", scaleThumbnails);
setUpLiveReload();
