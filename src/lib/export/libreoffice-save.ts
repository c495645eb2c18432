/**
 * Test support: an .xlsx opened and saved by LibreOffice (headless, in a fresh profile), as a
 * client's spreadsheet would. With `recalculate`, every formula is computed anew on opening (a
 * file written without results gets LibreOffice's own).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

export function libreOfficeSave(bytes: Uint8Array, { recalculate = false } = {}): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'lo-save-'));
  const input = join(dir, 'in.xlsx');
  const out = join(dir, 'out');
  const profile = join(dir, 'profile');
  if (recalculate) {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  }
  writeFileSync(input, bytes);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--calc', '--convert-to', 'xlsx', '--outdir', out, input],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return new Uint8Array(readFileSync(join(out, 'in.xlsx')));
}
