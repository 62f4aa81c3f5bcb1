/**
 * The largest file "Continue from a saved PDF" will read: 20 MB. A worksheet PDF from this kit is
 * well under 1 MB even with the Unicode font embedded, so anything bigger is refused before it is
 * read into memory. Its own module so the form can check a file's size without loading pdf-lib.
 */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;
