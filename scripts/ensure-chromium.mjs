// The test command installs what it needs: Debian's Chromium (browsers cannot be downloaded here).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
if (existsSync(CHROMIUM)) {
  console.log(`chromium: ${CHROMIUM} present`);
} else {
  if (process.getuid && process.getuid() !== 0) {
    console.error(`${CHROMIUM} is missing and this is not root: run "apt-get update && apt-get install -y chromium" as root.`);
    process.exit(1);
  }
  console.log('chromium: installing Debian chromium…');
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit' });
}
