import { expect, type Page } from "@playwright/test";

/** The phone the citizens' pages are built for: 360 × 740 CSS pixels, Vietnamese. */
export const PHONE = { viewport: { width: 360, height: 740 }, locale: "vi-VN" } as const;

/** The smallest height of a form control's tap target (WCAG 2.5.5 / platform guidelines: 44 px). */
export const MIN_TAP_TARGET = 44;

type PhoneProblem = { kind: "overflow" | "tap-target" | "cut-off"; what: string };

/**
 * What makes a page fail on a 360 px phone, measured in the page as the user has it:
 * - the document scrolls sideways (`scrollWidth` over the viewport's width);
 * - a form control's tap target is under 44 px high (a radio button or checkbox counts with its label,
 *   which a tap on toggles it; hidden controls are skipped);
 * - text is cut off: an element clips its content sideways (overflow hidden/clip or an ellipsis) or
 *   reaches past the right edge of the screen (a box that scrolls sideways hides it just as well).
 */
export async function phoneProblems(page: Page): Promise<PhoneProblem[]> {
  return page.evaluate((minTap) => {
    const problems: Array<{ kind: "overflow" | "tap-target" | "cut-off"; what: string }> = [];
    const width = document.documentElement.clientWidth;
    const nameOf = (el: Element) => {
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
      const id = el.id ? `#${el.id}` : "";
      const name = el.getAttribute("name");
      return `<${el.tagName.toLowerCase()}${id}${name ? ` name=${name}` : ""}> ${text}`;
    };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      const style = getComputedStyle(el);
      return style.visibility !== "hidden" && style.display !== "none";
    };
    if (document.documentElement.scrollWidth > width) {
      problems.push({
        kind: "overflow",
        what: `document is ${document.documentElement.scrollWidth}px wide on a ${width}px screen`,
      });
    }
    for (const el of document.querySelectorAll("input, select, textarea, button, [role=button]")) {
      if (el instanceof HTMLInputElement && el.type === "hidden") continue;
      const input = el instanceof HTMLInputElement ? el : null;
      const isToggle = input?.type === "radio" || input?.type === "checkbox";
      const label = isToggle ? (input?.closest("label") ?? input?.labels?.[0] ?? null) : null;
      const target = label && visible(label) ? label : el;
      if (!visible(target)) continue;
      const height = Math.max(target.getBoundingClientRect().height, el.getBoundingClientRect().height);
      if (height + 0.5 < minTap) {
        problems.push({ kind: "tap-target", what: `${nameOf(target)} is ${Math.round(height)}px high` });
      }
    }
    for (const el of document.body.querySelectorAll("*")) {
      if (!visible(el) || el.closest("[aria-hidden=true], svg, noscript, script, style")) continue;
      const hasOwnText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? "").trim());
      if (!hasOwnText) continue;
      const style = getComputedStyle(el);
      const clips =
        style.overflowX === "hidden" || style.overflowX === "clip" || style.textOverflow === "ellipsis";
      // Visually hidden text (the skip link, screen-reader labels) is 1 px wide on purpose.
      const srOnly = el.getBoundingClientRect().width <= 1;
      if (clips && !srOnly && el.scrollWidth > el.clientWidth + 1) {
        problems.push({ kind: "cut-off", what: `${nameOf(el)} clips its text` });
      } else if (el.getBoundingClientRect().right > width + 0.5 && !srOnly) {
        problems.push({ kind: "cut-off", what: `${nameOf(el)} reaches past the screen's edge` });
      }
    }
    return problems;
  }, MIN_TAP_TARGET);
}

/** Fails with every problem `phoneProblems` finds on the page. */
export async function expectFitsPhone(page: Page, what = page.url()): Promise<void> {
  expect(
    (await phoneProblems(page)).map((p) => `${p.kind}: ${p.what}`),
    `${what} on a 360 px phone`,
  ).toEqual([]);
}
