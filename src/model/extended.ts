/**
 * `{ ...base, ...extra }` for objects made by the thousand (endpoint results, their stages and evidence), built so
 * that objects of one shape share one hidden class on every V8 the tool runs on.
 *
 * Node 20's V8 (11.3) gives each object made by a literal `{ ...base, more }` a hidden class of its own once that
 * literal has seen a few (2,000 objects of one shape: 1,992 classes; Node 22's V8: one). The 10,000 endpoint results
 * of a run then had 10,000 classes, every property read in the renderers went megamorphic, and writing the HTML
 * report inside the run took twice as long as writing the same report parsed back from its JSON (issue 10).
 * Object.assign onto a fresh object adds the properties one by one along the transitions that every object of the
 * shape shares. The properties come out in the same order as the spread's, so the JSON report is the same text.
 * Only for objects the tool built itself: on an object parsed from a file, an own `__proto__` key would become the
 * new object's prototype (assignment), where a spread copies it as a plain property.
 */
export function extended<B extends object, const E extends object>(base: B, extra: E): Omit<B, keyof E> & E {
  return Object.assign({}, base, extra);
}
