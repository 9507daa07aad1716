// core/'s folders form one stack: the README's Architecture section lists the layers bottom-up in a
// ```core-layers block, and every `#include "folder/..."` in core/ must point to a lower layer (or
// to the same layer where an `allow` line says so). This test reads both and fails on an include
// against that order, on a folder the README does not place, and on any include cycle.
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const coreDir = join(repo, "core");
const sourceExtensions = [".cpp", ".hpp", ".h", ".inc", ".def"];

// The README block: `layer a b c` lines bottom-up, `allow a -> b` for an include inside a layer.
export function parseLayers(readme) {
  const block = readme.match(/```core-layers\n([\s\S]*?)```/);
  if (!block) throw new Error("README.md has no ```core-layers block");
  const layerOf = new Map();
  const allowed = new Set();
  let index = 0;
  for (const raw of block[1].split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const [word, ...rest] = line.split(/\s+/);
    if (word === "layer") {
      for (const node of rest) {
        if (layerOf.has(node)) throw new Error(`${node} is placed twice in the core-layers block`);
        layerOf.set(node, index);
      }
      index += 1;
    } else if (word === "allow" && rest.length === 3 && rest[1] === "->") {
      allowed.add(`${rest[0]} -> ${rest[2]}`);
    } else {
      throw new Error(`core-layers block: cannot read "${raw}"`);
    }
  }
  return { layerOf, allowed };
}

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (sourceExtensions.some((e) => name.endsWith(e))) out.push(path);
  }
  return out;
}

// Nodes are core/'s top-level folders (subfolders belong to theirs) and the files at its root
// (context.hpp). Edges: node -> node, each with the first file and include line that makes it.
export function includeGraph(root) {
  const nodes = new Set();
  const edges = new Map();
  const topLevel = new Set(readdirSync(root));
  for (const file of sourceFiles(root)) {
    const rel = relative(root, file).split(sep);
    const from = rel[0];
    nodes.add(from);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^\s*#\s*include\s*"([^"]+)"/gm)) {
      const to = m[1].split("/")[0];
      if (to === from || !topLevel.has(to)) continue;
      const key = `${from} -> ${to}`;
      if (!edges.has(key)) edges.set(key, { from, to, where: `core/${rel.join("/")}: #include "${m[1]}"` });
    }
  }
  return { nodes, edges: [...edges.values()] };
}

// The edges that break the order, and the nodes the README does not place.
export function checkLayers({ nodes, edges }, { layerOf, allowed }) {
  const unplaced = [...nodes].filter((n) => !layerOf.has(n)).sort();
  const violations = [];
  for (const e of edges) {
    if (!layerOf.has(e.from) || !layerOf.has(e.to)) continue;
    const a = layerOf.get(e.from);
    const b = layerOf.get(e.to);
    if (b < a || (a === b && allowed.has(`${e.from} -> ${e.to}`))) continue;
    violations.push(`${e.from} -> ${e.to} (${b > a ? "upward" : "same layer, not allowed"}): ${e.where}`);
  }
  return { unplaced, violations: violations.sort() };
}

// Every cycle of the folder graph, each as the list of its nodes (Tarjan's strongly connected
// components with more than one node).
export function findCycles({ nodes, edges }) {
  const next = new Map([...nodes].map((n) => [n, []]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (v) => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const n of next.keys()) if (!index.has(n)) visit(n);
  return cycles;
}

const order = parseLayers(readFileSync(join(repo, "README.md"), "utf8"));
const graph = includeGraph(coreDir);

test("every core/ folder (and context.hpp) has a place in the README's layer order", () => {
  const { unplaced } = checkLayers(graph, order);
  assert.deepEqual(unplaced, [], `add these to the README's core-layers block: ${unplaced.join(", ")}`);
  const missing = [...order.layerOf.keys()].filter((n) => !graph.nodes.has(n));
  assert.deepEqual(missing, [], `the README places folders core/ does not have: ${missing.join(", ")}`);
});

test("core/ includes only point down the README's layer order", () => {
  const { violations } = checkLayers(graph, order);
  assert.deepEqual(violations, [], `includes against the order:\n${violations.join("\n")}`);
});

test("core/ folders include each other without cycles", () => {
  assert.deepEqual(findCycles(graph), []);
});

test("the checker itself finds upward edges, unallowed same-layer edges and cycles", () => {
  const fake = parseLayers("```core-layers\nlayer a\nlayer b c\nallow c -> b\nlayer d\n```\n");
  const edge = (from, to) => ({ from, to, where: `${from}.hpp` });
  const ok = { nodes: new Set(["a", "b", "c", "d"]), edges: [edge("d", "a"), edge("c", "b"), edge("b", "a")] };
  assert.deepEqual(checkLayers(ok, fake), { unplaced: [], violations: [] });
  assert.deepEqual(findCycles(ok), []);
  const bad = { nodes: new Set(["a", "b", "c", "d", "e"]), edges: [edge("a", "d"), edge("b", "c"), edge("d", "a")] };
  const { unplaced, violations } = checkLayers(bad, fake);
  assert.deepEqual(unplaced, ["e"]);
  assert.equal(violations.length, 2);
  assert.match(violations.join("\n"), /a -> d \(upward\)/);
  assert.match(violations.join("\n"), /b -> c \(same layer, not allowed\)/);
  assert.deepEqual(findCycles(bad), [["a", "d"]]);
});
