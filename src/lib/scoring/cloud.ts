/**
 * "Is a cloud CRM for you?" — our rule (the seed gives none): the average of the five answers
 * (1 strongly disagree … 5 strongly agree); 4.0 and above a cloud CRM fits; 3.0–3.9 it probably
 * fits (check the lowest-rated needs); below 3.0 consider an on-premise system.
 */
import { clean, roundHalfUp, sum } from './decimal';

export const ANSWER_RANGE = { integer: true, min: 1, max: 5 } as const;
export const FITS_FROM = 4;
export const PROBABLY_FROM = 3;

export type CloudFit = 'fits' | 'probably' | 'onPremise';

/**
 * The band, judged on the average as it is shown (rounded half-up to two decimals), so the verdict
 * never contradicts the number on screen: 3.95 → probably; 3.994 → "3.99" → probably;
 * 3.995 → "4.00" → fits; 2.995 → "3.00" → probably. Float drift (3.9999999999999996) counts as 4.
 * With five whole-number answers the average is a multiple of 0.2, so these edges are theoretical.
 */
export function cloudFit(average: number): CloudFit {
  const shown = roundHalfUp(average, 2);
  if (shown >= FITS_FROM) return 'fits';
  if (shown >= PROBABLY_FROM) return 'probably';
  return 'onPremise';
}

export interface CloudResult {
  /** 0-based indexes of statements without a valid answer. */
  missing: number[];
  /** Average of the answers, only once every statement is answered. */
  average: number | undefined;
  /** 0-based indexes of the lowest-rated statements (ties included), once all are answered. */
  lowest: number[];
  fit: CloudFit | undefined;
}

export function evaluateCloud(answers: readonly (number | undefined)[]): CloudResult {
  const missing = answers.flatMap((a, i) => (a === undefined ? [i] : []));
  const valid = answers.filter((a): a is number => a !== undefined);
  if (answers.length === 0 || missing.length > 0) return { missing, average: undefined, lowest: [], fit: undefined };
  // sum/n of whole numbers, cleaned: the same double as Excel's AVERAGE.
  const average = clean(sum(valid) / valid.length);
  const min = Math.min(...valid);
  const lowest = valid.flatMap((a, i) => (a === min ? [i] : []));
  return { missing, average, lowest, fit: cloudFit(average) };
}
