import { generalWordLines } from './general-words-data';

/** The general vocabulary of segmentation, as [word, frequency] (see build-general-words.ts). */
export function* generalWords(): Iterable<[string, number]> {
  let lineStart = 0;
  while (lineStart < generalWordLines.length) {
    let lineEnd = generalWordLines.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = generalWordLines.length;
    const space = generalWordLines.lastIndexOf(' ', lineEnd);
    if (space > lineStart) yield [generalWordLines.slice(lineStart, space), Number(generalWordLines.slice(space + 1, lineEnd))];
    lineStart = lineEnd + 1;
  }
}
