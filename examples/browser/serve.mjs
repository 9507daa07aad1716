// Serves the repository root on localhost for the browser example (after `bash scripts/setup.sh`).
// Run: node examples/browser/serve.mjs, then open the printed address.
import { startServer } from "../../tests/browser/server.mjs";

const server = await startServer();
console.log(`${server.url}/examples/browser/`);
