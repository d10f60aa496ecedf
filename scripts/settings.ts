/**
 * `npm run settings` shows the abuse-control and calendar settings in effect; `npm run settings -- set <key> '<json>'`
 * checks a value and stores it (every running instance uses it at once: db/cache-signals.ts); `… reset <key>` goes back to the
 * default. Keys: `survey.velocity` (per-device, kiosk and per-address limits, lib/velocity.ts) and
 * `survey.surge` (surge detection, lib/surge.ts) — docs/abuse-control.md explains the numbers; `calendar`
 * (announced days off and make-up working days) and `feedback.dueDays` (working days to answer feedback)
 * — docs/messaging.md.
 * `… load-test` is for test and benchmark databases only, where every request comes from one address:
 * it raises the per-address budgets and the surge floors out of reach (per-device and kiosk limits stay),
 * so every answer takes the full counted path and none is flagged or held.
 */
import { z } from "zod";
import { publishCacheSignals } from "@/db/cache-signals";
import { dbReady } from "@/db/client";
import {
  DEFAULT_FEEDBACK_DUE_DAYS,
  FEEDBACK_DUE_DAYS_SETTING,
  parseDueDays,
} from "@/features/feedback/feedback";
import {
  CALENDAR_SETTING_KEY,
  calendarSettingSchema,
  parseCalendarSetting,
} from "@/features/feedback/working-days";
import { prepareDatabase } from "@/features/operations/server/prepare-database";
import { changeSetting, getSetting } from "@/features/settings/server/settings";
import {
  DEFAULT_SURGE_SETTINGS,
  parseSurgeSettings,
  SURGE_SETTING_KEY,
  surgeSettingsSchema,
} from "@/features/survey/surge";
import {
  DEFAULT_VELOCITY_LIMITS,
  parseVelocityLimits,
  VELOCITY_SETTING_KEY,
  velocityLimitsSchema,
} from "@/features/survey/velocity";
import { DEFAULT_LANG } from "@/i18n/locales";
import { sayText } from "@/i18n/phrase";

const KEYS: Record<string, { schema: z.ZodType; effective: (raw: unknown) => unknown; defaults: unknown }> = {
  [VELOCITY_SETTING_KEY]: {
    schema: velocityLimitsSchema.strict().partial(),
    effective: parseVelocityLimits,
    defaults: DEFAULT_VELOCITY_LIMITS,
  },
  [SURGE_SETTING_KEY]: {
    schema: surgeSettingsSchema,
    effective: parseSurgeSettings,
    defaults: DEFAULT_SURGE_SETTINGS,
  },
  // Working days for feedback deadlines: the days off and make-up working days the government announces.
  [CALENDAR_SETTING_KEY]: {
    schema: calendarSettingSchema,
    effective: parseCalendarSetting,
    defaults: { daysOff: [], workingDays: [] },
  },
  [FEEDBACK_DUE_DAYS_SETTING]: {
    schema: z.int().min(1).max(365),
    effective: parseDueDays,
    defaults: DEFAULT_FEEDBACK_DUE_DAYS,
  },
};

/** Every change from this console is audited (`via: "settings"`). */
async function set(key: string, value: unknown): Promise<void> {
  const outcome = await changeSetting({ console: "settings" }, { key, value });
  if (!outcome.ok) throw new Error(sayText(DEFAULT_LANG, outcome.refusal.message));
}

function usage(): never {
  console.error(
    `Cách dùng / usage: npm run settings [-- set <key> '<json>' | -- reset <key> | -- load-test]; key: ${Object.keys(KEYS).join(", ")}`,
  );
  process.exit(2);
}

async function main(args: string[]): Promise<void> {
  await dbReady();
  await prepareDatabase();
  publishCacheSignals();
  const [command, key, value] = args;
  if (command === undefined) {
    for (const [name, known] of Object.entries(KEYS)) {
      const raw = await getSetting(name);
      const origin = raw === undefined ? "mặc định / default" : "đã đặt / set";
      console.log(`${name} (${origin}):\n${JSON.stringify(known.effective(raw), null, 2)}`);
    }
    return;
  }
  if (command === "load-test") {
    const never = { max: 1_000_000, windowMinutes: 1 };
    await set(VELOCITY_SETTING_KEY, { client: [never], anonymous: [never] });
    await set(SURGE_SETTING_KEY, {
      factor: 1,
      baselineDays: 1,
      windows: [{ minutes: 1, link: 10_000_000, unit: 10_000_000 }],
    });
    console.log(
      "Cài đặt cho kiểm thử tải / load-test settings: per-address budgets and surge floors raised out of reach " +
        "(every request comes from one address); per-device and kiosk limits as shipped.",
    );
    return;
  }
  const known = key ? KEYS[key] : undefined;
  if (!key || !known) usage();
  if (command === "reset") {
    await set(key, undefined);
    console.log(`${key}: dùng giá trị mặc định / back to the default`);
    return;
  }
  if (command !== "set" || value === undefined) usage();
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    console.error(`${key}: JSON không hợp lệ / malformed JSON`);
    process.exit(2);
  }
  const parsed = known.schema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(`${key}.${issue.path.join(".")}: ${issue.message}`);
    process.exit(2);
  }
  await set(key, parsed.data);
  console.log(`${key} ← ${JSON.stringify(known.effective(parsed.data))}`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
