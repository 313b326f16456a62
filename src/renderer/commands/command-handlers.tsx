import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/**
 * Where a command finds the screen that carries it out. Screens (and the
 * intake session) register a handler for a command id while they are
 * mounted; the command runs it, or does its fallback (usually: go to the
 * screen) when nothing is registered. So a shortcut such as Ctrl+Enter acts
 * on what the operator sees, never on a screen that is not there.
 */
export interface CommandHandlers {
  register(commandId: string, handler: () => void): () => void;
  /** True when a handler ran. */
  run(commandId: string): boolean;
}

export function createCommandHandlers(): CommandHandlers {
  // A stack per id: the most recently mounted screen wins, and unmounting it uncovers the one below.
  const handlers = new Map<string, (() => void)[]>();
  return {
    register(commandId, handler) {
      const stack = handlers.get(commandId) ?? [];
      stack.push(handler);
      handlers.set(commandId, stack);
      return () => {
        const index = stack.lastIndexOf(handler);
        if (index >= 0) stack.splice(index, 1);
      };
    },
    run(commandId) {
      const handler = handlers.get(commandId)?.at(-1);
      if (!handler) return false;
      handler();
      return true;
    },
  };
}

const CommandHandlersContext = createContext<CommandHandlers | null>(null);

export function CommandHandlersProvider({ handlers, children }: { handlers: CommandHandlers; children: ReactNode }) {
  return <CommandHandlersContext.Provider value={handlers}>{children}</CommandHandlersContext.Provider>;
}

function useCommandHandlers(): CommandHandlers {
  const handlers = useContext(CommandHandlersContext);
  if (!handlers) throw new Error('command handlers are only available inside <CommandHandlersProvider>');
  return handlers;
}

/** Offers `handler` for a command while the calling component is mounted; the latest handler always runs. */
export function useCommandHandler(commandId: string, handler: () => void): void {
  const handlers = useCommandHandlers();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => handlers.register(commandId, () => latest.current()), [handlers, commandId]);
}

/** For buttons that do what a shortcut does on the same screen. */
export function useRunCommandHandler(): (commandId: string) => boolean {
  return useCommandHandlers().run;
}
