// Breaks text into lines at spaces: the chart's axis labels (by characters) and the map picture's footer (by pixels).

/**
 * Lines no wider than `maxWidth`, as `width` measures them (by default in characters); a word wider than that gets
 * a line of its own rather than being cut.
 */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number = (s) => s.length): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
