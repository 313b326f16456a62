import { Anchor, Text } from '@mantine/core';
import { memo } from 'react';
import type { KbSearchResponse } from '../../../shared/contract/kb/kb-search-schemas';
import { useT } from '../../i18n/use-t';

/**
 * A same-sound correction (公基金 → 公积金). When the engine already
 * searched for it, this says so; either way a click makes it the query.
 */
function DidYouMeanView({
  suggestion,
  onChoose,
}: {
  suggestion: KbSearchResponse['didYouMean'];
  onChoose: (text: string) => void;
}) {
  const t = useT();
  if (!suggestion) return null;
  return (
    <Text size="sm">
      {t(suggestion.applied ? 'kb.didYouMean.applied' : 'kb.didYouMean.suggest')}{' '}
      <Anchor component="button" type="button" fw={700} onClick={() => onChoose(suggestion.text)}>
        {suggestion.text}
      </Anchor>
    </Text>
  );
}

export const DidYouMean = memo(DidYouMeanView);
