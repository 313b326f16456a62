import * as OpenCC from 'opencc-js';

/**
 * Traditional → simplified (mainland) conversion. Operators and documents
 * mix 繁體 and 简体 (copied notices, Hong Kong and Taiwan callers' messages);
 * folding both to simplified lets one index serve both.
 *
 * The converter is built lazily: its dictionaries cost a few milliseconds
 * to prepare and many callers never see a traditional character.
 */
let converter: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(text);
}
