import { messages } from "@/i18n/messages";

/**
 * The words of a disclosure (field labels, statuses, levels, channels, what is missing) are in the
 * catalogue: `disclosure.labels.*`, `disclosure.status.*`, `disclosure.level.*`… (messages/<lang>/disclosure.json).
 * Below, the official Vietnamese vocabulary that procedure files (imports, exports) read and write: the
 * catalogue's Vietnamese, so each word is defined once.
 */
const vi = messages.vi.disclosure;

/** "Cấp tỉnh", "Cấp xã"…: the levels as decisions write them. */
export const officialLevelNames = vi.level;

/** The online levels as decisions write them, in full and short ("Toàn trình", "Một phần"). */
export const officialOnlineLevelNames = {
  full: { name: vi.onlineLevel.full, short: "Toàn trình" },
  partial: { name: vi.onlineLevel.partial, short: "Một phần" },
} as const;

/** A procedure's status in both languages (the managers' pages name it in Vietnamese). */
export const statusLabels = {
  in_force: { vi: vi.status.in_force, en: messages.en.disclosure.status.in_force },
  amended: { vi: vi.status.amended, en: messages.en.disclosure.status.amended },
  abolished: { vi: vi.status.abolished, en: messages.en.disclosure.status.abolished },
} as const;
