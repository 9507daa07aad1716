// Issue 18's pool and kernel calls beyond pool-extras.json, on both backends, against CSPICE
// (tspice) where tspice has them: watcher sequences with text kernels and kclear, kplfrm into an
// integer cell, spkpds/spkuds round trips; dvpool and clpool (which tspice lacks) by CSPICE's rules.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { createBackend } from "../../dist/index.js";
import { cspiceOracle } from "./cspice-oracle.mjs";
import { kernelsDir } from "./fixtures.mjs";

const tspice = cspiceOracle();
// tspice's WASM bundle lacks kplfrm; its native addon has it.
const tspiceNode = cspiceOracle({ backend: "node" });
const bytesOf = (relative) => readFileSync(join(kernelsDir, relative));
const FKS = ["fk/moon_080317.tf", "fk/rssd0002.tf", "fk/heliospheric_v004u.tf"];

/** A small deterministic generator (the same sequence on every run). */
function* lcg(seed) {
  let x = seed;
  for (;;) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    yield x / 2 ** 32;
  }
}

for (const backend of ["node", "wasm"]) {
  describe(`pool and kernel calls (issue 18): ${backend}`, () => {
    test("a random sequence of swpool, cvpool, puts, text kernels and kclear answers as CSPICE does", async () => {
      const spice = await createBackend({ backend });
      const random = lcg(18);
      const pick = (list) => list[Math.floor(random.next().value * list.length)];
      const agents = [`W_${backend}_A`, `W_${backend}_B`, `W_${backend}_C`];
      const names = ["BODY399_GM", "SPICECRAFT_P", "SPICECRAFT_Q", "FRAME_VSO"];
      try {
        tspice.kclear();
        for (let step = 0; step < 300; step++) {
          const r = random.next().value;
          let op;
          if (r < 0.15) op = ["swpool", [pick(agents), names.filter(() => random.next().value < 0.5)]];
          else if (r < 0.6) op = ["cvpool", [pick(agents)]];
          else if (r < 0.75) op = ["pdpool", [pick(names), [step]]];
          else if (r < 0.8) op = ["pcpool", [pick(names), [`v${step}`]]];
          else if (r < 0.9) {
            const f = pick(["pck/gm_de440.tpc", "fk/heliospheric_v004u.tf", "lsk/naif0012.tls"]);
            op = ["furnsh", [f]];
          } else if (r < 0.95) op = ["kclear", []];
          else op = ["unload", [pick(["pck/gm_de440.tpc", "fk/heliospheric_v004u.tf", "lsk/naif0012.tls"])]];
          const [call, args] = op;
          const kernelArgs = (prefix) => (call === "furnsh" ? [{ path: `${prefix}${args[0]}`, bytes: bytesOf(args[0]) }] : [`${prefix}${args[0]}`]);
          const ours = call === "furnsh" || call === "unload" ? spice[call](...kernelArgs("/kernels/")) : spice[call](...args);
          const theirs = call === "furnsh" || call === "unload" ? tspice[call](...kernelArgs(`/kernels/w-${backend}/`)) : tspice[call](...args);
          assert.equal(ours, theirs, `step ${step}: ${call}(${JSON.stringify(args)})`);
        }
      } finally {
        tspice.kclear();
        spice.dispose();
      }
    });

    test("kplfrm into an integer cell, as tspice's kplfrm(frmcls, idset), and as a returned list", async () => {
      const spice = await createBackend({ backend });
      try {
        tspiceNode.kclear();
        for (const f of FKS) {
          spice.furnsh({ path: `/kernels/${f}`, bytes: bytesOf(f) });
          tspiceNode.furnsh({ path: `/kernels/k-${backend}/${f}`, bytes: bytesOf(f) });
        }
        for (const cls of [-1, 1, 2, 3, 4, 5, 6]) {
          const cell = spice.newIntCell(100);
          spice.insrti(-5, cell); // emptied first, as KPLFRM does
          const list = spice.kplfrm(cls, cell);
          const theirs = tspiceNode.newIntCell(100);
          tspiceNode.kplfrm(cls, theirs);
          const want = Array.from({ length: tspiceNode.card(theirs) }, (_, i) => tspiceNode.cellGeti(theirs, i));
          assert.deepEqual(list, want, `class ${cls}`);
          assert.deepEqual(Array.from({ length: spice.card(cell) }, (_, i) => spice.cellGeti(cell, i)), want);
          tspiceNode.freeCell(theirs);
        }
        const small = spice.newIntCell(2);
        assert.throws(() => spice.kplfrm(-1, small), (e) => e.short === "SPICE(SETTOOSMALL)");
      } finally {
        tspiceNode.kclear();
        spice.dispose();
      }
    });

    test("spkpds/spkuds agree with CSPICE bit for bit and round-trip", async () => {
      const spice = await createBackend({ backend });
      const random = lcg(1818);
      const frames = ["J2000", "ECLIPJ2000", "IAU_MARS", "GALACTIC", "FK4", "b1950"];
      try {
        for (let i = 0; i < 200; i++) {
          const body = Math.floor((random.next().value - 0.5) * 2e6);
          const center = Math.floor(random.next().value * 1000);
          const type = 1 + Math.floor(random.next().value * 21);
          const first = (random.next().value - 0.5) * 6e9;
          const last = first + random.next().value * 1e8;
          const frame = frames[i % frames.length];
          const args = [body, center, frame, type, first, last];
          let ours, theirs;
          try { ours = spice.spkpds(...args); } catch (e) { ours = e.short; }
          try { theirs = Array.from(tspice.spkpds(...args)); } catch (e) { theirs = /SPICE\(\w+\)/.exec(e.message)?.[0]; }
          if (typeof theirs === "string") {
            assert.equal(ours, theirs, JSON.stringify(args));
            continue;
          }
          const bits = (d) => Array.from(new BigUint64Array(Float64Array.from(d).buffer)).join(",");
          assert.equal(bits(ours), bits(theirs), JSON.stringify(args));
          const u = spice.spkuds(ours);
          assert.deepEqual({ ...u }, { ...tspice.spkuds(theirs) });
          assert.deepEqual([u.body, u.center, u.type, u.first, u.last], [body, center, type, first, last]);
        }
      } finally {
        spice.dispose();
      }
    });

    test("dvpool and clpool tell the watchers as CSPICE's DVPOOL and CLPOOL do", async () => {
      const spice = await createBackend({ backend });
      try {
        spice.swpool("A", ["X"]);
        spice.swpool("NOTHING", []);
        assert.equal(spice.cvpool("A"), true);
        assert.equal(spice.cvpool("NOTHING"), true);
        spice.dvpool("X"); // not there: nothing happens
        assert.equal(spice.cvpool("A"), false);
        spice.pdpool("X", [1]);
        spice.pdpool("Y", [2]);
        assert.equal(spice.cvpool("A"), true);
        spice.dvpool("X");
        assert.equal(spice.cvpool("A"), true);
        assert.deepEqual(spice.gdpool("X", 0, 1), { found: false });
        spice.clpool();
        assert.deepEqual(spice.gdpool("Y", 0, 1), { found: false });
        assert.equal(spice.cvpool("A"), true);
        assert.equal(spice.cvpool("NOTHING"), false); // watches nothing: CLPOOL does not tell it
        // Loaded kernels stay loaded after clpool; unloading one reloads the others' variables.
        spice.furnsh({ path: "/kernels/lsk/naif0012.tls", bytes: bytesOf("lsk/naif0012.tls") });
        spice.furnsh({ path: "/kernels/pck/gm_de440.tpc", bytes: bytesOf("pck/gm_de440.tpc") });
        spice.clpool();
        assert.equal(spice.ktotal(), 2);
        assert.equal(spice.expool("DELTET/K"), false);
        spice.unload("/kernels/pck/gm_de440.tpc");
        assert.equal(spice.expool("DELTET/K"), true);
      } finally {
        spice.dispose();
      }
    });

    test("the error subsystem: sigerr throws setmsg's message with the chkin trace; a failed call leaves the status reset", async () => {
      const spice = await createBackend({ backend });
      try {
        spice.chkin("MYROUTINE");
        spice.setmsg("Value # is out of range.");
        assert.equal(spice.getmsg("LONG"), "Value # is out of range.");
        assert.equal(tspice.setmsg("Value # is out of range."), undefined);
        assert.equal(tspice.getmsg("LONG"), "Value # is out of range.");
        assert.throws(() => spice.sigerr("SPICE(VALUEOUTOFRANGE)"),
          (e) => e.short === "SPICE(VALUEOUTOFRANGE)" && e.long === "Value # is out of range." && e.trace.includes("MYROUTINE"));
        assert.throws(() => tspice.sigerr("SPICE(VALUEOUTOFRANGE)"), /VALUEOUTOFRANGE/);
        for (const s of [spice, tspice]) {
          assert.equal(s.failed(), false);
          assert.equal(s.getmsg("SHORT"), "");
          assert.equal(s.getmsg("LONG"), "");
        }
        spice.chkout("MYROUTINE");
        spice.setmsg("pending");
        tspice.setmsg("pending");
        assert.throws(() => spice.str2et("not a time"));
        assert.throws(() => tspice.str2et("not a time"));
        assert.equal(spice.getmsg("LONG"), tspice.getmsg("LONG"));
        assert.throws(() => spice.getmsg("BOGUS"), (e) => e.short === "SPICE(INVALIDMSGTYPE)");
        for (const call of ["setmsg", "sigerr", "chkin", "chkout"]) {
          assert.throws(() => spice[call](""), (e) => e.short === "SPICE(EMPTYSTRING)", call);
        }
      } finally {
        spice.dispose();
      }
    });
  });
}
