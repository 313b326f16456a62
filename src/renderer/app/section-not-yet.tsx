import { Text } from '@mantine/core';
import type { ComponentType } from 'react';
import type { PlainMessageKey } from '../../shared/i18n/message-key';
import { useT } from '../i18n/use-t';

/** A section whose feature has not landed says so in one line instead of showing made-up data. */
export function sectionNotYet(message: PlainMessageKey): ComponentType {
  function SectionNotYet() {
    const t = useT();
    return <Text c="dimmed">{t(message)}</Text>;
  }
  return SectionNotYet;
}
