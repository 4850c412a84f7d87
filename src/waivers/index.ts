/** Waivers: load a waivers file and apply it to a report. */
export { loadWaivers, parseWaiver, isCalendarDate } from './load.js';
export { applyWaivers, describeMatch, endpointLabel } from './apply.js';
export type { AppliedWaiver, Waiver, WaiverMatch, WaiverRecord, WaiverReport, WaiverSource, WaiverState } from '../model/waivers.js';
