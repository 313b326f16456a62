import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real zh-CN prose from Debian packages, so the generated corpus has the
 * long tail of vocabulary real text has: the 110 demo documents hold only
 * ~95,000 characters, and recombining them alone makes every word far
 * commoner across 8,000 documents than in a real knowledge base (which
 * inflates bm25 work per query). The packages are fetched with
 * `apt-get download` (no install, nothing changes on the system) into the
 * bench's temp directory and unpacked there with dpkg-deb. Where apt is
 * missing or offline the bench goes on with generated text only and says so.
 */
export interface RealTextPool {
  /** Package names and versions, for the report. */
  source: string;
  /** One passage per help page or chapter: its sentences in order. */
  passages: string[][];
  hanCharacters: number;
}

const packages = [
  // LibreOffice's help: 2,500 pages of everyday instructional prose.
  { name: 'libreoffice-help-zh-cn', htmlUnder: 'usr/share/libreoffice/help/zh-CN/text' },
  // The Debian Reference: a book-length guide.
  { name: 'debian-reference-zh-cn', htmlUnder: 'usr/share/debian-reference' },
];

export function loadRealChineseText(workDir: string): RealTextPool | null {
  const downloads = join(workDir, 'debian-packages');
  mkdirSync(downloads, { recursive: true });
  const versions: string[] = [];
  const passages: string[][] = [];
  for (const pkg of packages) {
    const fetched = spawnSync('apt-get', ['download', '-q', pkg.name], { cwd: downloads, encoding: 'utf8', timeout: 120_000 });
    const deb = readdirSync(downloads).find((file) => file.startsWith(`${pkg.name}_`) && file.endsWith('.deb'));
    if (fetched.status !== 0 || deb === undefined) {
      console.warn(`kb bench: could not fetch ${pkg.name} (${(fetched.stderr || fetched.error?.message || '').trim().split('\n').pop()}); going on without it`);
      continue;
    }
    const unpacked = join(downloads, pkg.name);
    const extracted = spawnSync('dpkg-deb', ['-x', join(downloads, deb), unpacked], { encoding: 'utf8' });
    if (extracted.status !== 0) {
      console.warn(`kb bench: could not unpack ${deb}; going on without it`);
      continue;
    }
    versions.push(decodeURIComponent(deb.replace(/_all\.deb$/, '').replace('_', ' ')));
    for (const file of htmlFiles(join(unpacked, pkg.htmlUnder))) {
      const sentences = proseSentences(readFileSync(file, 'utf8'));
      if (sentences.length > 0) passages.push(sentences);
    }
  }
  if (passages.length === 0) return null;
  const hanCharacters = passages.flat().reduce((sum, sentence) => sum + (sentence.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
  return { source: versions.join(', '), passages, hanCharacters };
}

/** Every .html below `dir`, sorted so the passage order never depends on the file system. */
function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) found.push(path);
    }
  };
  walk(dir);
  return found;
}

/**
 * The page's Chinese sentences: tags and scripts dropped, entities decoded,
 * split at sentence ends. Lines that are mostly code, menus or tables
 * (little Han text) are left out — a policy guide has none.
 */
function proseSentences(html: string): string[] {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
  const sentences: string[] = [];
  for (const line of text.split('\n')) {
    for (const raw of line.match(/[^。！？]+[。！？]?/g) ?? []) {
      const sentence = raw.replace(/\s+/g, ' ').trim();
      const han = sentence.match(/\p{Script=Han}/gu)?.length ?? 0;
      if (han >= 6 && han / sentence.length >= 0.5 && /[。！？]$/.test(sentence)) sentences.push(sentence);
    }
  }
  return sentences;
}
