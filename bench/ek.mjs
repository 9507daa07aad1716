// EK queries: spicecraft against CSPICE N0067 (tspice: its node addon and its WASM build) in one run
// on the same machine. Each query is run with ekfind and every selected element of every row fetched
// (ekgi/ekgd/ekgc), as a program reading the result would; microseconds per query (best of 3 after a
// warm-up, bench/timing.mjs) and the ratio. Usage: node bench/ek.mjs
import { readFileSync } from "node:fs";
import { spiceClients } from "@rybosome/tspice";
import { createBackend } from "../dist/index.js";
import { goldenForms } from "../tests/golden/golden-forms.mjs";
import { bestMicros } from "./timing.mjs";

const kernels = new URL("../tests/fixtures/kernels/", import.meta.url).pathname;
const files = ["lsk/naif0012.tls", "ek/spicecraft_events.bes", "ek/spicecraft_instruments.bes"];
const queries = [
  ["all of EVENT_LOG, ordered", "SELECT EVENT_ID, EVENT_TIME, EVENT_TYPE, DURATION, SEVERITY, MESSAGE, COUNTS FROM EVENT_LOG ORDER BY EVENT_ID", ["I", "T", "C", "D", "I", "C", "I[]"]],
  ["indexed key, 1 row", "SELECT EVENT_ID, MESSAGE FROM EVENT_LOG WHERE EVENT_ID = 1066", ["I", "C"]],
  ["LIKE and OR, ordered", "SELECT EVENT_ID, EVENT_TYPE FROM EVENT_LOG WHERE EVENT_TYPE LIKE '*LINK*' OR DURATION IS NULL ORDER BY EVENT_TYPE, EVENT_ID", ["I", "C"]],
  ["time range", "SELECT EVENT_ID, EVENT_TIME FROM EVENT_LOG WHERE EVENT_TIME BETWEEN '2015-04-15T14:15:04' AND '2015 DEC 29 18:05:32' ORDER BY EVENT_TIME", ["I", "T"]],
  ["equi-join", "SELECT E.EVENT_ID, I.NAME FROM EVENT_LOG E, INSTRUMENTS I WHERE E.INSTRUMENT_ID = I.INSTRUMENT_ID ORDER BY E.EVENT_ID", ["I", "C"]],
];

const engines = [];
for (const backend of ["node", "wasm"]) {
  const clients = await spiceClients.toSync({ backend });
  engines.push({ name: `CSPICE ${backend}`, spice: clients.spice.raw, dispose: clients.dispose });
  const spice = await createBackend({ backend });
  engines.push({ name: `spicecraft ${backend}`, spice, dispose: () => spice.dispose() });
}
// As bytes under one virtual id on every engine (tspice's WASM build has no host files).
for (const e of engines) for (const f of files) e.spice.furnsh({ path: `/kernels/${f}`, bytes: readFileSync(kernels + f) });

console.log(`| query | rows | ${engines.map((e) => e.name).join(" µs | ")} µs | speed-up node | wasm |`);
console.log(`|---|---|${engines.map(() => "---|").join("")}---|---|`);
for (const [label, q, kinds] of queries) {
  const rows = goldenForms.ekfind(engines[0].spice, [q, kinds]).nmrows;
  const us = engines.map((e) => bestMicros(() => goldenForms.ekfind(e.spice, [q, kinds]), 1));
  const ratio = (c, s) => `${(us[c] / us[s]).toFixed(2)}x`;
  console.log(`| ${label} | ${rows} | ${us.map((u) => u.toFixed(0)).join(" | ")} | ${ratio(0, 1)} | ${ratio(2, 3)} |`);
}
for (const e of engines) await e.dispose();
