import { describe, expect, test } from 'vitest';
import { addDays, getBuildDate } from '../../src/lib/graph/dates.ts';
import { formatDate } from '../../src/lib/present/format.ts';
import { getFreshness } from '../../src/lib/graph/freshness.ts';

describe('getFreshness', () => {
  const today = '2026-11-29';

  test('is current without an end of validity', () => {
    expect(getFreshness({ status: 'current' }, today, 90)).toBe('current');
  });

  test('is expiring when validity ends within the horizon, the last day included', () => {
    expect(getFreshness({ status: 'current', validUntil: '2027-01-20' }, today, 90)).toBe('expiring');
    expect(getFreshness({ status: 'current', validUntil: addDays(today, 90) }, today, 90)).toBe('expiring');
    expect(getFreshness({ status: 'current', validUntil: addDays(today, 91) }, today, 90)).toBe('current');
  });

  test('is expired the day after validity ends', () => {
    expect(getFreshness({ status: 'current', validUntil: today }, today, 90)).toBe('expiring');
    expect(getFreshness({ status: 'current', validUntil: '2026-11-28' }, today, 90)).toBe('expired');
  });

  test('an audit report without validUntil takes the state of its window; validUntil and the status come first', () => {
    expect(getFreshness({ status: 'current' }, today, 90, { state: 'stale' })).toBe('stale');
    expect(getFreshness({ status: 'current' }, today, 90, { state: 'bridge-needed' })).toBe('bridge-needed');
    expect(getFreshness({ status: 'current', validUntil: '2030-01-01' }, today, 90, { state: 'stale' })).toBe(
      'current',
    );
    expect(getFreshness({ status: 'superseded' }, today, 90, { state: 'stale' })).toBe('superseded');
  });

  test('takes superseded and withdrawn from the status, whatever the dates', () => {
    expect(getFreshness({ status: 'superseded', validUntil: '2030-01-01' }, today, 90)).toBe('superseded');
    expect(getFreshness({ status: 'withdrawn' }, today, 90)).toBe('withdrawn');
  });
});

describe('dates', () => {
  test('the build date follows SOURCE_DATE_EPOCH', () => {
    expect(getBuildDate({ SOURCE_DATE_EPOCH: '1767225600' })).toBe('2026-01-01');
  });

  test('a malformed SOURCE_DATE_EPOCH is refused with the fix', () => {
    expect(() => getBuildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: SOURCE_DATE_EPOCH is \`yesterday\`, which is not a whole number of seconds since 1970. Set it to a ` +
        `value such as \`1767225600\`, or unset it.]`,
    );
  });

  test('formats dates for reading', () => {
    expect(formatDate('2026-06-30')).toBe('30 June 2026');
  });
});
