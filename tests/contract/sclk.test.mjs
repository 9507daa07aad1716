// Spacecraft clocks (issue 12, sclk) on both backends. sclk.json (CSPICE's sce2c, sct2e, scs2e,
// scencd, sce2s, scdecd answers) runs in full through requiredGolden (backends.test.mjs); here:
// sce2t, sctiks, scfmt and scpart, which have no golden cases, against CSPICE itself (tspice,
// CSPICE N0067 compiled to WASM) through the identities that tie them to the calls it exposes;
// more clock strings and epochs than the golden file has, against tspice; the batch forms; and
// node and wasm agreeing bit for bit.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { goldenFile, kernelsDir } from "./fixtures.mjs";
import { cspiceOracle } from "./cspice-oracle.mjs";

const golden = JSON.parse(readFileSync(goldenFile("sclk"), "utf8"));
const CLOCKS = [-143, -53, -74, -94];

const tspice = cspiceOracle({
  setup: (raw) => {
    for (const k of golden.kernels) raw.furnsh({ path: k, bytes: readFileSync(join(kernelsDir, k)) });
  },
});

async function loaded(backend) {
  const spice = await createBackend({ backend });
  for (const k of golden.kernels) spice.furnsh({ path: `/kernels/${k}`, bytes: readFileSync(join(kernelsDir, k)) });
  return spice;
}

/** CSPICE's partitions of a clock, from the pool (tspice has no scpart). */
function cspicePartitions(sc) {
  const pstart = tspice.gdpool(`SCLK_PARTITION_START_${-sc}`, 0, 10000);
  const pstop = tspice.gdpool(`SCLK_PARTITION_END_${-sc}`, 0, 10000);
  assert.ok(pstart.found && pstop.found);
  return { pstart: pstart.values, pstop: pstop.values };
}

/** Epochs across each clock's coverage: CSPICE's own sct2e of encoded ticks spread over its range. */
function epochs(sc, count) {
  const { pstart, pstop } = cspicePartitions(sc);
  let total = 0;
  for (let i = 0; i < pstart.length; i++) total = Math.round(total + pstop[i] - pstart[i]);
  const out = [];
  for (let i = 0; i < count; i++) {
    const ticks = Math.round(total * ((i + 0.5) / count));
    try {
      out.push(tspice.sct2e(sc, ticks));
    } catch {
      // below the first coefficient record: not an epoch of this clock
    }
  }
  return out;
}

/** "p/fields" -> "fields" */
const withoutPartition = (s) => s.slice(s.indexOf("/") + 1);

const errorCode = (f) => {
  try {
    f();
    return "(no error)";
  } catch (e) {
    // spicecraft's SpiceError has `short`; tspice's errors start their message with the short code.
    return e.short ?? /SPICE\([A-Z0-9_]+\)/.exec(e.message)?.[0] ?? e.message;
  }
};

