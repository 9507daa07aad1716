// The demo's Web Worker: importing spicecraft/worker makes it serve a WASM backend to
// createWorkerBackend() on the page, so no SPICE call ever blocks the page.
import "spicecraft/worker";
