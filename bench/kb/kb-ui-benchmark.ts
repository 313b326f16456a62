import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchReport } from '../lib/bench-report';
import { measureKbSearchUi } from './chromium-search-paint';
import { runInFreshProcess } from './fresh-process';
import { buildCorpus } from './kb-benchmark';

const root = join(import.meta.dirname, '..', '..');

/**
 * `npm run bench -- kb-ui`: only the Chromium figure of the kb bench
 * (keystroke → painted results in the F3 panel), on the same 8,000-document
 * corpus, without the engine and peer runs. Needs the build (out/).
 */
export async function kbUiBenchmark(): Promise<void> {
  if (!existsSync(join(root, 'out', 'main', 'host.js'))) throw new Error('kb-ui bench needs the build: run `npm run build` first');
  const workDir = mkdtempSync(join(tmpdir(), 'seat-bench-kb-ui-'));
  try {
    const corpus = buildCorpus(workDir);
    const docsDir = join(workDir, 'docs');
    mkdirSync(docsDir);
    for (const document of corpus.documents) writeFileSync(join(docsDir, document.fileName), document.markdown);
    const databasePath = join(workDir, 'kb.sqlite');
    console.error('kb-ui bench: importing the corpus (fresh process) …');
    const rebuilt = await runInFreshProcess({ kind: 'seat-import', databasePath, docsDir, resourcesDir: join(root, 'resources') });
    if (rebuilt.failed.length > 0) throw new Error(`the generated corpus did not import cleanly:\n${rebuilt.failed.slice(0, 5).join('\n')}`);
    console.error('kb-ui bench: typing in the F3 search panel (Chromium) …');
    writeBenchReport('kb-ui', await measureKbSearchUi(databasePath));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
