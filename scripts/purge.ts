/**
 * `npm run db:purge` applies the retention policy once (the running server also does it every day):
 * raw comments and device hashes past their retention become NULL, expired rate counters are deleted.
 * Answers and daily aggregates are not touched, so every index stays the same. Settings (JSON, table
 * `settings`): `retention.commentDays` (365), `retention.deviceHashDays` (30), `retention.rateCounterHours` (48).
 */
import { dbReady } from "@/db/client";
import { prepareDatabase } from "@/features/operations/server/prepare-database";
import { runRetentionPurge } from "@/features/retention/server/purge";

async function main(): Promise<void> {
  await dbReady();
  await prepareDatabase();
  const { policy, counts } = await runRetentionPurge();
  console.log(
    `Chính sách lưu giữ / retention: góp ý / comments ${policy.commentDays} ngày/days, mã thiết bị / device hashes ${policy.deviceHashDays} ngày/days, bộ đếm / rate counters ${policy.rateCounterHours} giờ/hours.`,
  );
  console.log(`Đã xóa góp ý / comments purged: ${counts.comments}`);
  console.log(`Đã xóa mã thiết bị / device hashes purged: ${counts.deviceHashes}`);
  console.log(`Đã xóa bộ đếm / rate counters deleted: ${counts.rateCounters}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
