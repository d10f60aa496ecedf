/**
 * Links to the national public service portal (Cổng Dịch vụ công quốc gia). Its procedure page takes the
 * portal's own numeric id (`?ma_thu_tuc=7200`), not the procedure code (`1.004222`): built from the code,
 * the link opens an empty page. So a page links to a procedure's portal page only when its address is
 * stored, and otherwise to the portal's procedure search with the code to type there.
 */

/** The portal's search of administrative procedures ("Tra cứu thủ tục hành chính"). */
export const PORTAL_SEARCH = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html";

/**
 * A procedure page of the portal, normalized, or null: https, on dichvucong.gov.vn or one of its
 * subdomains (thutuc.dichvucong.gov.vn prints the national database), with a numeric `ma_thu_tuc`.
 */
export function portalProcedureUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  const onPortal = host === "dichvucong.gov.vn" || host.endsWith(".dichvucong.gov.vn");
  const id = url.searchParams.get("ma_thu_tuc");
  if (url.protocol !== "https:" || !onPortal || url.username || url.password || url.port) return null;
  if (!id || !/^\d{1,10}$/.test(id)) return null;
  return url.toString();
}
