/**
 * `npm run admin:create -- --email <email> [--name "<name>"] [--unit-name "Tỉnh …"] [--unit-kind province|ministry_unit]
 *  [--unit <root slug>] [--reset-password]`
 *
 * The first administrator of a real deployment (DEMO_DATA=0): a system administrator on the root unit —
 * created from --unit-name when the database has no unit yet — with a generated password printed once,
 * to be changed at first sign-in. Applies pending migrations first. With --reset-password, an existing
 * account gets a new temporary password instead (every session of it ends): the way back in when the
 * only administrator's password is lost. Run it on the server, with the deployment's environment
 * (DATABASE_URL, DATABASE_AUTH_TOKEN, AUTH_SECRET).
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { dbReady } from "@/db/client";
import { prepareDatabase } from "@/features/operations/server/prepare-database";
import { createFirstAdmin, FirstAdminError, ROOT_UNIT_KINDS } from "@/features/staff/server/first-admin";

const USAGE =
  'Cách dùng / usage: npm run admin:create -- --email quantri@tinh.gov.vn [--name "Nguyễn Văn A"] [--unit-name "Tỉnh …"] [--unit-kind province|ministry_unit] [--unit <slug>] [--reset-password]';

const options = z.object({
  email: z.email({ error: "--email: email không hợp lệ / invalid email" }).max(200),
  name: z.string().trim().min(1).max(200).default("Quản trị hệ thống"),
  "unit-name": z.string().trim().min(1).max(200).optional(),
  "unit-kind": z.enum(Object.keys(ROOT_UNIT_KINDS) as [keyof typeof ROOT_UNIT_KINDS]).optional(),
  unit: z.string().trim().min(1).max(100).optional(),
  "reset-password": z.boolean().default(false),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      "unit-name": { type: "string" },
      "unit-kind": { type: "string" },
      unit: { type: "string" },
      "reset-password": { type: "boolean" },
    },
    strict: true,
  });
  const parsed = options.safeParse(values);
  if (!parsed.success) {
    throw new FirstAdminError(`${parsed.error.issues.map((i) => i.message).join("; ")}\n${USAGE}`);
  }
  const o = parsed.data;
  await dbReady();
  await prepareDatabase();
  const result = await createFirstAdmin({
    email: o.email,
    name: o.name,
    unitName: o["unit-name"],
    unitKind: o["unit-kind"],
    unitSlug: o.unit,
    resetPassword: o["reset-password"],
  });
  if (result.unit.created) console.log(`Đã tạo đơn vị gốc / root unit created: ${result.unit.name}`);
  console.log(
    result.outcome === "created"
      ? `Đã tạo quản trị hệ thống / system administrator created: ${result.email} (${result.unit.name})`
      : `Đã đặt mật khẩu tạm thời mới / new temporary password for: ${result.email} (${result.unit.name})`,
  );
  console.log(
    "Mật khẩu tạm thời, chỉ hiển thị một lần; phải đổi khi đăng nhập lần đầu / temporary password, shown once, to be changed at first sign-in:",
  );
  console.log(`  ${result.password}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (!(error instanceof FirstAdminError) && error instanceof Error && error.stack)
      console.error(error.stack);
    process.exit(1);
  },
);
