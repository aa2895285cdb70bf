// Patterns a layout can leave that the data does not have: rings (a starting spiral's turns, or
// actors piled where a force's range ends) and crosses or rosettes (axis-aligned or n-fold
// symmetry from a quadtree or a phyllotaxis). Both are measured against what a drawing with no
// such pattern gives, so the numbers mean the same for any network; they are meant for networks
// with no structure of their own (a Barabási–Albert graph), where a pattern can only be an
// artefact — a network of real groups is lumpy in radius and angle, as it should be.
//   - ring: the actors' counts in 40 equal-width annuli around the centre, each compared with
//     the density of its six nearest annuli: the mean of (count − expected)² / expected. Counts
//     that vary like Poisson noise give about 1 (a force layout, more even than random, less); a
//     ring or a white gap gives many times that.
//   - symmetry: in 5 radial bands, for k = 1 … 8, |Σ e^{ikθ}| / √m over the band's m actors (θ
//     the angle around the centre): a Rayleigh z-score, above 3 by chance once in about 8 000 per
//     (band, k); the largest is reported. A cross scores high at k = 4, a rosette at its petal
//     count.

export interface RadialArtefacts {
  ring: number;
  symmetry: number;
}

export interface RadialOptions {
  /** Outer radius of the profile; default: the 98th percentile of the distances to the centre. */
  radius?: number;
  /** Centre; default: the coordinate-wise median (robust to outlying components). */
  centre?: { x: number; y: number };
  annuli?: number;
  bands?: number;
  harmonics?: number;
  /** Bands with fewer actors are skipped. */
  minimumPerBand?: number;
}

const median = (values: Float64Array) => {
  const sorted = Float64Array.from(values).sort();
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : 0;
};

/** Positions as x, y interleaved. */
export function radialArtefacts(
  positions: Float64Array,
  {
    radius,
    centre,
    annuli = 40,
    bands = 5,
    harmonics = 8,
    minimumPerBand = 50,
  }: RadialOptions = {},
): RadialArtefacts {
  const n = positions.length / 2;
  const xs = Float64Array.from({ length: n }, (_, i) => positions[2 * i]!);
  const ys = Float64Array.from({ length: n }, (_, i) => positions[2 * i + 1]!);
  const cx = centre?.x ?? median(xs);
  const cy = centre?.y ?? median(ys);
  const r = Float64Array.from({ length: n }, (_, i) => Math.hypot(xs[i]! - cx, ys[i]! - cy));
  const outer = radius ?? Float64Array.from(r).sort()[Math.floor(0.98 * (n - 1))] ?? 0;
  if (!(outer > 0)) return { ring: 0, symmetry: 0 };

  const counts = new Float64Array(annuli);
  for (let i = 0; i < n; i++) if (r[i]! < outer) counts[Math.floor((r[i]! / outer) * annuli)]!++;
  const area = (b: number) => 2 * b + 1; // ∝ (b + 1)² − b²
  let chi = 0;
  let used = 0;
  for (let b = 0; b < annuli; b++) {
    let density = 0;
    let neighbours = 0;
    for (let d = -3; d <= 3; d++) {
      const c = b + d;
      if (d === 0 || c < 0 || c >= annuli) continue;
      density += counts[c]! / area(c);
      neighbours++;
    }
    const expected = (density / neighbours) * area(b);
    if (neighbours < 6 || expected < 20) continue;
    chi += (counts[b]! - expected) ** 2 / expected;
    used++;
  }

  let symmetry = 0;
  for (let band = 0; band < bands; band++) {
    const from = (band * outer) / bands;
    const to = ((band + 1) * outer) / bands;
    const angles: number[] = [];
    for (let i = 0; i < n; i++)
      if (r[i]! >= from && r[i]! < to) angles.push(Math.atan2(ys[i]! - cy, xs[i]! - cx));
    if (angles.length < minimumPerBand) continue;
    for (let k = 1; k <= harmonics; k++) {
      let c = 0;
      let s = 0;
      for (const angle of angles) {
        c += Math.cos(k * angle);
        s += Math.sin(k * angle);
      }
      symmetry = Math.max(symmetry, Math.hypot(c, s) / Math.sqrt(angles.length));
    }
  }
  return { ring: used ? chi / used : 0, symmetry };
}
