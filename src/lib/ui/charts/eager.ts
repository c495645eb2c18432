/**
 * Charts are drawn when they come near the window (LazyChart): chart.js is not loaded and run
 * for a chart below the fold while the page starts. Pages meant to be printed (the summary, the
 * report) draw theirs at once, so the printed page has every picture.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('charts drawn at once');

/** Called by a page's component: the charts inside it are drawn at once. */
export const drawChartsAtOnce = (): void => void setContext(KEY, true);

/** Whether the chart being created is inside such a page. */
export const chartsAtOnce = (): boolean => getContext<boolean | undefined>(KEY) === true;
