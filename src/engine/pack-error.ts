/** A problem in a pack, where it is: what a lead must fix before it can be imported. */
export interface PackError {
  /** JSON path, e.g. "signals[3].phrases.en[0]". */
  path: string;
  message: string;
}
