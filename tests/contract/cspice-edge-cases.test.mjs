// CSPICE's edge cases of issue 18 (item 4) on both backends, checked against CSPICE itself (tspice,
// CSPICE N0067) where tspice passes the call through: the SPK readers with no SPK loaded, pool
// look-ups of an empty name, unload of a kernel that is not loaded, ktotal/kdata kind lists, and
// one reading of kernel names (a relative virtual id, a VirtualOutput's path) for furnsh, unload
// and kinfo.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { cspiceOracle } from "./cspice-oracle.mjs";
import { kernelsDir } from "./fixtures.mjs";

const tspice = cspiceOracle();
const bytesOf = (relative) => readFileSync(join(kernelsDir, relative));

/** The SpiceError short code a call throws, "(ok)" when it returns. */
function outcome(call) {
  try {
    call();
    return "(ok)";
  } catch (e) {
    return e.short ?? /SPICE\(\w+\)/.exec(String(e.message))?.[0] ?? `${e.name}: ${e.message}`;
  }
}

const SPK_READERS = [
  ["spkezr", ["MOON", 0, "J2000", "NONE", "EARTH"]],
  ["spkezr", ["MOON", 0, "J2000", "LT+S", "EARTH"]],
  ["spkpos", ["MOON", 0, "J2000", "CN+S", "EARTH"]],
  ["spkez", [301, 0, "J2000", "NONE", 399]],
  ["spkezp", [301, 0, "J2000", "NONE", 399]],
  ["spkgeo", [301, 0, "J2000", 399]],
  ["spkgps", [301, 0, "J2000", 399]],
  ["spkssb", [301, 0, "J2000"]],
];

