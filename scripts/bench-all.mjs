// `npm run bench`: every browser benchmark in turn on one build, each printing its table; exits
// non-zero when any figure missed its target, but always runs them all (a miss in the first must
// not hide the others' figures).
import { spawnSync } from 'node:child_process';

const scripts = [
  ['bench-nps.mjs'],
  ['bench-nps.mjs', { BENCH_N: '50000', BENCH_ROUNDS: '2' }],
  ['bench-abc.mjs'],
  ['bench-workshop.mjs'],
];
let failed = 0;
scripts.forEach(([script, extra], i) => {
  const env = { ...process.env, ...extra, ...(i > 0 ? { BENCH_SKIP_BUILD: '1' } : {}) };
  const run = spawnSync(process.execPath, [`scripts/${script}`], { stdio: 'inherit', env });
  if (run.status !== 0) failed++;
});
if (failed) {
  console.error(`\n${failed} of ${scripts.length} benchmarks missed a target or failed.`);
  process.exit(1);
}
