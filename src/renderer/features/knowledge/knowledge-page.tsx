import { useEffect, useRef } from 'react';
import { useCommandHandler } from '../../commands/command-handlers';
import { useCurrentIntake } from '../intake/use-current-intake';
import { KbSearch } from './kb-search';
import { knowledgeSearchCommandId } from './knowledge-commands';

/** The 知识库 section: the same search as the F3 panel, filling the page; F3 here returns to its search box. */
export function KnowledgePage() {
  const input = useRef<HTMLInputElement>(null);
  const { attachKbDocument } = useCurrentIntake();
  const focusSearch = () => {
    input.current?.focus();
    input.current?.select();
  };
  useEffect(focusSearch, []);
  useCommandHandler(knowledgeSearchCommandId, focusSearch);
  return <KbSearch inputRef={input} height="calc(100vh - 200px)" onUseInAnswer={attachKbDocument} />;
}
