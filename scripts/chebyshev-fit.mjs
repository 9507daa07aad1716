// Chebyshev coefficients of degree `deg` for x, y, z of `position(t)` over [mid - half, mid + half],
// by interpolation at the Chebyshev nodes: the records of the Chebyshev SPKs that
// scripts/make-year-spk.mjs and demo/scripts/prepare-kernels.mjs write (type 2, x then y then z).
export function chebyshev(position, mid, half, deg) {
  const n = deg + 1;
  const samples = Array.from({ length: n }, (_, j) => position(mid + half * Math.cos((Math.PI * (j + 0.5)) / n)));
  const coefficients = [];
  for (let axis = 0; axis < 3; axis++) {
    for (let k = 0; k < n; k++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum += samples[j][axis] * Math.cos((Math.PI * k * (j + 0.5)) / n);
      coefficients.push(((k === 0 ? 1 : 2) / n) * sum);
    }
  }
  return coefficients;
}
