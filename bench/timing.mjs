// The timing rule every benchmark here uses: one warm-up pass, then the best of `runs` passes,
// in microseconds per item (`items` done by one pass). Best-of, not mean: on a shared machine the
// slow passes measure the neighbours.
export function bestMicros(pass, items, runs = 3) {
  pass();
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = process.hrtime.bigint();
    pass();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e3 / items);
  }
  return best;
}
