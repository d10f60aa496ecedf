import "server-only";
import { getDb } from "@/db/client";
import { generatePassword } from "@/features/access/roles";
import { type ConsoleActor, change, type Outcome } from "@/features/access/server/change";
import { DEFAULT_LANG } from "@/i18n/locales";
import { type Phrase, phrase, sayText, type Text } from "@/i18n/phrase";
import type { UnitKind, UnitLevel } from "@/lib/constants";
import { normalizeForSearch } from "@/lib/search-text";
import { randomShortCode } from "@/lib/short-code";
import { localDay } from "@/lib/time";
import { insertRootUnit, listRootUnits } from "./root-unit-queries";
import { createStaffAccount, grantStaffRole, resetStaffPassword } from "./staff";
import { findUserByEmail } from "./staff-queries";

/** The kinds a root of the tree may be: a province (or centrally-run city), or a national unit. */
export const ROOT_UNIT_KINDS = { province: "province", ministry_unit: "central" } as const satisfies Partial<
  Record<UnitKind, UnitLevel>
>;
export type RootUnitKind = keyof typeof ROOT_UNIT_KINDS;

export interface FirstAdminInput {
  email: string;
  name: string;
  /** Creates the root unit when the database has none. */
  unitName?: string;
  unitKind?: RootUnitKind;
  /** Which root, by slug, when the database has several. */
  unitSlug?: string;
  /** The account exists already (e.g. its password is lost): a new temporary password instead. */
  resetPassword?: boolean;
}

export interface FirstAdminResult {
  email: string;
  password: string;
  unit: { id: number; name: string; created: boolean };
  outcome: "created" | "reset";
}

const CONSOLE: ConsoleActor = { console: "admin:create" };

/** The outcome of a console change, or the refusal as the command's error. */
function done<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new FirstAdminError(outcome.refusal.message);
  return outcome.value;
}

/**
 * Why the command did nothing: its message is said in the default language (the console has no other);
 * `phrase` keeps the catalogue's phrase for a caller that speaks another.
 */
export class FirstAdminError extends Error {
  readonly phrase?: Phrase;
  constructor(text: Text) {
    super(sayText(DEFAULT_LANG, text));
    if (typeof text !== "string") this.phrase = text;
  }
}

/** "Tỉnh Hòa Bình" → "tinh-hoa-binh". */
export function unitSlugFromName(name: string): string {
  return normalizeForSearch(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

async function chooseRoot(input: FirstAdminInput): Promise<FirstAdminResult["unit"]> {
  const roots = await listRootUnits();
  if (input.unitSlug) {
    const root = roots.find((r) => r.slug === input.unitSlug);
    if (!root) {
      throw new FirstAdminError(
        phrase("staff.firstAdmin.noSuchRoot", {
          slug: input.unitSlug,
          roots: roots.map((r) => r.slug).join(", ") || "—",
        }),
      );
    }
    return { id: root.id, name: root.name, created: false };
  }
  const [only, ...more] = roots;
  if (only && more.length === 0) return { id: only.id, name: only.name, created: false };
  if (only) {
    throw new FirstAdminError(
      phrase("staff.firstAdmin.severalRoots", { roots: roots.map((r) => r.slug).join(", ") }),
    );
  }
  const name = input.unitName?.trim();
  if (!name) {
    throw new FirstAdminError(phrase("staff.firstAdmin.noUnit"));
  }
  const kind = input.unitKind ?? "province";
  const slug = unitSlugFromName(name);
  if (!slug) throw new FirstAdminError(phrase("staff.firstAdmin.invalidUnitName"));
  const created = done(
    await change(CONSOLE, async ({ tx, authorize, audit }) => {
      authorize({ permission: "system.administer" });
      return insertRootUnit(tx, audit, {
        slug,
        name,
        kind,
        level: ROOT_UNIT_KINDS[kind],
        validFrom: localDay(new Date()),
        shortCode: randomShortCode(),
      });
    }),
  );
  return { id: created.id, name, created: true };
}

/**
 * The first administrator of a real deployment, from the server's console: a system administrator on the
 * root unit (created when the database has none), with a generated password shown once that must be
 * changed at first sign-in. With `resetPassword`, an existing account gets a new temporary password (its
 * sessions end) and the system administrator role if it lacked it — the way back in for an operator who
 * lost the only administrator's password. Everything is audited (actor: none, via "admin:create").
 */
export async function createFirstAdmin(input: FirstAdminInput): Promise<FirstAdminResult> {
  const email = input.email.trim().toLowerCase();
  const existing = (await findUserByEmail(getDb(), email))?.id;
  if (existing && !input.resetPassword) {
    throw new FirstAdminError(phrase("staff.firstAdmin.exists", { email }));
  }
  if (!existing && input.resetPassword) {
    throw new FirstAdminError(phrase("staff.firstAdmin.noAccount", { email }));
  }
  const unit = await chooseRoot(input);
  const password = generatePassword();
  if (existing) {
    done(await resetStaffPassword(CONSOLE, { userId: existing, password, passwordGenerated: true }));
    const granted = await grantStaffRole(CONSOLE, {
      userId: existing,
      unitId: unit.id,
      role: "system_admin",
    });
    if (!granted.ok && granted.refusal.reason !== "conflict") done(granted);
    return { email, password, unit, outcome: "reset" };
  }
  const created = await createStaffAccount(CONSOLE, {
    name: input.name,
    email,
    password,
    passwordGenerated: true,
    unitId: unit.id,
    role: "system_admin",
  });
  if (!created.ok) throw new FirstAdminError(phrase("staff.firstAdmin.taken", { email }));
  return { email, password, unit, outcome: "created" };
}
