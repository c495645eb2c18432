// The report test reads the printed PDF back: Debian's poppler-utils (pdftotext, pdfinfo, pdftoppm).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

if (existsSync('/usr/bin/pdftotext')) {
  console.log('poppler-utils: present');
} else {
  if (process.getuid && process.getuid() !== 0) {
    console.error('pdftotext is missing and this is not root: run "apt-get install -y poppler-utils" as root.');
    process.exit(1);
  }
  console.log('poppler-utils: installing Debian poppler-utils…');
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends poppler-utils', { stdio: 'inherit' });
}
