import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHostHeader } from '../../../src/core/shell/loopback-address';

describe('loopback checks', () => {
  it('accepts only loopback addresses', () => {
    for (const ok of ['127.0.0.1', '127.9.8.7', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(ok)).toBe(true);
    for (const bad of ['10.0.0.1', '192.168.1.2', '::ffff:10.0.0.1', '', undefined, '1270.0.0.1', 'localhost']) {
      expect(isLoopbackAddress(bad)).toBe(false);
    }
  });

  it('accepts only loopback Host headers on our port', () => {
    expect(isLoopbackHostHeader('127.0.0.1:80', 80)).toBe(true);
    expect(isLoopbackHostHeader('LOCALHOST:80', 80)).toBe(true);
    expect(isLoopbackHostHeader('localhost:81', 80)).toBe(false);
    expect(isLoopbackHostHeader('seat.attacker.example:80', 80)).toBe(false);
    expect(isLoopbackHostHeader(undefined, 80)).toBe(false);
  });
});
