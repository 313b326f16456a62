import { decodeEntities } from './html-entities';

export interface HtmlText {
  /** From <title>, else the first <h1>; null when neither has text. */
  title: string | null;
  text: string;
}

/**
 * Reduces an HTML page to its readable text. Only text leaves this
 * function — never markup — so nothing from a document can run a script or
 * load remote content when shown. Script, style and other non-content
 * elements are dropped with their contents; block elements become line
 * breaks so paragraphs survive.
 */
const droppedElements = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'head', 'select', 'textarea'];
const blockElements =
  'address|article|aside|blockquote|br|caption|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|thead|tfoot|tr|ul';

// A tag, allowing `>` inside quoted attribute values.
const anyTag = /<\/?[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;

export function htmlToText(html: string): HtmlText {
  let source = html.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ');
  const title = firstElementText(source, 'title') ?? firstElementText(source, 'h1');
  for (const element of droppedElements) {
    source = source.replace(new RegExp(`<${element}\\b[\\s\\S]*?(?:</${element}\\s*>|$)`, 'gi'), ' ');
  }
  source = source
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(new RegExp(`</?(?:${blockElements})\\b[^>]*>`, 'gi'), '\n')
    .replace(/<\/?(?:td|th)\b[^>]*>/gi, '  ')
    .replace(anyTag, '');
  const text = decodeEntities(source)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title, text };
}

function firstElementText(html: string, element: string): string | null {
  const match = new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}\\s*>`, 'i').exec(html);
  if (!match) return null;
  const text = decodeEntities(match[1]!.replace(anyTag, ''))
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text;
}
