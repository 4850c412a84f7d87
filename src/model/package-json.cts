// CommonJS on purpose: `require` of a JSON file works the same in dist/ (compiled to .cjs), under the tests'
// TypeScript loader, and in the esbuild bundle of the executables (which inlines the file). An ES module would need
// import.meta.url, which a CommonJS bundle does not have, or a JSON import, which Node 20 marks experimental.

/** The fields of package.json that the tool reports about itself. */
interface PackageJson {
  readonly name: string;
  readonly version: string;
}

/** This tool's package.json (two folders up from both src/model/ and dist/model/). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (above): this require is the point of the file.
const pkg = require('../../package.json') as PackageJson;
export = pkg;
