/** The result types of lost hours (DESIGN §5), beside its code: kpi/ does not import report/, which re-exports them. */
/** The counts of one breakdown row of the lost hours (see `LostHoursResult.unknownRows`). */
export interface LostHoursRowCounts {
  incidents: number;
  unknownDuration: number;
}

export interface LostHoursResult {
  /** null when the period is not covered by the data. */
  totalHours: number | null;
  /**
   * totalHours × 365 ÷ `observedDays` ÷ headcount; null without a headcount (`no-headcount`) or
   * when the data cover fewer than 28 days of the period (`too-few-days`: a yearly rate drawn
   * from a few days is no evidence).
   */
  perEmployeePerYear: number | null;
  /** Why `perEmployeePerYear` is null (null when it is not, and when the period is not covered). */
  perEmployeePerYearReason: 'no-headcount' | 'too-few-days' | null;
  /**
   * The days of the period the hours were counted over (from the data's first day, up to asOf),
   * which the yearly rate is drawn from; null when the period is not covered.
   */
  observedDays: number | null;
  benchmark: { low: 50; high: 100 };
  /**
   * Σ lost hours × `rates.userHourly`; null when some lost hour falls under a policy without
   * that rate (`no-rate`: money is never assumed).
   */
  cost: number | null;
  currency: string;
  /** Technician effort on incidents opened in the period, in hours. */
  effortHours: number | null;
  /** Incidents that lost time in the period. */
  incidents: number | null;
  /**
   * Of `incidents`, those whose export gives no `affectedUsers`: counted as affecting one user,
   * DESIGN §5's default (the assumption `affectedUsers` says so). Equal to `incidents` when the
   * export records no count at all: the hours are then incident hours weighted by impact.
   */
  usersAssumed: number | null;
  /**
   * Incidents opened in the period and closed at an unknown time (DESIGN §3): how long they
   * lasted cannot be told, so they are left out of the hours and counted here.
   */
  unknownDuration: number | null;
  /**
   * Incidents that shared business time with a heavier (or as heavy and earlier) incident of the
   * same asset and client: the users of one asset lose an hour once however many tickets say so,
   * so each such hour counts at the heaviest incident's weight only (null when not covered).
   */
  overlapIncidents: number | null;
  /** The lost hours a per-incident sum would have counted a second time over those overlaps (not in `totalHours`). */
  overlapHours: number | null;
  byClient: Record<string, number>;
  byCategory: Record<string, number>;
  byAsset: Record<string, number>;
  /**
   * The rows of `byClient`, `byCategory` and `byAsset` holding incidents closed at an unknown time
   * (`unknownDuration` of the row, `incidents` of the row that lost time in the period), so that
   * each row is judged alone as the total is (report/lengths-unknown.ts: a row whose hours would be
   * a floor is left out of its breakdown). Rows without such incidents are not listed. Optional
   * for reports written before it existed.
   */
  unknownRows?: { byClient: Record<string, LostHoursRowCounts>; byCategory: Record<string, LostHoursRowCounts>; byAsset: Record<string, LostHoursRowCounts> };
  /** Per client: headcount-based figure when the client's policy gives a headcount (and the days suffice, as above). */
  perEmployeePerYearByClient: Record<string, number | null>;
}
