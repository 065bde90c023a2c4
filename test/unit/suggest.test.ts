import { describe, expect, test } from 'vitest';
import { suggest } from '../../src/lib/content/suggest.ts';

describe('suggest', () => {
  const ids = ['soc-1', 'soc-2', 'iso-27001', 'iso-27017', 'gdpr'];

  test('finds an id typed without its hyphen or in capitals', () => {
    expect(suggest('SOC2', ids)).toBe('soc-2');
    expect(suggest('iso27001', ids)).toBe('iso-27001');
  });

  test('finds an id with a small typo', () => {
    expect(suggest('gpdr', ids)).toBe('gdpr');
    expect(suggest('iso-27010', ids)).toBe('iso-27001');
  });

  test('suggests nothing when no id is close', () => {
    expect(suggest('hipaa', ids)).toBeUndefined();
    expect(suggest('', ids)).toBeUndefined();
  });
});
