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

/** The text right after a label (<dt>/<h2>) up to the next label: must hold some content. */
export function textAfterLabel(html: string, label: string): string {
  const at = html.indexOf(`>${label}</`);
  if (at < 0) return "";
  const rest = html.slice(at + label.length + 3);
  const next = rest.search(/<(h2|dt)[ >]/);
  return rest
    .slice(0, next < 0 ? 2000 : next)
    .replace(/<[^>]+>/g, "")
    .trim();
}
