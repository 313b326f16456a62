import { useState, type ChangeEvent, type CompositionEvent } from 'react';

/**
 * The text of a search box and the query to search for. The query follows
 * the text in the same render as the keystroke, and never while a Chinese
 * input method is composing: mid-composition the box holds pinyin such as
 * "gong'ji", which is not what the operator means to search. No pause: a
 * 100 ms one cost 100 ms of every result (bench kb-ui), and so did waiting
 * for a timer and a second render (~30 ms on the bench machine), while the
 * engine answers a keystroke in ~5–20 ms.
 */
export function useSettledQuery() {
  const [text, setText] = useState('');
  const [composing, setComposing] = useState(false);
  const [settled, setSettled] = useState('');

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
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const value = event.currentTarget.value;
        setText(value);
        if (!composing) setSettled(value);
      },
      onCompositionStart: () => setComposing(true),
      // Chromium fires the last input event before compositionend, so the
      // final text is taken from the event rather than waiting for a change.
      onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => {
        const value = event.currentTarget.value;
        setText(value);
        setSettled(value);
        setComposing(false);
      },
    },
  };
}
