/** The CRM audit's interpretation bands (seed, plus our 1.0–2.0 band). */
import { roundHalfUp } from './decimal';

export type AuditBand = 'fulfils' | 'correction' | 'analyse' | 'fails';

/** Band from the weighted average rounded half-up to one decimal: 4.05 → 4.1 → fulfils. */
export function auditBand(weightedAverage: number): AuditBand {
  const r = roundHalfUp(weightedAverage, 1);
  if (r >= 4.1) return 'fulfils';
  if (r >= 3.1) return 'correction';
  if (r >= 2.1) return 'analyse';
  return 'fails';
}
