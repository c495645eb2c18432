// The recalculation test needs a real spreadsheet engine: Debian's LibreOffice Calc (headless);
// the package test a second reader of .xlsx files: Debian's python3-openpyxl.
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

if (existsSync('/usr/lib/python3/dist-packages/openpyxl')) {
  console.log('openpyxl: present');
} else if (process.getuid && process.getuid() !== 0) {
  console.error('openpyxl is missing and this is not root: run "apt-get install -y python3-openpyxl" as root.');
  process.exit(1);
} else {
  console.log('openpyxl: installing Debian python3-openpyxl…');
  execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-openpyxl || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-openpyxl)', { stdio: 'inherit' });
}
