import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from '../../../src/core/kb/document/split-front-matter';

/**
 * The shipped demo documents taken apart into the pieces the corpus
 * generator recombines: front-matter fields and, per `## section`, the lines
 * written under it. The raw file is kept too: the 110 demo documents go
 * into the corpus unchanged so the relevance set's answers are there.
 */
export interface DemoDocument {
  id: string;
  fileName: string;
  raw: string;
  title: string;
  authority: string;
  category: string;
  /** `全市` or the district a district-specific document is for. */
  district: string;
  status: string;
  keywords: string[];
  questions: string[];
  /** Section heading → its lines (list numbering stripped), in file order. */
  sections: Map<string, string[]>;
}

export function loadDemoDocuments(docsDir: string): DemoDocument[] {
  return readdirSync(docsDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((fileName) => parseDemoDocument(fileName, readFileSync(join(docsDir, fileName), 'utf8')));
}

function parseDemoDocument(fileName: string, raw: string): DemoDocument {
  const split = splitFrontMatter(raw);
  const meta = (parseYaml(split.frontMatter ?? '') ?? {}) as Record<string, unknown>;
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of split.body.split('\n')) {
    const heading = /^##\s+(.+)$/.exec(line);
    if (heading) {
      current = [];
      sections.set(heading[1]!.trim(), current);
    } else if (current && line.trim() !== '') {
      current.push(line.replace(/^\s*(?:\d+\.|[-*])\s+/, '').trim());
    }
  }
  const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return {
    id: String(meta.id),
    fileName,
    raw,
    title: String(meta.title),
    authority: String(meta.authority),
    category: String(meta.category),
    district: String(meta.district ?? '全市'),
    status: String(meta.status),
    keywords: strings(meta.keywords),
    questions: strings(meta.questions),
    sections,
  };
}
