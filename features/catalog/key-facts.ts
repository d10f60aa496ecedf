import type { ChannelKind, OnlineLevel, ProcedureContent } from "./procedure-content";
import { parseDossier } from "./procedure-text";
import { normalizeText } from "./structured-text";
import { contradictsTimeLimit, nationalTimeLimit } from "./time-limit";

/**
 * What a citizen at the counter wants first — how long, how much, where, how many papers, which ways —
 * read from the published sections, each a short excerpt of the full section further down the page. A fact
 * the content does not state is absent (never "undefined", never a guess).
 */
export interface KeyFacts {
  timeLimit: { text: string; local: boolean } | null;
  fee: string | null;
  /** The fee is the unit's own rule. */
  localFee: boolean;
  /** The fee differs by channel: the summary points to the channels. */
  feeByChannel: boolean;
  /** Dossier items to hand in, when the dossier is one list; with several cases, the number of cases. */
  documents: { items: number } | { cases: number } | null;
  sets: string | null;
  channels: Array<{ kind: ChannelKind; onlineLevel: OnlineLevel | null }>;
}

const EXCERPT = 160;

/** The first line of a section, cut at a word near EXCERPT characters. */
export function excerpt(text: string): string {
  const line =
    normalizeText(text)
      .split("\n")
      .find((l) => l.trim() !== "") ?? "";
  if (line.length <= EXCERPT) return line;
  const cut = line.slice(0, EXCERPT);
  const space = cut.lastIndexOf(" ");
  return `${(space > EXCERPT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, "")}…`;
}

function documentsOf(dossier: string): KeyFacts["documents"] {
  const { cases } = parseDossier(dossier);
  const titled = cases.filter((c) => c.heading !== null);
  if (titled.length >= 2) return { cases: titled.length };
  const items = cases
    .flatMap((c) => c.blocks)
    .reduce((n, block) => n + (block.type === "list" ? block.items.length : 0), 0);
  return items > 0 ? { items } : null;
}

function feeOf(content: ProcedureContent, localFee: string | null): Pick<KeyFacts, "fee" | "feeByChannel"> {
  if (localFee) return { fee: excerpt(localFee), feeByChannel: false };
  if (content.fees) return { fee: excerpt(content.fees), feeByChannel: false };
  const fees = [...new Set(content.channels.map((c) => normalizeText(c.fee)).filter(Boolean))];
  if (fees.length === 1 && fees[0]) return { fee: excerpt(fees[0]), feeByChannel: false };
  return { fee: null, feeByChannel: fees.length > 1 };
}

/**
 * The unit's own time limit is shown only when it shortens the procedure's: one that does not (stored
 * before the check) is left out, and the procedure's own applies.
 */
export function localTimeLimitShown(localTimeLimit: string | null, content: ProcedureContent): string | null {
  if (!localTimeLimit) return null;
  return contradictsTimeLimit(localTimeLimit, nationalTimeLimit(content)) ? null : localTimeLimit;
}

export function keyFacts(
  content: ProcedureContent,
  unit: { localTimeLimit: string | null; localFee: string | null },
): KeyFacts {
  const local = localTimeLimitShown(unit.localTimeLimit, content);
  const national = nationalTimeLimit(content);
  const { sets } = parseDossier(content.dossier);
  return {
    timeLimit: local
      ? { text: excerpt(local), local: true }
      : national
        ? { text: excerpt(national), local: false }
        : null,
    ...feeOf(content, unit.localFee),
    localFee: Boolean(unit.localFee),
    documents: documentsOf(content.dossier),
    sets,
    channels: content.channels.map((c) => ({ kind: c.kind, onlineLevel: c.onlineLevel })),
  };
}
