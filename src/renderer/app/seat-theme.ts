import { createTheme } from '@mantine/core';

/**
 * System fonts only (the CSP forbids web fonts): Latin UI fonts first so
 * digits and ticket numbers stay crisp, then the CJK fonts each platform
 * ships, so Chinese never falls back to a bitmap or serif face.
 */
const fontFamily = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'sans-serif',
].join(', ');

/** Dense and quiet, for eight hours of reading call notes. */
export const seatTheme = createTheme({
  fontFamily,
  fontFamilyMonospace: 'ui-monospace, "Cascadia Mono", "SF Mono", Consolas, "Noto Sans Mono CJK SC", monospace',
  headings: { fontFamily, fontWeight: '600' },
  primaryColor: 'blue',
  defaultRadius: 'sm',
});
