// The preview pages' only script: tabs, the frame's height and profile label, live reload.
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
  const frame = document.getElementById("frame");
  if (!frame) return;
  const fit = () => {
    const doc = frame.contentDocument;
    if (!doc || !doc.documentElement) return;
    // the content's height (scrollHeight would be at least the frame's own height)
    const content = Math.max(doc.documentElement.offsetHeight, doc.body ? doc.body.scrollHeight : 0);
    frame.style.height = content + 24 + "px";
    const style = getComputedStyle(doc.documentElement);
    const label = document.querySelector("[data-profile]");
    if (label) {
      label.textContent =
        `${style.fontFamily}, ${style.fontSize} on ${style.lineHeight}, colour ${style.color}`;
    }
  };
  frame.addEventListener("load", fit);
  if (frame.contentDocument && frame.contentDocument.readyState === "complete") fit();
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
  const reload = () => {
    status.textContent = "live reload: re-rendering…";
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
setUpLiveReload();
