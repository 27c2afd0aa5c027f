import type { Database } from '../db/database';

export type ConversionKind = 'add_to_cart' | 'begin_checkout' | 'purchase';

export interface Exposure {
  visitorId: string;
  experiment: string;
  variant: string;
  /** Defaults to the time the database records it. */
  at?: Date;
}

export type Conversion =
  | { visitorId: string; kind: 'purchase'; orderId: string; revenueUsdCents: number; at?: Date }
  | { visitorId: string; kind: 'add_to_cart' | 'begin_checkout'; orderId?: string; at?: Date };

export interface VariantResults {
  variant: string;
  visitors: number;
  converters: number;
  revenueUsdCents: number;
  revenueSquaresUsdCents2: number;
}

interface ResultRow {
  variant: string;
  visitors: number;
  converters: number;
  // Sums of bigint are numeric; read as text so nothing is lost before the one conversion below.
  revenue: string;
  revenue_squares: string;
}

/**
 * Per visitor of the experiment: whether a conversion of the metric and how much purchase
 * revenue came at or after the first exposure; then summed per variant.
 */
const RESULTS_SQL = `
  WITH per_visitor AS (
    SELECT e.variant,
           coalesce(bool_or(c.kind = $2), false) AS converted,
           coalesce(sum(c.revenue_usd_cents) FILTER (WHERE c.kind = 'purchase'), 0) AS revenue
    FROM experiment_exposures e
    LEFT JOIN conversions c ON c.visitor_id = e.visitor_id AND c.at >= e.first_at
    WHERE e.experiment = $1
    GROUP BY e.variant, e.visitor_id
  )
  SELECT variant,
         count(*)::int AS visitors,
         count(*) FILTER (WHERE converted)::int AS converters,
         sum(revenue)::text AS revenue,
         sum(revenue * revenue)::text AS revenue_squares
  FROM per_visitor
  GROUP BY variant
  ORDER BY variant`;

/** Exposures (one row per visitor and experiment) and conversions in PGlite. */
export class EventRepository {
  constructor(private readonly db: Database) {}

  /** The first exposure keeps its variant and time; a repeat only counts. */
  async recordExposure({ visitorId, experiment, variant, at }: Exposure): Promise<void> {
    await this.db.query(
      `INSERT INTO experiment_exposures (experiment, visitor_id, variant, first_at)
       VALUES ($1, $2, $3, coalesce($4::timestamptz, now()))
       ON CONFLICT (experiment, visitor_id) DO UPDATE SET exposures = experiment_exposures.exposures + 1`,
      [experiment, visitorId, variant, at ?? null],
    );
  }

  /** A purchase whose orderId is already recorded is ignored. */
  async recordConversion(conversion: Conversion): Promise<void> {
    const revenue = conversion.kind === 'purchase' ? conversion.revenueUsdCents : null;
    await this.db.query(
      `INSERT INTO conversions (visitor_id, kind, order_id, revenue_usd_cents, at)
       VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()))
       ON CONFLICT (order_id) WHERE kind = 'purchase' DO NOTHING`,
      [
        conversion.visitorId,
        conversion.kind,
        conversion.orderId ?? null,
        revenue,
        conversion.at ?? null,
      ],
    );
  }

  async results(experiment: string, metric: ConversionKind): Promise<VariantResults[]> {
    const { rows } = await this.db.query<ResultRow>(RESULTS_SQL, [experiment, metric]);
    return rows.map((row) => ({
      variant: row.variant,
      visitors: row.visitors,
      converters: row.converters,
      revenueUsdCents: Number(row.revenue),
      revenueSquaresUsdCents2: Number(row.revenue_squares),
    }));
  }
}
