/** GET /cong-khai — the board's short address: the Vietnamese board, keeping the period parameters. */
export function GET(req: Request): Response {
  const url = new URL(req.url);
  return new Response(null, { status: 307, headers: { location: `/vi/cong-khai${url.search}` } });
}
