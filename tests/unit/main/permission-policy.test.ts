import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from '../../../src/main/security/permission-policy';

describe('isPermissionGranted', () => {
  it('lets the seat write to the clipboard', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://seat/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://seat')).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'unknown'])(
    'denies %s even to the seat',
    (permission) => {
      expect(isPermissionGranted(permission, 'app://seat/index.html')).toBe(false);
    },
  );

  it.each(['https://evil.example/', 'app://seat.evil/', 'file:///', ''])('denies everything to %s', (url) => {
    expect(isPermissionGranted('clipboard-sanitized-write', url)).toBe(false);
  });
});
