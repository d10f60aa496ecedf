export const RENDER_SLACK_MS: number;
export function cacheSignalOrigin(): string;
export function revalidatedAt(tag: string): number | undefined;
export function isStale(
  tags: readonly string[],
  writtenAt: number,
  lookup?: (tag: string) => number | undefined,
): boolean;
export function onCacheSignal(name: string, listener: (tags: readonly string[]) => void): void;
export function applyCacheSignals(tags: readonly string[], at?: number): void;
export function setCacheSignalPublisher(
  publisher: ((tags: readonly string[]) => Promise<void>) | undefined,
  onError?: (error: unknown) => void,
): void;
export function flushCacheSignals(): Promise<void>;
export function signalCacheChange(tags: readonly string[]): Promise<void>;
