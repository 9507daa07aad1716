// What a new user writes: import spicecraft, load two kernels by URL, ask for the Moon's state, once
// on the page's own backend and once on a backend in a Web Worker (spice.worker.js). Each number is
// also given as the hex of its IEEE-754 bits, so the test compares bit for bit.
import { createBackend, createWorkerBackend } from "spicecraft";

const hex = (x) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
};

// The same steps on either backend: `await` works on the page's plain values and the worker's Promises.
async function moonState(spice) {
  for (const name of ["naif0012.tls", "de430-2015-03-02.bsp"]) {
    const bytes = new Uint8Array(await (await fetch(`./kernels/${name}`)).arrayBuffer());
    await spice.furnsh({ path: name, bytes });
  }
  const et = await spice.str2et("2015-03-02T12:00:00");
  const { state, lt } = await spice.spkezr("MOON", et, "J2000", "LT+S", "EARTH");
  const result = { kind: spice.kind, et: hex(et), state: state.map(hex), lt: hex(lt) };
  await spice.dispose();
  return result;
}

async function main() {
  const page = await moonState(await createBackend());
  const worker = await moonState(
    await createWorkerBackend({ worker: new Worker(new URL("./spice.worker.js", import.meta.url), { type: "module" }) }),
  );
  return { page, worker };
}

main().then(
  (result) => (document.getElementById("out").textContent = JSON.stringify(result)),
  (error) => (document.getElementById("out").textContent = `error: ${error?.stack ?? error}`),
);
