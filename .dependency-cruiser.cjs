// The house's one import direction (docs/ARCHITECTURE.md), checked by `npm run lint:imports` in `npm test`:
//
//   app/ ──▶ features/<name>/server ──▶ db/ ──▶ lib/
//     │              │
//     ▼              ▼
//   components/ ──▶ features/<name> (pure model), features/<name>/ui
//
// Known violations of code not yet moved into its feature are listed in
// `.dependency-cruiser-known-violations.json`; the list only shrinks (`npm run lint:imports:baseline`
// rewrites it after a move). A new violation fails the check.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "Imports go one way: a cycle means two modules belong together or a rule sits in the wrong one.",
      from: {},
      to: { circular: true },
    },
    {
      name: "routes-not-database",
      severity: "error",
      comment:
        "Routes, components and the production server (its fast path) call a feature's use case; only features/*/server touches the database.",
      from: { path: "^(app|components|server)/|^(proxy|instrumentation)\\.ts$" },
      to: { path: "^db/" },
    },
    {
      name: "components-not-routes",
      severity: "error",
      comment: "Components are used by routes, never the other way round.",
      // A test may drive a route to compare it with what it stands beside (server/fast-submissions.test.ts).
      from: { path: "^(components|features|lib|db|server)/", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^app/" },
    },
    {
      name: "components-not-server",
      severity: "error",
      comment:
        "UI (components/, features/*/ui) renders what a route hands it; it calls no use case or query (it may name their result types).",
      from: { path: "^(components/|features/[^/]+/ui/)" },
      to: { path: "^features/[^/]+/server/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "components-not-database",
      severity: "error",
      comment: "UI never reaches the database, not even for a type.",
      from: { path: "^(components/|features/[^/]+/ui/)" },
      to: { path: "^db/" },
    },
    {
      name: "model-is-pure",
      severity: "error",
      comment: "A feature's model (files at its root) has no I/O: no database, no use case, no UI.",
      from: { path: "^features/[^/]+/[^/]+\\.tsx?$", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^(db/|features/[^/]+/(server|ui)/|components/|app/)" },
    },
    {
      name: "database-is-infrastructure",
      severity: "error",
      comment: "db/ is the client, schema and migrations; it imports nothing above it.",
      from: { path: "^db/" },
      to: { path: "^(app|components|features)/" },
    },
    {
      name: "lib-is-the-floor",
      severity: "error",
      comment: "lib/ holds shared pure helpers and platform glue (env, log); it imports no layer above it.",
      from: { path: "^lib/" },
      to: { path: "^(app|components|features|db)/" },
    },
    {
      name: "i18n-is-the-floor",
      severity: "error",
      comment:
        "i18n/ is the message catalogue and its glue (next-intl): every layer may use it; it imports none of ours.",
      from: { path: "^i18n/" },
      to: { path: "^(app|components|features|db|lib)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|data|test-results|bench-results)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mts", ".mjs", ".js", ".d.mts"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
