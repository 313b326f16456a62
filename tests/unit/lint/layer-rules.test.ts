import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer import rules (docs/architecture.md, "Layout")', () => {
  it('keeps the renderer away from the core, Node and Electron', async () => {
    const code = [
      "import { createSeatCore } from '../../core/seat/seat-core';",
      "import { readFileSync } from 'node:fs';",
      "import { ipcRenderer } from 'electron';",
      "import { MantineProvider } from '@mantine/core';",
      'export const all = [createSeatCore, readFileSync, ipcRenderer, MantineProvider];',
    ].join('\n');
    const messages = await restrictedImports('src/renderer/app/probe.ts', code);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/src\/renderer may not import from/);
  });

  it('keeps src/shared free of every runtime', async () => {
    const code = "import { app } from '../../main/index';\nimport { join } from 'node:path';\nexport const x = [app, join];";
    expect(await restrictedImports('src/shared/contract/probe.ts', code)).toHaveLength(2);
  });

  it('keeps electron out of the core and the center, and the core out of the center', async () => {
    expect(await restrictedImports('src/core/seat/probe.ts', "import { app } from 'electron';\nexport const x = app;")).toHaveLength(1);
    expect(
      await restrictedImports('src/server/probe.ts', "import { createSeatCore } from '../core/seat/seat-core';\nexport const x = createSeatCore;"),
    ).toHaveLength(1);
  });

  it('lets each layer use what the brief allows', async () => {
    const main = "import { app } from 'electron';\nimport { startCoreWorker } from '../core/worker/start-core-worker';\nimport { join } from 'node:path';\nexport const x = [app, startCoreWorker, join];";
    expect(await restrictedImports('src/main/probe.ts', main)).toEqual([]);
    const renderer = "import { methods } from '../../shared/contract/methods';\nexport const x = methods;";
    expect(await restrictedImports('src/renderer/api/probe.ts', renderer)).toEqual([]);
  });
});
