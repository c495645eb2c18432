// The test command installs what it needs from Debian's packages, once, as root (never a download
// of its own): `ensure(path, pkg, why)` installs `pkg` when `path` is missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

let updated = false;

export function ensure(path, pkg, why, { recommends = false } = {}) {
  if (existsSync(path)) {
    console.log(`${pkg}: present`);
    return;
  }
  if (process.getuid && process.getuid() !== 0) {
    console.error(
      `${path} is missing (${why}) and this is not root: run "apt-get update && apt-get install -y ${pkg}" as root.`,
    );
    process.exit(1);
  }
  console.log(`${pkg}: installing Debian ${pkg} (${why})…`);
  if (!updated) execSync('apt-get update', { stdio: 'inherit' });
  updated = true;
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y ${recommends ? '' : '--no-install-recommends '}${pkg}`, {
    stdio: 'inherit',
  });
}
