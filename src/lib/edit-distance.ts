/** How many single-letter edits turn `a` into `b` (Levenshtein distance), to spot a misspelt name. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (const [i, letter] of [...a].entries()) {
    const current = [i + 1];
    for (const [j, other] of [...b].entries()) {
      current.push(Math.min(previous[j + 1]! + 1, current[j]! + 1, previous[j]! + (letter === other ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate `word` is most likely a slip for (at most `within` edits, ignoring case), for a
 * "did you mean …?" in a build message; undefined when none is that close.
 */
export function closestName(word: string, candidates: Iterable<string>, within = 2): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (distance <= within && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
