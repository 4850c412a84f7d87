// CommonJS on purpose, like src/model/package-json.cts: `require` of the JSON file works the same in dist/, under
// the tests' loader, and in the executables' bundle, where esbuild inlines it. No file is read at run time.

/** schema/report.schema.json (two folders up from both src/report/ and dist/report/). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (above): this require is the point of the file.
const schema = require('../../schema/report.schema.json') as object;
export = schema;
