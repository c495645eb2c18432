// The recalculation test needs a real spreadsheet engine: Debian's LibreOffice Calc (headless);
// the package test a second reader of .xlsx files: Debian's python3-openpyxl.
import { existsSync } from 'node:fs';
import { ensure } from './apt-ensure.mjs';

if (existsSync('/usr/bin/libreoffice')) console.log('libreoffice: present');
else ensure('/usr/bin/soffice', 'libreoffice-calc-nogui', 'the recalculation test');
ensure('/usr/lib/python3/dist-packages/openpyxl', 'python3-openpyxl', 'a second, strict reader of the export');
