// The recalculation test needs a real spreadsheet engine: Debian's LibreOffice Calc (headless).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

if (existsSync('/usr/bin/soffice') || existsSync('/usr/bin/libreoffice')) {
  console.log('libreoffice: present');
} else {
  if (process.getuid && process.getuid() !== 0) {
    console.error('LibreOffice is missing and this is not root: run "apt-get install -y libreoffice-calc-nogui" as root.');
    process.exit(1);
  }
  console.log('libreoffice: installing Debian libreoffice-calc-nogui…');
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-calc-nogui', { stdio: 'inherit' });
}
