/**
 * The verdict moved to src/model/verdict.ts: it is a decision, not a view. This re-export keeps branches written
 * against the old path compiling; import from '../model/verdict.js' instead.
 * @deprecated
 */
export { EXIT, exitCodeOf, judge, judgeReport, reportTotals, summarizeResults } from '../model/verdict.js';
