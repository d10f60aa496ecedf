import { describe, expect, it } from "vitest";
import { contentFromV1 } from "@/features/catalog/procedure-content";
import { contradictsTimeLimit, nationalTimeLimit } from "@/features/catalog/time-limit";
import { shortenedTimeLimit } from "./local-rules";
import { seedProcedures } from "./procedure-data";

describe("the demo's local time limits", () => {
  const contents = seedProcedures.map((p) => contentFromV1(p.content));

  it("only ever shorten the procedure's own limit", () => {
    const shortened = contents.flatMap((c) => {
      const local = shortenedTimeLimit(c);
      return local ? [{ local, national: nationalTimeLimit(c) }] : [];
    });
    expect(shortened.length).toBeGreaterThanOrEqual(5);
    for (const { local, national } of shortened)
      expect(contradictsTimeLimit(local, national), local).toBe(false);
  });

  it("leave a same-day procedure alone", () => {
    const sameDay = contents.filter((c) => /^(Ngay )?trong ngày/i.test(nationalTimeLimit(c)));
    expect(sameDay.length).toBeGreaterThan(0);
    for (const c of sameDay) expect(shortenedTimeLimit(c)).toBeNull();
  });
});
