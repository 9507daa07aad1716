// The page: starts the WASM backend in a Web Worker, loads the kernels by URL, then recomputes and
// redraws the three panels and the numbers whenever the time slider moves. A slow computation never
// blocks the page (it runs in the worker); a newer slider position supersedes an older one.
import { createWorkerBackend, fetchKernel } from "spicecraft";
import { HOURS_2015, loadKernels, moonMonth, orbitTracks, sliderHours, sliderUtc, snapshot } from "./compute.js";
import { drawMap } from "./draw-map.js";
import { drawMoon } from "./draw-moon.js";
import { drawOrbits } from "./draw-orbits.js";
import { shownValues } from "./format.js";
import { setupPlayback } from "./playback.js";

const $ = (id) => document.getElementById(id);
const slider = $("time");
const status = $("status");

/** Fetches the demo's kernels (served from ./kernels/) with spicecraft's fetchKernel, showing the bytes so far. */
function kernelReader() {
  const loaded = new Map();
  const show = () => {
    const kB = [...loaded.values()].reduce((sum, n) => sum + n, 0) / 1000;
    status.textContent = `loading kernels… ${kB.toFixed(0)} kB`;
  };
  return (name) => fetchKernel(new URL(`kernels/${name}`, document.baseURI), { path: name, onProgress: (bytes) => (loaded.set(name, bytes), show()) });
}

function showNumbers(s) {
  for (const [id, { text, value }] of Object.entries(shownValues(s))) {
    const el = $(id);
    el.textContent = text;
    el.dataset.value = value;
  }
}

async function main() {
  const spice = await createWorkerBackend({
    worker: new Worker(new URL("./spice.worker.js", import.meta.url), { type: "module" }),
  });
  $("backend").textContent = `${spice.kind} ${spice.version}`;
  await loadKernels(spice, kernelReader());
  const tracks = await orbitTracks(spice);

  let month; // the plotted month, recomputed when the slider leaves it
  let latest = 0; // the newest slider request; older answers are dropped
  async function update() {
    const request = ++latest;
    const utc = sliderUtc(Number(slider.value));
    status.textContent = "computing…";
    const s = await snapshot(spice, utc);
    if (!month || !utc.startsWith(month.month)) month = await moonMonth(spice, utc);
    if (request !== latest) return;
    showNumbers(s);
    drawOrbits($("orbits"), tracks, s.planets);
    $("moon-month").textContent = new Date(`${month.month}-01T00:00:00Z`).toLocaleString("en", { month: "long", year: "numeric", timeZone: "UTC" });
    drawMoon($("moon"), month, s.et, s.moon.fraction);
    drawMap($("map"), s.subsolar);
    slider.setAttribute("aria-valuetext", `${s.utc} UTC`);
    document.body.dataset.shown = utc; // the slider time whose numbers are on the page (for tests)
    status.textContent = "";
  }

  slider.max = String(HOURS_2015 - 1);
  const initial = new URLSearchParams(location.search).get("t");
  slider.value = String(initial ? sliderHours(initial) : sliderHours("2015-03-20T09:00"));
  slider.addEventListener("input", update);
  setupPlayback($("play"), slider, update);
  window.addEventListener("resize", update);
  await update();
}

main().catch((error) => {
  status.textContent = `error: ${error?.message ?? error}`;
  console.error(error);
});
