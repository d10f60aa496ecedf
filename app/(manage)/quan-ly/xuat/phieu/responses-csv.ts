import "server-only";
import { stringify } from "csv-stringify/sync";
import { resolveScopeUnits } from "@/db/queries/index-figures";
import { type ExportCursor, listExportResponsesPage } from "@/db/queries/response-export";
import { listSubtreeUnitIds } from "@/db/queries/units";
import type { DayRange } from "@/lib/dashboard-params";
import { type ExportOptions, type ExportResponse, exportHeader, exportRecord } from "@/lib/response-export";
import { flattenTree } from "@/lib/unit-tree";

export interface ResponsesCsvRequest extends ExportOptions {
  /** Raw unit ids whose responses are exported, in output order (each unit's rows by day, then id). */
  unitIds: readonly number[];
  range: DayRange;
  /** Rows read and written per pull; memory stays at about one page whatever the export's size. */
  pageSize?: number;
}

export const EXPORT_PAGE_SIZE = 5000;

/**
 * The raw unit ids an export of these subtrees reads, in output order: the current units in tree order,
 * then the units merged into them (their responses count for their successors, as on the dashboard).
 */
export async function exportUnitIds(rootIds: readonly number[]): Promise<number[]> {
  const scope = await resolveScopeUnits(await listSubtreeUnitIds(rootIds));
  return [...new Set([...flattenTree(scope.units).map((r) => r.unit.id), ...scope.countedIds])];
}
const BOM = "\uFEFF";

/**
 * The CSV as a pull-based web stream (UTF-8 with a BOM so spreadsheet programs read the diacritics):
 * each pull reads the next page by keyset — unit after unit, (local day, id) after the last row — and
 * enqueues it, so nothing more is read until the client has taken what was sent (backpressure).
 */
export function responsesCsvStream(request: ResponsesCsvRequest): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pageSize = request.pageSize ?? EXPORT_PAGE_SIZE;
  let headerSent = false;
  let unitIndex = 0;
  let cursor: ExportCursor | null = null;
  let cancelled = false;

  const nextPage = async (): Promise<ExportResponse[]> => {
    const rows: ExportResponse[] = [];
    while (rows.length < pageSize && unitIndex < request.unitIds.length && !cancelled) {
      const unitId = request.unitIds[unitIndex] as number;
      const want = pageSize - rows.length;
      const page = await listExportResponsesPage(unitId, request.range, cursor, want);
      rows.push(...page);
      const last = page.at(-1);
      if (page.length < want || !last) {
        unitIndex += 1;
        cursor = null;
      } else {
        cursor = { localDay: last.localDay, id: last.id };
      }
    }
    return rows;
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(BOM + stringify([exportHeader(request)])));
          return;
        }
        const rows = await nextPage();
        if (rows.length === 0) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(stringify(rows.map((r) => exportRecord(r, request)))));
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 1 },
  );
}
