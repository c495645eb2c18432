/** A drawn chart: updated with new data, destroyed when its canvas goes. */
export interface ChartHandle<D> {
  update(data: D): void;
  destroy(): void;
}
