/** Where a requirement comes from: every catalog entry and rule names its document. */
export interface Provenance {
  /** The document's title. */
  readonly title: string;
  readonly url: string;
  /** The document's date, YYYY-MM-DD. */
  readonly date: string;
}
