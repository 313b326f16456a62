import { Text } from '@mantine/core';
import type { NormalizedPhone } from '../../../shared/phone/normalized-phone';
import { useT } from '../../i18n/use-t';

/** What the number turned out to be: 手机 138 1234 5678, 号码未显示, 号码无法识别：位数太少. */
export function PhoneStatus({ phone }: { phone: NormalizedPhone }) {
  const t = useT();
  if (phone.kind === 'withheld') return <Text span size="xs" c="orange">{t('phone.withheld')}</Text>;
  if (phone.kind === 'invalid') {
    const reason = phone.reason ? t(`phone.reason.${phone.reason}`) : t('phone.reason.unknown_format');
    return <Text span size="xs" c="red">{t('phone.invalid', { reason })}</Text>;
  }
  return (
    <Text span size="xs" c="dimmed">
      {t(`phone.kind.${phone.kind}`)} {phone.display}
      {phone.areaCodeAssumed && phone.areaCode ? ` · ${t('phone.areaCodeAssumed', { areaCode: phone.areaCode })}` : ''}
    </Text>
  );
}
