import "server-only";
import { getPoster } from "@/db/queries/posters";
import type { Actor } from "@/features/access/permissions";
import { env } from "@/lib/env";
import { posterSpec } from "@/lib/poster-spec";

/** A recorded poster the manager may see, with the spec both the PDF and the print page draw. */
export async function loadPosterForManager(manager: Actor, rawId: string) {
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : Number.NaN;
  const found = Number.isNaN(id) ? undefined : await getPoster(id);
  if (!found || !manager.scopeUnitIds.has(found.poster.unitId)) return undefined;
  return { ...found, spec: posterSpec(found.poster, found.unitName, found.items, env().PUBLIC_BASE_URL) };
}
