// finsam-rapport on the web: what a script adds to pages that are whole without it.
// - Charts (figure[data-chart], templates/components/figure.njk): the value of a bar or point on
//   hover, tap or keyboard focus, and a "Visa som tabell" button that shows the chart's data as a
//   table in its place. The values are the ones the build wrote on each mark (src/charts/tips.ts).
// - Tables (.table-scroll): marks a region wider than its box, and one scrolled sideways, for the
//   cues in responsive.css, and keeps the headings of row groups in view while it scrolls.
// Without this script the page shows the static SVG, its description, and the table in a
// disclosure with its CSV. No framework and no Vega in the browser: the SVG is already drawn.

/** The bars and points of a chart's SVG that carry a value (Vega's mark groups, not its axes or legends). */
const ITEMS = ".role-mark.mark-rect > [aria-label], .role-mark.mark-symbol > [aria-label]";

let figures = 0;

for (const figure of document.querySelectorAll("figure[data-chart]")) enhanceChart(figure);
for (const region of document.querySelectorAll(".table-scroll")) watchTable(region);

function enhanceChart(figure) {
  const image = figure.querySelector(".chart-image");
  if (!image) return;
  figures += 1;
  const caption = figure.querySelector("figcaption")?.textContent.trim() ?? "Diagram";
  addTableToggle(figure, image, `${figure.id || `diagram-${figures}`}-tabell`);

  // The SVG shown now: the wide or the phone variant, whichever the width gives (responsive.css).
  const items = () => {
    const svg = [...image.querySelectorAll("svg.marks")].find((s) => s.getClientRects().length > 0);
    return svg ? [...svg.querySelectorAll(ITEMS)] : [];
  };
  const tooltip = element("div", { class: "chart-tooltip", "aria-hidden": "true", hidden: "" });
  const status = element("p", { class: "visually-hidden", role: "status" });
  image.append(tooltip);
  image.after(status);
  image.tabIndex = 0;
  image.setAttribute("role", "group");
  image.setAttribute("aria-label", `${caption}. Piltangenterna visar diagrammets värden ett i taget.`);

  let active = null;
  let current = -1;
  const show = (item) => {
    active?.classList.remove("chart-item-active");
    active = item;
    item.classList.add("chart-item-active");
    tooltip.textContent = item.getAttribute("aria-label");
    tooltip.hidden = false;
    place(tooltip, item, image);
  };
  const hide = () => {
    active?.classList.remove("chart-item-active");
    active = null;
    tooltip.hidden = true;
  };

  // Pointer: the value under the mouse or finger. The tooltip stays while the pointer is over it
  // or the chart, and Escape dismisses it (WCAG 1.4.13).
  image.addEventListener("pointerover", (event) => {
    const item = event.target.closest?.(ITEMS);
    if (item && image.contains(item)) show(item);
  });
  image.addEventListener("pointerleave", (event) => {
    if (event.pointerType === "mouse") hide();
  });
  image.addEventListener("click", (event) => {
    const item = event.target.closest?.(ITEMS);
    if (item) show(item);
    else if (!tooltip.contains(event.target)) hide();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && active) hide();
  });

  // Keyboard: the chart is one tab stop; the arrows go through its values in the table's order
  // (the order the build wrote them), each value also said by the status line.
  image.addEventListener("focus", () => {
    const all = items();
    if (all.length && !active) show(all[Math.max(current, 0)]);
  });
  image.addEventListener("blur", hide);
  image.addEventListener("keydown", (event) => {
    const all = items();
    if (!all.length) return;
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next;
    if (event.key in moves) next = current < 0 ? 0 : Math.min(all.length - 1, Math.max(0, current + moves[event.key]));
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = all.length - 1;
    else return;
    event.preventDefault();
    current = next;
    show(all[current]);
    status.textContent = `${all[current].getAttribute("aria-label")} (${current + 1} av ${all.length})`;
  });
}

/** Replaces the disclosure under the chart with a button that shows the table in the chart's place. */
function addTableToggle(figure, image, id) {
  const details = figure.querySelector("details.chart-data");
  if (!details) return;
  // The table takes the chart's place, above the description, as the chart's other view.
  const panel = element("div", { class: "chart-data chart-table no-print", id, hidden: "" });
  panel.append(...[...details.childNodes].filter((node) => node.nodeName !== "SUMMARY"));
  details.remove();
  image.after(panel);
  const button = element("button", { type: "button", class: "chart-toggle", "aria-pressed": "false", "aria-controls": id });
  button.textContent = "Visa som tabell";
  button.addEventListener("click", () => {
    const table = button.getAttribute("aria-pressed") !== "true";
    button.setAttribute("aria-pressed", String(table));
    image.hidden = table;
    panel.hidden = !table;
  });
  const tools = element("div", { class: "chart-tools no-print" });
  tools.append(button);
  figure.querySelector("figcaption")?.after(tools);
}

/** Puts the tooltip above the item, inside the chart's box. */
function place(tooltip, item, box) {
  const at = item.getBoundingClientRect();
  const frame = box.getBoundingClientRect();
  const width = tooltip.offsetWidth;
  const left = Math.min(Math.max(at.left + at.width / 2 - frame.left - width / 2, 0), Math.max(frame.width - width, 0));
  const above = at.top - frame.top - tooltip.offsetHeight - 6;
  tooltip.style.left = `${left}px`;
  tooltip.style.top = `${above >= 0 ? above : at.bottom - frame.top + 6}px`;
}

/**
 * Marks the region while its table is wider than it (data-overflow) and once scrolled from its
 * start (data-scrolled). A heading over a group of rows spans the whole table, so it cannot stick
 * itself; its words are put in a span that can (responsive.css).
 */
function watchTable(region) {
  for (const heading of region.querySelectorAll('th[scope="rowgroup"]')) {
    const label = element("span", { class: "table-rowgroup-label" });
    label.append(...heading.childNodes);
    heading.append(label);
  }
  const mark = () => {
    region.toggleAttribute("data-overflow", region.scrollWidth > region.clientWidth + 1);
    region.toggleAttribute("data-scrolled", region.scrollLeft > 0);
  };
  const observer = new ResizeObserver(mark);
  observer.observe(region);
  if (region.firstElementChild) observer.observe(region.firstElementChild);
  region.addEventListener("scroll", mark, { passive: true });
}

function element(name, attributes) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}
