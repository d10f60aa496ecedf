/** The disclosure labels of DOMAIN.md as the pages show them. */
export const DISCLOSURE_LABELS = [
  "Tên thủ tục hành chính",
  "Mã TTHC",
  "Lĩnh vực",
  "Cấp thực hiện",
  "Trình tự thực hiện",
  "Cách thức thực hiện",
  "Thành phần, số lượng hồ sơ",
  "Thời hạn giải quyết",
  "Đối tượng thực hiện",
  "Cơ quan thực hiện",
  "Kết quả thực hiện",
  "Phí, lệ phí",
  "Tên mẫu đơn, mẫu tờ khai",
  "Yêu cầu, điều kiện thực hiện",
  "Căn cứ pháp lý",
];

/** The text right after a label (<dt>/<h2>) up to the next label (see `disclosureProblem` for content). */
export function textAfterLabel(html: string, label: string): string {
  // The official field: its section's heading or its term in the facts — not the summary at the top of the
  // page ("Thông tin chính" repeats some labels and links to every section; tested on its own).
  const official = html.replace(/<section class="keyfacts"[\s\S]*?<\/section>/, "");
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = new RegExp(`<(h2|dt)\\b[^>]*>${escaped}</(h2|dt)>`).exec(official);
  if (!found) return "";
  const rest = official.slice(found.index + found[0].length);
  const next = rest.search(/<(h2|dt)[ >]/);
  return rest
    .slice(0, next < 0 ? 2000 : next)
    .replace(/<[^>]+>/g, "")
    .trim();
}

/**
 * What a page shows in place of content it does not have (lib/disclosure-labels.ts `missingLabels`, and
 * the usual stand-ins): never content. "Đang cập nhật" and "Nội dung … đang được cập nhật" alike.
 */
const PLACEHOLDERS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ["Chưa có thông tin", /chưa có thông tin/i],
  ["Not stated", /\bnot stated\b/i],
  ["đang cập nhật", /đang (được )?cập nhật/i],
  ["being updated", /\bbeing updated\b/i],
  ["chưa có mã quốc gia", /chưa có mã quốc gia/i],
  ["N/A", /(^|\s)N\/A(\s|$)/],
];

/**
 * Why the text after a label is not content, or null when it is: nothing there, only dashes, dots or
 * ellipses ("—", "-", "…"), or a placeholder anywhere in it.
 */
export function placeholderIn(text: string): string | null {
  const normal = text.replace(/\s+/g, " ").trim();
  if (normal === "") return "empty";
  if (/^[\s\-–—.…_*]*$/.test(normal)) return `only "${normal}"`;
  for (const [name, pattern] of PLACEHOLDERS) if (pattern.test(normal)) return `placeholder "${name}"`;
  return null;
}

/** Why a label of the page is not followed by real content (missing label included), or null. */
export function disclosureProblem(html: string, label: string): string | null {
  if (!html.includes(`>${label}</`)) return "label not on the page";
  const problem = placeholderIn(textAfterLabel(html, label));
  return problem && `${problem}: ${textAfterLabel(html, label).slice(0, 120)}`;
}
