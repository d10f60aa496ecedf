import "server-only";
import { sha256 } from "@/lib/secrets";
import { getDossierByTokenHash } from "./queries";

/**
 * The dossier behind a receipt's single-use survey token (only its hash is stored), with its unit's short
 * link and whether it was already rated.
 */
export function findReceipt(token: string) {
  return getDossierByTokenHash(sha256(token));
}
