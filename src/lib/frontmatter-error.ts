/**
 * A build error about content files, worded for the clinic (file, line, field, what to write). It
 * carries no stack trace: Astro prints a stack under every error, and this one would point into
 * Astro or the kit's code, not at the file to fix.
 */
export class FrontmatterError extends Error {
  override name = 'FrontmatterError';

  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}
