/** Runs this process as if it were `day` (YYYY-MM-DD) at 18:00 in Vietnam (bench code only). */
export function runAsOf(day: string): void;
