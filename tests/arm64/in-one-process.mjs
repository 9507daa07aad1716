// Runs node:test files inside this one process (imports them; node:test runs what they register and
// sets the exit code on failure). Under qemu-aarch64 `node --test` cannot work: it starts each file
// in a child process from process.execPath, an arm64 binary the kernel cannot execute itself (no
// binfmt_misc handler is assumed). Usage: node tests/arm64/in-one-process.mjs FILE.test.mjs...
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

for (const file of process.argv.slice(2)) await import(pathToFileURL(resolve(file)).href);
