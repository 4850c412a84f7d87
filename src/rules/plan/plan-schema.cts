// CommonJS on purpose, like src/report/report-schema.cts: `require` of the JSON file works the same in dist/, under
// the tests' loader, and in the executables' bundle, where esbuild inlines it. No file is read at run time.

/** schema/plan.schema.json (three folders up from both src/rules/plan/ and dist/rules/plan/). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (above): this require is the point of the file.
const schema = require('../../../schema/plan.schema.json') as object;
export = schema;
