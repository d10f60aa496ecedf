/**
 * `npm run db:aggregates` rebuilds the daily aggregates from raw answers (and the monthly ones from the
 * daily), then checks them. `npm run db:aggregates -- --verify` only checks: it compares the maintained
 * `daily_answer_counts` with a full recomputation from raw rows and `monthly_answer_counts` with the daily
 * counts summed per month, and the subtree rollups with the daily counts pooled again, prints the
 * differences and exits 1 when there is one.
 */

import { dbReady, getDb } from "@/db/client";
import {
  type AggregateDifference,
  diffDailyAnswerCounts,
  diffMonthlyAnswerCounts,
  rebuildDailyAnswerCounts,
} from "@/features/index/server/aggregates";
import { diffRollups } from "@/features/index/server/rollups";
import { prepareDatabase } from "@/features/operations/server/prepare-database";

const SHOWN = 50;

function differenceLine(d: AggregateDifference): string {
  return `  unit ${d.unitId} · ${d.day} · instrument ${d.instrumentId} · ${d.channel} · ${d.itemKey}=${d.value}${
    d.flagged ? " (flagged)" : ""
  }: maintained ${d.maintained}, recomputed ${d.recomputed}`;
}

async function main(): Promise<number> {
  const verifyOnly = process.argv.includes("--verify");
  await dbReady();
  await prepareDatabase();
  const db = getDb();
  if (!verifyOnly) {
    const started = Date.now();
    await rebuildDailyAnswerCounts(db);
    console.log(`Đã dựng lại bảng tổng hợp / daily aggregates rebuilt in ${Date.now() - started} ms.`);
  }
  const differences = await diffDailyAnswerCounts(db);
  const monthly = await diffMonthlyAnswerCounts(db);
  if (monthly.length > 0) {
    console.error(
      `Bảng tổng hợp theo tháng KHÁC bảng theo ngày / monthly aggregates differ from the daily ones at ${monthly.length} key(s); run without --verify to rebuild.`,
    );
    return 1;
  }
  const rollups = await diffRollups(db);
  if (rollups.length > 0) {
    console.error(
      `Bảng gộp theo cây đơn vị KHÁC bảng theo ngày / subtree rollups differ from the daily aggregates at ${rollups.length}+ key(s); run without --verify to rebuild:`,
    );
    for (const r of rollups.slice(0, SHOWN)) console.error(`  ${JSON.stringify(r)}`);
    return 1;
  }
  if (differences.length === 0) {
    console.log("Bảng tổng hợp khớp với dữ liệu gốc / daily aggregates equal a full recomputation.");
    return 0;
  }
  console.error(
    `Bảng tổng hợp KHÁC dữ liệu gốc / daily aggregates differ from raw answers at ${differences.length} key(s):`,
  );
  for (const d of differences.slice(0, SHOWN)) console.error(differenceLine(d));
  if (differences.length > SHOWN) console.error(`  … and ${differences.length - SHOWN} more`);
  console.error(
    "Chạy `npm run db:aggregates` (không có --verify) để dựng lại / run without --verify to rebuild.",
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
