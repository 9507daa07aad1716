// Runs golden files on the WASM backend inside the page (and one call inside a Web Worker) and
// exposes the results to the test driver as window.spicecraft.
import { createWasmBackend } from "@spicecraft/backend-wasm";
import { SpiceError } from "@spicecraft/contract";
import { runCases } from "/tests/golden/golden-core.mjs";

async function bytes(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function runGoldenFiles(names) {
  const out = {};
  for (const name of names) {
    const golden = await (await fetch(`/tests/fixtures/golden/${name}.json`)).json();
    const spice = await createWasmBackend();
    try {
      for (const k of golden.kernels) spice.furnsh({ path: `/kernels/${k}`, bytes: await bytes(`/tests/fixtures/kernels/${k}`) });
      // The kernels `steps` cases furnsh again or load later (the file's `files`), fetched up front:
      // the cases run synchronously, as under Node, where runGolden reads them from disk.
      const fetched = new Map();
      for (const k of [...golden.kernels, ...(golden.files ?? [])]) fetched.set(`/kernels/${k}`, await bytes(`/tests/fixtures/kernels/${k}`));
      const kernelSource = (id) => {
        if (!fetched.has(id)) throw new Error(`${id} is not among the golden file's kernels and files`);
        return { path: id, bytes: fetched.get(id) };
      };
      out[name] = runCases(spice, golden, undefined, kernelSource);
    } finally {
      spice.dispose();
    }
  }
  return out;
}

// A backend in a Worker: a pool look-up and a SpiceError, posted back as plain data.
function runInWorker() {
  return new Promise((resolve, reject) => {
    const worker = new Worker("/tests/browser/.build/worker.js", { type: "module" });
    worker.onmessage = (event) => {
      worker.terminate();
      const { value, error } = event.data;
      resolve({ value, error: SpiceError.fromJSON(error), isSpiceError: SpiceError.fromJSON(error) instanceof SpiceError });
    };
    worker.onerror = (event) => reject(new Error(event.message));
  });
}

window.spicecraft = { runGoldenFiles, runInWorker, hostFiles: () => createWasmBackend().then((s) => {
  try {
    s.furnsh("lsk/naif0012.tls");
    return "loaded";
  } catch (e) {
    return e.short;
  } finally {
    s.dispose();
  }
}) };
document.getElementById("out").textContent = "ready";
