import "server-only";
import { listSubtreeUnitIds } from "@/features/units/server/unit-queries";
import { flattenTree } from "@/features/units/unit-tree";
import type { DayRange } from "../dashboard-params";
import {
  csvLines,
  type ExportOptions,
  type ExportResponse,
  exportHeader,
  exportRecord,
} from "../response-export";
import { resolveScopeUnits } from "./index-figures";
import {
  type ExportCursor,
  getExportIdBounds,
  listScopeExportPage,
  listUnitExportPage,
} from "./response-export-queries";

export interface ResponsesCsvRequest extends ExportOptions {
  /** Raw unit ids whose responses are exported (in output order when written unit by unit). */
  unitIds: readonly number[];
  range: DayRange;
  /** Rows read and written per pull; memory stays at about one page whatever the export's size. */
  pageSize?: number;
  /** From this many units on, walk the table in id order (default SCOPE_WALK_MIN_UNITS). */
  walkFromUnits?: number;
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

/** From this many units on, the export walks the table in id order instead of unit by unit. */
export const SCOPE_WALK_MIN_UNITS = 200;

type PageReader = (limit: number) => Promise<ExportResponse[]>;

/** Unit after unit, each by (local day, id) through the (unit_id, local_day) index. */
function unitByUnit(unitIds: readonly number[], range: DayRange): PageReader {
  let unitIndex = 0;
  let cursor: ExportCursor | null = null;
  return async (limit) => {
    while (unitIndex < unitIds.length) {
      const page = await listUnitExportPage(unitIds[unitIndex] as number, range, cursor, limit);
      const last = page.at(-1);
      if (page.length < limit || !last) {
        unitIndex += 1;
        cursor = null;
      } else {
        cursor = { localDay: last.localDay, id: last.id };
      }
      if (page.length > 0) return page;
    }
    return [];
  };
}

/** The whole scope in id order (≈ submission order) between the period's first and last ids. */
function alongTheTable(unitIds: readonly number[], range: DayRange): PageReader {
  let bounds: { first: number; last: number } | null | undefined;
  let afterId = 0;
  return async (limit) => {
    if (bounds === undefined) {
      bounds = await getExportIdBounds(range);
      afterId = (bounds?.first ?? 1) - 1;
    }
    if (bounds === null || afterId >= bounds.last) return [];
    const page = await listScopeExportPage(unitIds, range, afterId, bounds.last, limit);
    afterId = page.at(-1)?.id ?? bounds.last;
    return page;
  };
}

/** Lets other requests run between two pages: the embedded driver answers each query synchronously. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The CSV as a pull-based web stream (UTF-8 with a BOM so spreadsheet programs read the diacritics):
 * each pull reads the next page by keyset and enqueues it, so nothing more is read until the client
 * has taken what was sent (backpressure), and memory holds about one page whatever the export's size.
 * A few units are written unit by unit (then by day and id); a large scope in id order.
 */
export function responsesCsvStream(request: ResponsesCsvRequest): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pageSize = request.pageSize ?? EXPORT_PAGE_SIZE;
  const read =
    request.unitIds.length >= (request.walkFromUnits ?? SCOPE_WALK_MIN_UNITS)
      ? alongTheTable(request.unitIds, request.range)
      : unitByUnit(request.unitIds, request.range);
  let headerSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(BOM + csvLines([exportHeader(request)])));
          return;
        }
        await yieldToEventLoop();
        const rows = await read(pageSize);
        if (rows.length === 0) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(csvLines(rows.map((r) => exportRecord(r, request)))));
      },
    },
    { highWaterMark: 1 },
  );
}
