/**
 * A field's label as notices and lists quote it: without the question mark, colon, full stop or
 * exclamation mark that ends it, and without the `¿` or `¡` that opens a Spanish question
 * (“¿Cómo será tu sesión?” → “Cómo será tu sesión”), so every language reads the same inside a
 * sentence: “Cómo será tu sesión” en tu enlace no es una de las opciones…
 */
export const bareLabel = (label: string): string =>
  label
    .trim()
    .replace(/^[¿¡]\s*/, '')
    .replace(/\s*[?.:!]$/, '');
