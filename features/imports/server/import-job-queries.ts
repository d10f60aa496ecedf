import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { importJobs } from "@/db/schema";

export async function insertImportJob(tx: Executor, values: typeof importJobs.$inferInsert): Promise<void> {
  await tx.insert(importJobs).values(values);
}

/** A job belongs to the user who uploaded it; nobody else can commit it. */
export async function getImportJob(db: Executor, id: string, userId: string) {
  const [job] = await db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, id), eq(importJobs.userId, userId)));
  return job;
}
