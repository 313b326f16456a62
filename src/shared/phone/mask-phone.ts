import { normalizePhone } from './normalize-phone';

/** Digits kept visible at the end: enough for a caller to confirm "the one ending 5678". */
const visibleTail = 4;

/**
 * The caller's number for roles that must not see it (QA reviewers,
 * dashboards, exports): +86 138****5678 for a mobile, keeping the carrier
 * prefix and the last four digits as Chinese apps do; +86 10 ****5678 for a
 * landline; +44 ******0000 abroad. Service numbers (400, 95588) belong to
 * businesses, not to a person, and are shown as they are. Anything that is
 * not a readable number is masked completely rather than leaked.
 */
export function maskPhone(value: string): string {
  const phone = normalizePhone(value);
  switch (phone.kind) {
    case 'mobile': {
      const digits = phone.national ?? '';
      return `+86 ${digits.slice(0, 3)}****${digits.slice(-visibleTail)}`;
    }
    case 'landline': {
      const area = (phone.areaCode ?? '0').slice(1);
      const local = (phone.e164 ?? '').slice(3 + area.length);
      return `+86 ${area} ${maskAllButTail(local)}`;
    }
    case 'international': {
      const [code = '', rest = ''] = phone.display.split(' ');
      return `${code} ${maskAllButTail(rest)}`;
    }
    case 'service':
      return phone.display;
    case 'withheld':
      return '';
    case 'invalid':
      return '****';
  }
}

function maskAllButTail(digits: string): string {
  const hidden = Math.max(0, digits.length - visibleTail);
  return '*'.repeat(hidden) + digits.slice(hidden);
}
