// One step of Adam (rate 0.05, betas 0.9 and 0.999) for the fit scripts' logistic regressions, with an L2 penalty on
// every weight below `intercepts` (the weights from there on are intercepts, which are never penalised).
export function adamStep(w: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array, step: number, l2: number, intercepts: number): void {
  const c1 = 1 - 0.9 ** step;
  const c2 = 1 - 0.999 ** step;
  for (let i = 0; i < w.length; i++) {
    const gi = g[i]! + (i >= intercepts ? 0 : l2 * w[i]!);
    m[i] = 0.9 * m[i]! + 0.1 * gi;
    v[i] = 0.999 * v[i]! + 0.001 * gi * gi;
    w[i]! -= (0.05 * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + 1e-8);
  }
}
