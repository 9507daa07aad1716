// CSPICE N0067 itself as a test oracle (npm @rybosome/tspice, a devDependency used by tests only):
// started before a file's tests, disposed after them.
import { after, before } from "node:test";
import { spiceClients } from "@rybosome/tspice";

/**
 * Registers the oracle's start and end with node:test and returns tspice's raw CSPICE calls: a proxy
 * usable from the tests on (`oracle.spkezr(...)`), not at module load.
 * @param {{ backend?: "wasm" | "node", setup?: (raw: any) => void }} [options] tspice's backend, and
 *   what to load into it once started
 */
export function cspiceOracle({ backend = "wasm", setup } = {}) {
  let raw;
  let dispose;
  before(async () => {
    const clients = await spiceClients.toSync({ backend });
    raw = clients.spice.raw;
    dispose = clients.dispose;
    setup?.(raw);
  });
  after(async () => {
    await dispose?.();
  });
  return new Proxy(
    {},
    {
      get(_, name) {
        if (raw === undefined) throw new Error("the CSPICE oracle is used before its before() hook ran");
        const value = raw[name];
        return typeof value === "function" ? value.bind(raw) : value;
      },
    },
  );
}
