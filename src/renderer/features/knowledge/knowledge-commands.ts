import type { Command } from '../../commands/command';

/**
 * F3 opens knowledge-base search from anywhere, even from inside the call
 * notes (function keys type nothing). The screen on display decides what
 * that means: the 知识库 page focuses its own search box; everywhere else
 * the search panel the shell always mounts opens over the screen.
 */
export const knowledgeSearchCommandId = 'knowledge.search';

export const knowledgeCommands: readonly Command[] = [
  {
    id: knowledgeSearchCommandId,
    label: 'kb.command.search',
    keys: 'f3',
    run: (context) => void context.runHandler(knowledgeSearchCommandId),
  },
];
