"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** "In báo cáo": opens the browser's print dialog. Shown only where JavaScript runs (it needs it). */
/** `label` is in the page's language ("In báo cáo"). */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <button type="button" className="noprint" onClick={() => window.print()}>
      {label}
    </button>
  );
}
