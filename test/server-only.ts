// Vitest stand-in for the `server-only` package: the tests run server code on purpose.
export {};
