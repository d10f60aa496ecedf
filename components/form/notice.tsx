import type { ReactNode } from "react";

/**
 * A page's notice after a redirect (e.g. `?da-luu=1`: "saved") or of a request it cannot serve: the
 * same look and role as a form's message.
 */
export function Notice({ failed = false, children }: { failed?: boolean; children: ReactNode }) {
  return failed ? (
    <div className="error-summary" role="alert">
      {children}
    </div>
  ) : (
    <p className="ok-summary" role="status">
      {children}
    </p>
  );
}
