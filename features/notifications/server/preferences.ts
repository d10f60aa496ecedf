import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notificationPreferences } from "@/db/schema";
import type { Actor } from "@/features/access/permissions";
import { change, type Outcome } from "@/features/access/server/change";
import type { Lang } from "@/i18n/locales";
import { DEFAULT_PREFERENCES, type Preferences } from "../notifications";

/** A staff member's notification preferences (the defaults — nothing sent — until they choose). */
export async function getPreferences(userId: string): Promise<Preferences & { lang: Lang | null }> {
  const [row] = await getDb()
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return row
    ? {
        newFeedback: row.newFeedback,
        dailyDigest: row.dailyDigest,
        dropAlert: row.dropAlert,
        dropPoints: row.dropPoints,
        lang: row.lang,
      }
    : { ...DEFAULT_PREFERENCES, lang: null };
}

/** Saves one's own preferences; messages are written in `lang` (the language the user works in). */
export async function savePreferences(
  actor: Actor,
  input: Preferences & { lang: Lang },
): Promise<Outcome<void>> {
  return change(actor, async ({ tx, authorize, audit }) => {
    authorize({ permission: "account.own", userId: actor.userId });
    const values = { ...input, updatedAt: new Date() };
    await tx
      .insert(notificationPreferences)
      .values({ userId: actor.userId, ...values })
      .onConflictDoUpdate({ target: notificationPreferences.userId, set: values });
    audit({ action: "notifications.set", entity: "user", entityId: actor.userId, details: { ...input } });
  });
}
