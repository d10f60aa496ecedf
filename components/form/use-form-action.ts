"use client";

import { useActionState, useState } from "react";

/**
 * `useActionState` plus a generation number that changes with every result. React resets a form after
 * its action; inputs then fall back to their defaults, and a <select> reads its default only when it
 * mounts. Keying the fields on the generation remounts them with the echoed values, so nothing typed —
 * or chosen — is lost after an error.
 */
export function useFormAction<S>(
  action: (prev: Awaited<S>, fd: FormData) => Promise<S>,
  initial: Awaited<S>,
) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [seen, setSeen] = useState(state);
  const [generation, setGeneration] = useState(0);
  if (seen !== state) {
    setSeen(state);
    setGeneration((g) => g + 1);
  }
  return { state, formAction, pending, generation };
}
