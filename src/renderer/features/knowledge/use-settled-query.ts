import { useEffect, useState, type ChangeEvent, type CompositionEvent } from 'react';

/**
 * The text of a search box and the query to search for. The query follows
 * the text on the next tick (keys arriving together are searched once), and
 * never while a Chinese input method is composing: mid-composition the box
 * holds pinyin such as "gong'ji", which is not what the operator means to
 * search. No pause by default: a 100 ms one cost 100 ms of every result
 * (bench kb-ui) and the engine answers a keystroke in ~20 ms.
 */
export function useSettledQuery(delayMs = 0) {
  const [text, setText] = useState('');
  const [composing, setComposing] = useState(false);
  const [settled, setSettled] = useState('');

  useEffect(() => {
    if (composing) return;
    const timer = setTimeout(() => setSettled(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, composing, delayMs]);

  return {
    text,
    settled,
    composing,
    /** Replaces the text and searches for it at once (a "did you mean" click). */
    searchNow(value: string) {
      setText(value);
      setSettled(value);
    },
    inputProps: {
      value: text,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setText(event.currentTarget.value),
      onCompositionStart: () => setComposing(true),
      // Chromium fires the last input event before compositionend, so the
      // final text is taken from the event rather than waiting for a change.
      onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => {
        setText(event.currentTarget.value);
        setComposing(false);
      },
    },
  };
}
