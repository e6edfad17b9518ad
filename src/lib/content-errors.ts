// Mistakes in briefs, as opposed to faults of the code: they stop the build, or under the dev server the page,
// with the brief's own lines and nothing of the tool's insides.

/** The line that closes a build stopped by content errors, after the problem lines and their count. */
export const BUILD_STOPPED_LINE = 'The build stopped: fix the errors above and build again.';

/** Where in a brief the dev server's error overlay points: absolute file path, 1-based line and column. */
export interface ContentErrorLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * Errors in briefs. A build prints the report before throwing this, with the closing line as its message;
 * under the dev server its message is the report and `loc` points Astro's error overlay at the first error.
 *
 * Why it has no stack: Astro prints an error's stack, and a "Location" read from it, whenever the error has
 * one (in the terminal and in the overlay); for a mistake in a brief that is a trace through staging chunks
 * and Astro's route cache, which reads like a crash of the tool. With no stack, Astro prints the message alone
 * and, in the overlay, the brief's lines around `loc`.
 */
export class ContentErrors extends Error {
  override name = 'ContentErrors';
  /** The first error's place: Astro's overlay shows this file's lines around it as the code frame. */
  readonly loc: ContentErrorLocation | undefined;
  /** The overlay's heading, e.g. `2 errors, 1 warning in 14 briefs`. */
  readonly title: string | undefined;

  constructor(message: string, options: { loc?: ContentErrorLocation; title?: string } = {}) {
    super(message);
    this.stack = '';
    this.loc = options.loc;
    this.title = options.title;
  }
}
