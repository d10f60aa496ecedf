import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { DEMO_PASSWORD } from "@/features/demo/unit-data";
import { testDb } from "./db";

export type TestRole = "system_admin" | "unit_admin" | "unit_viewer";

/** A staff account written straight into the e2e database (scrypt hash, as better-auth stores it). */
export async function createTestUser(options: {
  role: TestRole;
  unitSlug: string;
  name?: string;
  email?: string;
  password?: string;
}): Promise<{ id: string; email: string; password: string }> {
  const id = randomUUID();
  const email = options.email ?? `${options.role.replace("_", ".")}.${id.slice(0, 8)}@anhoa.demo`;
  const password = options.password ?? DEMO_PASSWORD;
  await testDb.execute({
    sql: "INSERT INTO user (id, name, email, email_verified) VALUES (?, ?, ?, 1)",
    args: [id, options.name ?? `Cán bộ thử ${id.slice(0, 4)}`, email],
  });
  await testDb.execute({
    sql: "INSERT INTO account (id, account_id, provider_id, user_id, password) VALUES (?, ?, 'credential', ?, ?)",
    args: [randomUUID(), id, id, await hashPassword(password)],
  });
  await testDb.execute({
    sql: "INSERT INTO role_assignments (user_id, unit_id, role) VALUES (?, (SELECT id FROM units WHERE slug = ?), ?)",
    args: [id, options.unitSlug, options.role],
  });
  return { id, email, password };
}
