import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { KbSource } from './kb-store';

/**
 * The demo knowledge base's Markdown files, read as text. The center does
 * not interpret documents (the seat parses and indexes them with its own
 * import code); it only needs each document's stable id, which is the `id`
 * of the YAML front matter, so two files can never publish the same id.
 */
export function readKbFolder(folder: string): KbSource[] {
  const names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();
  const seen = new Map<string, string>();
  return names.map((name) => {
    const path = join(folder, name);
    const markdown = readFileSync(path, 'utf8');
    const id = frontMatterId(markdown);
    if (id === null) throw new Error(`${path} has no "id" in its YAML front matter`);
    const other = seen.get(id);
    if (other !== undefined) throw new Error(`${path} and ${other} both have the id "${id}"`);
    seen.set(id, path);
    return { id, markdown };
  });
}

function frontMatterId(markdown: string): string | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown);
  if (!match?.[1]) return null;
  const frontMatter: unknown = parseYaml(match[1]);
  const id = (frontMatter as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : null;
}
