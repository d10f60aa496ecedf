import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "../client";
import { importJobs } from "../schema";

export async function insertImportJob(values: typeof importJobs.$inferInsert): Promise<void> {
  await getDb().insert(importJobs).values(values);
}

/** A job belongs to the user who uploaded it; nobody else can commit it. */
export async function getImportJob(id: string, userId: string) {
  return getDb().query.importJobs.findFirst({
    where: and(eq(importJobs.id, id), eq(importJobs.userId, userId)),
  });
}

export async function markImportJobCommitted(id: string): Promise<void> {
  await getDb().update(importJobs).set({ committedAt: new Date() }).where(eq(importJobs.id, id));
}
