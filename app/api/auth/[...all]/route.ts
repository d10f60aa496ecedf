import { toNextJsHandler } from "better-auth/next-js";
import { isAllowedAuthPath } from "@/features/access/endpoints";
import { auth } from "@/features/access/server/auth";

const handler = toNextJsHandler(auth);

function notFound(): Response {
  return Response.json(
    { code: "NOT_FOUND", message: "Không có đường dẫn này. / Not found." },
    { status: 404, headers: { "cache-control": "no-store" } },
  );
}

/** Only the endpoints the app uses reach better-auth (lib/auth/endpoints.ts); any other path is a 404. */
export async function GET(req: Request): Promise<Response> {
  return isAllowedAuthPath(new URL(req.url).pathname) ? handler.GET(req) : notFound();
}

export async function POST(req: Request): Promise<Response> {
  return isAllowedAuthPath(new URL(req.url).pathname) ? handler.POST(req) : notFound();
}
