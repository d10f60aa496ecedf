import { describe, expect, it } from "vitest";
import { answeredItem, answerFieldName, answersOf, hasRating, readAnswer } from "./answer-fields";

describe("answer fields", () => {
  it("name an item's radio group and read it back", () => {
    expect(answerFieldName("III.2")).toBe("a:III.2");
    expect(answeredItem("a:III.2")).toBe("III.2");
    expect(answeredItem("idempotencyKey")).toBeNull();
  });

  it("read a level, 'Không ý kiến' as null, and nothing else", () => {
    expect(readAnswer("5")).toBe(5);
    expect(readAnswer("0")).toBeNull();
    for (const bad of ["6", "-1", "", "1.0", " 3", "x"]) expect(readAnswer(bad)).toBeUndefined();
  });

  it("need one item answered with a level: 'Không ý kiến' alone says nothing", () => {
    expect(hasRating([])).toBe(false);
    expect(hasRating([null, null])).toBe(false);
    expect(hasRating([null, 1])).toBe(true);
  });

  it("pick the answers out of a form's fields", () => {
    const answers = answersOf(
      new URLSearchParams("link=V2DVCP&a:I.1=5&a:I.2=0&a:I.3=9&lang=vi&a:II.1=2").entries(),
    );
    expect([...answers]).toEqual([
      ["I.1", 5],
      ["I.2", null],
      ["II.1", 2],
    ]);
  });
});
