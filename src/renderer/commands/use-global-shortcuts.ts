import { useEffect, useRef } from 'react';
import type { CommandContext } from './command';
import { commands } from './command-registry';
import { isTextField } from './is-text-field';
import { firesWhileTyping, matchesKeyBinding } from './key-binding';

/** One window-level listener runs every registered shortcut. */
export function useGlobalShortcuts(context: CommandContext): void {
  const latestContext = useRef(context);
  useEffect(() => {
    latestContext.current = context;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // While a Chinese input method is composing, keys belong to the candidate window.
      if (event.defaultPrevented || event.isComposing) return;
      const typing = isTextField(event.target);
      const command = commands.find(
        ({ keys }) => keys && (!typing || firesWhileTyping(keys)) && matchesKeyBinding(keys, event),
      );
      if (!command) return;
      event.preventDefault();
      command.run(latestContext.current);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
