/**
 * Running sums of incidents over their distinct days, for each region and for all of them: the table behind
 * the time index. Entry r · (d + 1) + k sums region r's incidents on the first k distinct days (k = 0 is
 * zero); block r = regionCount holds every incident. Day numbers are days since 1970-01-01.
 */
export interface DaySums {
  /** The distinct days, ascending (d of them). */
  days: Int32Array;
  counts: Float64Array;
  killed: Float64Array;
  injured: Float64Array;
}

/** Per-incident columns, index i = incident i; region −1 counts in the "all" block only. */
export interface IncidentColumns {
  killed: Float64Array;
  injured: Float64Array;
  region: Int32Array;
  regionCount: number;
}

/**
 * Sums incidents by `day[i]`, all days in [firstDay, firstDay + span). Returns the sums and, for each day
 * offset, its 1-based position among the distinct days (0 where no incident falls), which counting sorts use.
 * O(n + span + (r + 1) · d), no comparison sort.
 */
export function sumByDay(
  day: Int32Array,
  firstDay: number,
  span: number,
  columns: IncidentColumns,
): { sums: DaySums; slotOfDay: Int32Array } {
  const slotOfDay = new Int32Array(span);
  for (let i = 0; i < day.length; i += 1) slotOfDay[(day[i] as number) - firstDay] = 1;
  let distinct = 0;
  for (let k = 0; k < span; k += 1) if (slotOfDay[k] !== 0) slotOfDay[k] = ++distinct;
  const days = new Int32Array(distinct);
  for (let k = 0; k < span; k += 1) if (slotOfDay[k] !== 0) days[(slotOfDay[k] as number) - 1] = firstDay + k;

  const width = distinct + 1;
  const size = (columns.regionCount + 1) * width;
  const sums: DaySums = {
    days,
    counts: new Float64Array(size),
    killed: new Float64Array(size),
    injured: new Float64Array(size),
  };
  const add = (at: number, i: number) => {
    sums.counts[at] = (sums.counts[at] as number) + 1;
    sums.killed[at] = (sums.killed[at] as number) + (columns.killed[i] as number);
    sums.injured[at] = (sums.injured[at] as number) + (columns.injured[i] as number);
  };
  const all = columns.regionCount * width;
  for (let i = 0; i < day.length; i += 1) {
    const slot = slotOfDay[(day[i] as number) - firstDay] as number;
    const region = columns.region[i] as number;
    add(all + slot, i);
    if (region >= 0) add(region * width + slot, i);
  }
  for (let block = 0; block < size; block += width) {
    for (let k = block + 1; k < block + width; k += 1) {
      sums.counts[k] = (sums.counts[k] as number) + (sums.counts[k - 1] as number);
      sums.killed[k] = (sums.killed[k] as number) + (sums.killed[k - 1] as number);
      sums.injured[k] = (sums.injured[k] as number) + (sums.injured[k - 1] as number);
    }
  }
  return { sums, slotOfDay };
}

/** Where region r's running sums up to the first k distinct days sit in a DaySums table. O(1). */
export function sumIndex(sums: DaySums, region: number, k: number): number {
  return region * (sums.days.length + 1) + k;
}
