import { capaian, kategori, ikm } from '../src/functions/functions';

/** Average nanoseconds per call over `calls` calls, after a warm-up of at most 10 000. */
function perCallNs(calls: number, fn: (i: number) => unknown): number {
  for (let i = 0; i < Math.min(calls, 10_000); i++) fn(i);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) fn(i);
  return Number(process.hrtime.bigint() - t0) / calls;
}

/** (e) of the benchmark: CAPAIAN and KATEGORI per call over 10^6 calls, IKM over 1 000 × 9 answers. */
export function functionFigures() {
  const targets = [82, 100, 87.15, 4186950];
  const capaianNs = perCallNs(1_000_000, (i) => capaian(targets[i & 3], 81 + (i % 7), null));
  const kategoriNs = perCallNs(1_000_000, (i) => kategori(0.5 + (i % 1000) / 1000, null as never));
  const answers: number[][] = [];
  for (let r = 0; r < 1000; r++) answers.push(Array.from({ length: 9 }, (_, u) => 1 + ((r * 7 + u * 3) % 4)));
  const ikmMs = perCallNs(300, () => ikm(answers, null)) / 1e6;
  return { capaianUs: capaianNs / 1000, kategoriUs: kategoriNs / 1000, ikm1000x9Ms: ikmMs };
}
