/**
 * The architecture rules `npm test` checks (npm run lint:deps). The layers are described in the
 * README ("Architecture") and docs/decisions/007-code-layout.md; each rule's comment is the
 * message a violation prints.
 */
const PURE = "^lib/(domain|validations|decision|assessments|survey|survey-files|compat-check|report|access|gomod)/";
const DATA = "^lib/(db|data|survey-import)/";
const APP_PLUMBING = "^lib/(http|session|auth|security|openapi)/";

module.exports = {
  forbidden: [
    {
      name: "lib-not-to-app",
      severity: "error",
      comment: "lib/ is the product and must not depend on routes or UI: move the shared code into lib/.",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "product-not-to-tests",
      severity: "error",
      comment: "Product code must not import test support or bench code (tests/, scripts/): they are not shipped.",
      from: { path: "^(app|components|lib)/", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^(tests|scripts)/" },
    },
    {
      name: "decision-engine-is-pure",
      severity: "error",
      comment:
        "lib/decision (the engine) imports only lib/domain, lib/errors.ts and its own files, plus types from lib/validations: hand it data instead of importing a module that reads it.",
      from: { path: "^lib/decision/" },
      to: { path: "^lib/", pathNot: "^lib/(decision|domain|validations)/|^lib/errors\\.ts$" },
    },
    {
      name: "decision-engine-types-only-from-schemas",
      severity: "error",
      comment: "lib/decision may use the schemas' types but not the schemas themselves: use `import type`.",
      from: { path: "^lib/decision/" },
      to: { path: "^lib/validations/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "domain-has-no-dependencies",
      severity: "error",
      comment: "lib/domain is the shared vocabulary (codes, labels, thresholds): it imports nothing else from lib/.",
      from: { path: "^lib/domain/" },
      to: { path: "^lib/", pathNot: "^lib/domain/" },
    },
    {
      name: "pure-modules-do-no-io",
      severity: "error",
      comment:
        "Domain modules take data and return data: they must not reach the database or the HTTP layer. Read in lib/data, then call the domain function.",
      from: { path: PURE },
      to: { path: `${DATA}|${APP_PLUMBING}|^lib/logger\\.ts$` },
    },
    {
      name: "data-not-to-http",
      severity: "error",
      comment:
        "Data and service modules throw AppError (lib/errors.ts) and never import lib/http or the session: the route wrapper answers the errors.",
      from: { path: "^lib/(data|survey-import|db)/" },
      to: { path: "^lib/(http|session)/" },
    },
    {
      name: "client-passed-in",
      severity: "error",
      comment:
        "lib/data and the services take the Prisma client as their first argument (`db: Db`); only the app layer imports the app's client from lib/db.",
      from: { path: "^lib/", pathNot: "^lib/(session|http)/" },
      to: { path: "^lib/db/index\\.ts$" },
    },
    {
      name: "components-do-no-io",
      severity: "error",
      comment: "Components receive data from their page; they never read the database or call services directly.",
      from: { path: "^components/" },
      to: {
        path: `${DATA}|^lib/(http|session|auth)/`,
        // Client-safe: the import service's response schemas and the server actions' result type.
        pathNot: "^lib/survey-import/schemas\\.ts$|^lib/http/action-state\\.ts$",
        // A type carries no I/O: a component may name the shape its page hands it.
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "no-circular",
      severity: "error",
      comment: "Circular import: split the shared part into its own module.",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "no-folder-cycles",
      severity: "error",
      comment: "Two folders of lib/ import each other: one of them is the lower layer — move what both need there.",
      scope: "folder",
      from: { path: "^lib/" },
      to: { path: "^lib/", circular: true },
    },
    {
      name: "no-orphans",
      severity: "error",
      comment: "A module nothing imports is dead code: delete it, or import it where it belongs.",
      from: {
        orphan: true,
        path: "^(lib|components)/",
        pathNot: ["\\.d\\.ts$"],
      },
      to: {},
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "This import cannot be resolved: a typo, or a package missing from package.json.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // The rules are about product code: tests and tooling may import anything, and are not followed.
    doNotFollow: { path: "^node_modules/|^tests/|^scripts/" },
    exclude: { path: "^lib/generated/|^node_modules/|^\\.next/|\\.test\\.tsx?$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mts", ".js", ".mjs", ".cjs", ".json", ".d.ts"],
    },
  },
};
