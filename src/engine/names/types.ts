/**
 * A requester's display name as helpdesks show it, taken apart: "Müller, Hans", "Frau Dr. Anna
 * Schmidt", "MR JOHN SMITH", "κ. Παπαδόπουλος", "Wang Xiaoming", "王小明先生". What cannot be a
 * person's name — an address, "Visitor 4821", a company, two people — gives undefined.
 */
export interface ParsedName {
  given?: string;
  family?: string;
  /** As the person is named, in their own order, cased: "Hans Müller", "王小明", "Wang Xiaoming". */
  full: string;
  /** From an honorific ("Frau", "Mr", "κα", "先生") only, never guessed here. */
  gender?: 'm' | 'f';
  /** Addressed formally: any honorific, "κ." included (which does not say which). */
  formal: boolean;
  /** Titles used in address, as written: "Dr.", "Prof.", "Ing.". */
  titles: string[];
  /** The English honorific as written ("Mrs", "Ms."), for English greetings. */
  honorific?: string;
  script: 'latin' | 'greek' | 'han' | 'other';
  /** A Greek name in capitals whose accent could not be restored: cannot be written correctly. */
  unaccented?: boolean;
  /** The same, for the given name alone. */
  givenUnaccented?: boolean;
  /** Two given-name-or-surname words whose order cannot be told (pinyin "Li Wei"). */
  ambiguous?: boolean;
}
