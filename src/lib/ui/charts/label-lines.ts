/** A long category label (a case's title, a round's name) on a few short lines under its bar or point. */
export function labelLines(text: string, max = 26, most = 3): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out[out.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out.length > most ? [...out.slice(0, most - 1), `${out[most - 1]}…`] : out;
}
