import { describe, expect, it } from 'vitest';
import { fillReasonTemplate, unknownPlaceholders } from '../../../src/shared/catalog/reason-template';

describe('routing reason templates', () => {
  it('fill in the names the seat knows', () => {
    expect(fillReasonTemplate('类别 {category} → {unit}', { category: '供热', unit: '市城市管理委' })).toBe('类别 供热 → 市城市管理委');
  });

  it('leave a placeholder visible when no value is given, rather than print "undefined"', () => {
    expect(fillReasonTemplate('属地 {place} → {unit}', { unit: '中关村街道办事处' })).toBe('属地 {place} → 中关村街道办事处');
  });

  it('list placeholders the seat cannot fill', () => {
    expect(unknownPlaceholders('{category} {district} {unit} {}')).toEqual(['district', '']);
  });
});
