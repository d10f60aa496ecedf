import { testDb } from "./db";

/**
 * Independent recomputation of the quick index from raw responses and answers of a unit's subtree
 * (no aggregates, no app code): flagged responses excluded, local days inclusive.
 */
export async function rawQuickDistribution(unitSlug: string, from: string, to: string): Promise<number[]> {
  const rs = await testDb.execute({
    sql: `WITH RECURSIVE sub(id) AS (
            SELECT id FROM units WHERE slug = ?
            UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
          SELECT a.value, count(*) AS n
          FROM answers a JOIN responses r ON r.id = a.response_id
          WHERE a.item_key = 'quick' AND a.value IS NOT NULL AND r.flagged = 0 AND r.local_day BETWEEN ? AND ?
            AND r.unit_id IN (SELECT id FROM sub)
          GROUP BY a.value`,
    args: [unitSlug, from, to],
  });
  return [1, 2, 3].map((level) => Number(rs.rows.find((r) => Number(r.value) === level)?.n ?? 0));
}

export interface ExpectedFigure {
  n: number;
  /** Two decimals with a dot ("80.00"), or "chưa đủ lượt đánh giá" below 30 answers. */
  index: string;
  /** As Vietnamese pages show it ("80,00"). */
  indexVi: string;
}

export function expectedFigure(dist: number[], minN = 30): ExpectedFigure {
  const n = dist.reduce((a, b) => a + b, 0);
  const satisfied = dist.slice(-2).reduce((a, b) => a + b, 0);
  const index = n >= minN ? ((100 * satisfied) / n).toFixed(2) : "chưa đủ lượt đánh giá";
  return { n, index, indexVi: index.replace(".", ",") };
}

export async function rawQuickFigure(unitSlug: string, from: string, to: string): Promise<ExpectedFigure> {
  return expectedFigure(await rawQuickDistribution(unitSlug, from, to));
}

/** The last day of a YYYY-MM month. */
export function monthEnd(month: string): string {
  const [y = 0, m = 1] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The month `months` before a YYYY-MM month. */
export function monthBefore(month: string, months = 1): string {
  const [y = 0, m = 1] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1 - months, 1)).toISOString().slice(0, 7);
}