for (const backend of ["node", "wasm"]) {
  describe(`CSPICE's edge cases: ${backend}`, () => {
    test("the SPK readers with no kernel at all, and with only a text kernel: CSPICE's SPICE(NOLOADEDFILES)", async () => {
      const spice = await createBackend({ backend });
      try {
        for (const [call, args] of SPK_READERS) {
          assert.equal(outcome(() => spice[call](...args)), "SPICE(NOLOADEDFILES)", `${call} with nothing loaded`);
          assert.equal(outcome(() => tspice[call](...args)), "SPICE(NOLOADEDFILES)", `CSPICE's ${call}`);
        }
        spice.furnsh({ path: "/kernels/lsk/naif0012.tls", bytes: bytesOf("lsk/naif0012.tls") });
        tspice.furnsh({ path: "/kernels/edge-naif0012.tls", bytes: bytesOf("lsk/naif0012.tls") });
        try {
          for (const [call, args] of SPK_READERS) {
            assert.equal(outcome(() => spice[call](...args)), outcome(() => tspice[call](...args)), `${call}, LSK only`);
          }
        } finally {
          tspice.unload("/kernels/edge-naif0012.tls");
        }
      } finally {
        spice.dispose();
      }
    });

    test("pool look-ups of an empty name: SPICE(EMPTYSTRING), as the C wrappers check; a blank name is just absent", async () => {
      // tspice refuses "" in JS before CSPICE sees it, so CSPICE's code comes from its C wrappers'
      // CHKFSTR (gdpool_c ... expool_c), which checks the length only.
      const spice = await createBackend({ backend });
      try {
        const calls = [
          ["gdpool", ["", 0, 1]], ["gipool", ["", 0, 1]], ["gcpool", ["", 0, 1]], ["gnpool", ["", 0, 1]],
          ["dtpool", [""]], ["expool", [""]], ["dvpool", [""]], ["swpool", ["", ["X"]]], ["cvpool", [""]],
        ];
        for (const [call, args] of calls) assert.equal(outcome(() => spice[call](...args)), "SPICE(EMPTYSTRING)", call);
        assert.equal(outcome(() => spice.gdpool("", 0, 0)), "SPICE(EMPTYSTRING)", "before the room check");
        assert.deepEqual(spice.gdpool(" ", 0, 1), { found: false });
        assert.deepEqual(spice.dtpool(" "), { found: false });
        assert.equal(spice.expool(" "), false);
      } finally {
        spice.dispose();
      }
    });

    test("unload of a kernel that is not loaded does nothing, as CSPICE's", async () => {
      const spice = await createBackend({ backend });
      try {
        assert.equal(spice.unload("/kernels/never.bsp"), undefined);
        assert.equal(tspice.unload("/kernels/never.bsp"), undefined);
        spice.furnsh({ path: "/kernels/lsk/naif0012.tls", bytes: bytesOf("lsk/naif0012.tls") });
        spice.unload("/kernels/lsk/other.tls");
        assert.equal(spice.ktotal(), 1);
        spice.unload("/kernels/lsk/naif0012.tls");
        spice.unload("/kernels/lsk/naif0012.tls"); // twice: the second does nothing
        assert.equal(spice.ktotal(), 0);
      } finally {
        spice.dispose();
      }
    });

    test("ktotal/kdata take a blank-separated list or an array, and tspice's LSK/FK/IK/SCLK (reported as TEXT)", async () => {
      const spice = await createBackend({ backend });
      const files = ["lsk/naif0012.tls", "fk/moon_080317.tf", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp",
        "sclk/em16_tgo_step_20220402.tsc"];
      for (const f of files) {
        spice.furnsh({ path: `/kernels/${f}`, bytes: bytesOf(f) });
        tspice.furnsh({ path: `/kernels/edge/${f}`, bytes: bytesOf(f) });
      }
      try {
        const queries = ["ALL", "SPK TEXT", "spk text", "TEXT", "LSK", "FK", "IK", "SCLK", "LSK FK SPK", ["SPK", "TEXT"],
          ["LSK", "SCLK"], ["PCK"]];
        for (const kind of queries) {
          const n = spice.ktotal(kind);
          assert.equal(n, tspice.ktotal(kind), `ktotal(${JSON.stringify(kind)})`);
          for (let i = 0; i < n; i++) {
            const ours = spice.kdata(i, kind);
            const theirs = tspice.kdata(i, kind);
            assert.equal(ours.file.replace("/kernels/", "/kernels/edge/"), theirs.file, `kdata(${i}, ${JSON.stringify(kind)})`);
            assert.equal(ours.filtyp, theirs.filtyp);
          }
          assert.deepEqual(spice.kdata(n, kind), { found: false });
        }
        assert.equal(spice.kdata(0, "LSK").filtyp, "TEXT");
        // Words CSPICE does not know match nothing (tspice throws a RangeError of its own there).
        assert.equal(spice.ktotal("BOGUS"), 0);
      } finally {
        for (const f of files) tspice.unload(`/kernels/edge/${f}`);
        spice.dispose();
      }
    });

    test("one reading of kernel names: a relative virtual id or a VirtualOutput's path means the same kernel everywhere", async () => {
      const spice = await createBackend({ backend });
      try {
        spice.furnsh({ path: "lsk/rel.tls", bytes: bytesOf("lsk/naif0012.tls") });
        assert.equal(spice.kdata(0).file, "/kernels/lsk/rel.tls");
        assert.equal(spice.kinfo("lsk/rel.tls").found, true);
        assert.equal(spice.kinfo("/kernels/lsk//./rel.tls").found, true);
        spice.unload("lsk/rel.tls");
        assert.equal(spice.ktotal(), 0);

        // A VirtualOutput { path: "x.bsp" } written and closed is loaded by furnsh("x.bsp"), as its JSDoc promises.
        const states = [7000, 0, 0, 0, 7.5, 0, 7000, 10, 0, 0, 7.5, 0, 6999, 20, 0, 0, 7.5, 0];
        const write = (out) => {
          const h = spice.spkopn(out, "edge", 0);
          spice.spkw08(h, -999, 399, "J2000", 0, 20, "EDGE", 1, states, 0, 10);
          spice.spkcls(h);
        };
        const out = { kind: "virtual-output", path: "x.bsp" };
        write(out);
        spice.furnsh(out.path);
        assert.equal(spice.kdata(0).file, "/kernels/x.bsp");
        assert.equal(spice.kinfo("x.bsp").filtyp, "SPK");
        assert.deepEqual(spice.spkgeo(-999, 0, "J2000", 399).state.slice(0, 3), [7000, 0, 0]);
        spice.unload("x.bsp");
        assert.equal(spice.ktotal(), 0);
        const other = { kind: "virtual-output", path: "./out//y.bsp" };
        write(other);
        spice.furnsh("/kernels/out/y.bsp"); // by its full id; the relative path names the same kernel
        assert.equal(spice.kinfo(other.path).found, true);
        assert.equal(spice.kinfo("out/y.bsp").found, true);
        spice.unload(other.path);
        assert.equal(spice.ktotal(), 0);
        if (backend === "node") {
          // A relative name no virtual kernel holds stays a host path (here: a file that is not there).
          assert.equal(outcome(() => spice.furnsh("no-such-dir/none.bsp")), "SPICE(NOSUCHFILE)");
        }
      } finally {
        spice.dispose();
      }
    });
  });
}
