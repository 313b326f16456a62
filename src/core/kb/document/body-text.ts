import type { KbFormat } from './kb-document';
import { markdownToText } from './markdown-to-text';

/**
 * The plain text of a stored body: Markdown is rendered to text, the other
 * formats were stored as extracted text already. Derived on demand so the
 * body is stored once.
 */
export function bodyTextOf(format: KbFormat, body: string): string {
  return format === 'markdown' ? markdownToText(body) : body;
}
