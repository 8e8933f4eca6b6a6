// Turns what a user typed into an FTS5 query that cannot be a syntax error. Each whitespace-separated
// chunk becomes a quoted phrase of its letters and digits, so FTS5 operators (AND, OR, NOT, NEAR),
// quotes, brackets, colons and carets are searched as words or ignored, never interpreted. A `*` at
// the end of a chunk keeps its meaning: a prefix search ("tick*").
export function matchExpression(text: string): string | null {
  const phrases: string[] = [];
  for (const chunk of text.normalize('NFKC').split(/\s+/u)) {
    const words = chunk.match(/[\p{L}\p{N}\p{M}]+/gu);
    if (!words) continue;
    phrases.push(`"${words.join(' ')}"${chunk.endsWith('*') ? '*' : ''}`);
  }
  return phrases.length > 0 ? phrases.join(' ') : null;
}
