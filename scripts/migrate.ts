/** `npm run db:migrate`: pending migrations and the features' upkeep (prepareDatabase), then exit. */
import { prepareDatabase } from "@/features/operations/server/prepare-database";

prepareDatabase().then(
  () => {
    console.log("Đã cập nhật cấu trúc cơ sở dữ liệu / migrations applied.");
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