for (const backend of ["node", "wasm"]) {
  describe(`SCLK: ${backend}`, () => {
    test("scpart gives the kernel's partitions", async () => {
      const spice = await loaded(backend);
      try {
        for (const sc of CLOCKS) assert.deepEqual(spice.scpart(sc), cspicePartitions(sc), `clock ${sc}`);
      } finally {
        spice.dispose();
      }
    });

    test("sce2t is CSPICE's sce2s re-encoded, and sce2s/sce2c/scs2e/sct2e match CSPICE over each clock", async () => {
      const spice = await loaded(backend);
      try {
        for (const sc of CLOCKS) {
          for (const et of epochs(sc, 60)) {
            const sclkch = tspice.sce2s(sc, et);
            assert.equal(spice.sce2s(sc, et), sclkch, `sce2s ${sc} ${et}`);
            // SCE2S is SCE2T then SCDECD, and SCENCD undoes SCDECD inside a partition.
            assert.equal(spice.sce2t(sc, et), tspice.scencd(sc, sclkch), `sce2t ${sc} ${et}`);
            assert.equal(Number.isInteger(spice.sce2t(sc, et)), true);
            assert.equal(spice.sce2c(sc, et), tspice.sce2c(sc, et), `sce2c ${sc} ${et}`);
            assert.equal(spice.scs2e(sc, sclkch), tspice.scs2e(sc, sclkch), `scs2e ${sc} ${sclkch}`);
            const ticks = tspice.sce2c(sc, et);
            assert.equal(spice.sct2e(sc, ticks), tspice.sct2e(sc, ticks), `sct2e ${sc} ${ticks}`);
            assert.equal(spice.scdecd(sc, ticks), tspice.scdecd(sc, ticks), `scdecd ${sc} ${ticks}`);
          }
        }
      } finally {
        spice.dispose();
      }
    });

    test("sctiks and scfmt: CSPICE's scencd and scdecd without the partition offsets", async () => {
      const spice = await loaded(backend);
      try {
        for (const sc of CLOCKS) {
          const { pstart, pstop } = spice.scpart(sc);
          const totals = [];
          for (let i = 0; i < pstart.length; i++) totals.push(Math.round((i ? totals[i - 1] : 0) + pstop[i] - pstart[i]));
          for (const et of epochs(sc, 40)) {
            const sclkch = tspice.sce2s(sc, et);
            const part = Number(sclkch.slice(0, sclkch.indexOf("/")));
            const fields = withoutPartition(sclkch);
            const sclkdp = tspice.scencd(sc, sclkch);
            // SCENCD: sclkdp = ticks - pstart(p) + total(p-1).
            const ticks = sclkdp - (part > 1 ? totals[part - 2] : 0) + pstart[part - 1];
            assert.equal(spice.sctiks(sc, fields), ticks, `sctiks ${sc} '${fields}'`);
            assert.equal(spice.scfmt(sc, ticks), fields, `scfmt ${sc} ${ticks}`);
            // Rounds to a whole tick (where a double still has room for fractions of one).
            if (ticks < 2 ** 48) assert.equal(spice.scfmt(sc, ticks + 0.4), fields, "scfmt rounds to a whole tick");
          }
        }
        // MRO: 256 ticks per second; trailing fields may be left out.
        assert.equal(spice.sctiks(-74, "0000000001:001"), 257);
        assert.equal(spice.sctiks(-74, "1"), 256);
        assert.equal(spice.sctiks(-74, "1.255"), 511);
        assert.equal(spice.sctiks(-74, "1:"), 256); // an empty last field is its offset (0)
        assert.equal(spice.sctiks(-74, "0 0"), 0);
        assert.equal(spice.scfmt(-74, 257), "0000000001.001"); // MRO writes "." between fields
        assert.equal(spice.scfmt(-143, 65537), "0000000001:00001"); // TGO: 65536 ticks per count, ':' delimiter
        assert.equal(spice.scfmt(-53, 0), "0000000000.000");
        assert.equal(errorCode(() => spice.scfmt(-74, -1)), "SPICE(VALUEOUTOFRANGE)");
        assert.equal(errorCode(() => spice.sctiks(-74, "")), "SPICE(EMPTYSTRING)");
        assert.equal(errorCode(() => spice.sctiks(-74, "   ")), "SPICE(INVALIDSCLKSTRING)");
        assert.equal(errorCode(() => spice.sctiks(-74, "1:2:3")), "SPICE(INVALIDSCLKSTRING)");
        assert.equal(errorCode(() => spice.sctiks(-74, "1:x")), "SPICE(INVALIDSCLKSTRING)");
        assert.equal(errorCode(() => spice.sctiks(-999, "1")), "SPICE(KERNELVARNOTFOUND)");
      } finally {
        spice.dispose();
      }
    });

    test("clock strings in every spelling, partition boundaries and errors as CSPICE gives them", async () => {
      const spice = await loaded(backend);
      try {
        for (const sc of CLOCKS) {
          const { pstart, pstop } = spice.scpart(sc);
          const strings = [];
          for (let p = 0; p < pstart.length; p++) {
            for (const ticks of [pstart[p], pstop[p], Math.round((pstart[p] + pstop[p]) / 2)]) {
              const fields = spice.scfmt(sc, ticks);
              strings.push(`${p + 1}/${fields}`, fields, ` ${p + 1} / ${fields.replace(/[:.]/, " ")} `, `${p + 1}/${fields.replace(/[:.]/, ",")}`);
            }
          }
          strings.push("1/0:0", "1/1", "2/1", "1/99999999999", "1/1:", "1/1::", "1.5/1000", "1e0/1000", "pi/1000", "x/1", " /1");
          for (const s of strings) {
            const want = errorCode(() => tspice.scencd(sc, s));
            if (want === "(no error)") {
              const sclkdp = tspice.scencd(sc, s);
              assert.equal(spice.scencd(sc, s), sclkdp, `scencd ${sc} '${s}'`);
              assert.equal(spice.scdecd(sc, sclkdp), tspice.scdecd(sc, sclkdp), `scdecd ${sc} ${sclkdp}`);
              if (errorCode(() => tspice.scs2e(sc, s)) === "(no error)") assert.equal(spice.scs2e(sc, s), tspice.scs2e(sc, s));
            } else {
              assert.equal(errorCode(() => spice.scencd(sc, s)), want, `scencd ${sc} '${s}'`);
            }
          }
          // Encoded ticks at and around every partition boundary.
          let total = 0;
          for (let p = 0; p < pstart.length; p++) {
            total = Math.round(total + pstop[p] - pstart[p]);
            for (const sclkdp of [total - 1, total, total + 1, total + 0.5, total - 0.5]) {
              for (const call of ["scdecd", "sct2e"]) {
                const want = errorCode(() => tspice[call](sc, sclkdp));
                if (want === "(no error)") assert.equal(spice[call](sc, sclkdp), tspice[call](sc, sclkdp), `${call} ${sc} ${sclkdp}`);
                else assert.equal(errorCode(() => spice[call](sc, sclkdp)), want, `${call} ${sc} ${sclkdp}`);
              }
            }
          }
        }
      } finally {
        spice.dispose();
      }
    });

    test("the batch forms give the single calls' answers", async () => {
      const spice = await loaded(backend);
      try {
        const ets = Float64Array.from(epochs(-74, 20));
        const ticks = spice.sce2cBatch(-74, ets);
        assert.deepEqual([...ticks], [...ets].map((et) => spice.sce2c(-74, et)));
        assert.deepEqual([...spice.sct2eBatch(-74, ticks)], [...ticks].map((t) => spice.sct2e(-74, t)));
      } finally {
        spice.dispose();
      }
    });
  });
}

test("node and wasm agree bit for bit on every SCLK call", async () => {
  const [a, b] = await Promise.all([loaded("node"), loaded("wasm")]);
  try {
    for (const sc of CLOCKS) {
      for (const et of epochs(sc, 200)) {
        const ticks = a.sce2c(sc, et);
        assert.equal(b.sce2c(sc, et), ticks);
        assert.equal(b.sce2t(sc, et), a.sce2t(sc, et));
        assert.equal(b.sct2e(sc, ticks), a.sct2e(sc, ticks));
        assert.equal(b.sce2s(sc, et), a.sce2s(sc, et));
        assert.equal(b.scs2e(sc, a.sce2s(sc, et)), a.scs2e(sc, a.sce2s(sc, et)));
      }
    }
  } finally {
    a.dispose();
    b.dispose();
  }
});
