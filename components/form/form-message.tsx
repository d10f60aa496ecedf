import type { ReactNode } from "react";
import { type ActionState, isFailure } from "@/lib/action";

/**
 * The message of a form's last submission: a confirmation (role "status"), or an error summary (role
 * "alert") listing every field error as a link to its field. `children` adds what a result shows once
 * (a new key, a temporary password, an activation link).
 */
export function FormMessage({
  state,
  failed = isFailure(state),
  children,
}: {
  state: ActionState;
  failed?: boolean;
  children?: ReactNode;
}) {
  if (!state.message) return null;
  const errors = failed ? Object.entries(state.fieldErrors ?? {}) : [];
  return (
    <div className={failed ? "error-summary" : "ok-summary"} role={failed ? "alert" : "status"}>
      {state.message ? <p>{state.message}</p> : null}
      {errors.length > 0 ? (
        <ul>
          {errors.map(([name, message]) => (
            <li key={name}>
              <a href={`#${name}`}>{message}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
