import { describe, expect, test } from 'vitest';
import { addMonths } from '../../src/lib/graph/dates.ts';
import { getReportWindow, isEditionOverdue } from '../../src/lib/graph/report-window.ts';

const limits = { windowMonths: 12, bridgeAfterMonths: 3 };
const periodEnd = '2026-03-31';
const state = (today: string, bridges: { id: string; coversThrough: string }[] = []) =>
  getReportWindow(periodEnd, bridges, limits, today).state;

describe('addMonths', () => {
  test('keeps the day of the month, or the last day of a shorter month', () => {
    expect(addMonths('2026-03-31', 3)).toBe('2026-06-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2025-11-28', 12)).toBe('2026-11-28');
  });
});

describe('getReportWindow', () => {
  test('is current up to the day the bridge limit falls, and needs a bridge the day after', () => {
    expect(state('2026-06-29')).toBe('current');
    expect(state('2026-06-30')).toBe('current');
    expect(state('2026-07-01')).toBe('bridge-needed');
  });

  test('needs a bridge up to the last day of its window, and is stale the day after', () => {
    expect(state('2027-03-30')).toBe('bridge-needed');
    expect(state('2027-03-31')).toBe('bridge-needed');
    expect(state('2027-04-01')).toBe('stale');
  });

  test('a bridge letter extends the day covered through, and the bridge limit counts from it', () => {
    const bridge = [{ id: 'letter', coversThrough: '2026-09-30' }];
    expect(state('2026-12-29', bridge)).toBe('current');
    expect(state('2026-12-30', bridge)).toBe('current');
    expect(state('2026-12-31', bridge)).toBe('bridge-needed');
    expect(getReportWindow(periodEnd, bridge, limits, '2026-11-29')).toEqual({
      state: 'current',
      coveredThrough: '2026-09-30',
      uncoveredDays: 60,
      bridgeDue: '2026-12-30',
      reliedOnUntil: '2027-03-31',
      bridgedBy: ['letter'],
    });
  });

  test('a bridge letter does not extend the window: past it the report is stale', () => {
    const bridge = [{ id: 'letter', coversThrough: '2027-03-31' }];
    expect(state('2027-03-31', bridge)).toBe('current');
    expect(state('2027-04-01', bridge)).toBe('stale');
  });

  test('the latest bridge letter counts, and one covering nothing after the period is ignored', () => {
    const window = getReportWindow(
      periodEnd,
      [
        { id: 'early', coversThrough: '2026-03-01' },
        { id: 'june', coversThrough: '2026-06-30' },
        { id: 'september', coversThrough: '2026-09-30' },
      ],
      limits,
      '2026-10-01',
    );
    expect(window.coveredThrough).toBe('2026-09-30');
    expect(window.bridgedBy).toEqual(['june', 'september']);
  });

  test('counts the days since the last day covered that nothing covers', () => {
    expect(getReportWindow(periodEnd, [], limits, '2026-03-30').uncoveredDays).toBe(0);
    expect(getReportWindow(periodEnd, [], limits, '2026-03-31').uncoveredDays).toBe(0);
    expect(getReportWindow(periodEnd, [], limits, '2026-04-01').uncoveredDays).toBe(1);
  });

  test('follows the limits it is given', () => {
    const short = { windowMonths: 6, bridgeAfterMonths: 1 };
    expect(getReportWindow(periodEnd, [], short, '2026-04-30').state).toBe('current');
    expect(getReportWindow(periodEnd, [], short, '2026-05-01').state).toBe('bridge-needed');
    expect(getReportWindow(periodEnd, [], short, '2026-09-30').state).toBe('bridge-needed');
    expect(getReportWindow(periodEnd, [], short, '2026-10-01').state).toBe('stale');
  });
});

describe('isEditionOverdue', () => {
  const artefact = { status: 'current' as const, nextExpected: '2026-11-28' };

  test('is overdue the day after the next edition was expected, not on the day', () => {
    expect(isEditionOverdue(artefact, false, '2026-11-27')).toBe(false);
    expect(isEditionOverdue(artefact, false, '2026-11-28')).toBe(false);
    expect(isEditionOverdue(artefact, false, '2026-11-29')).toBe(true);
  });

  test('is not overdue once a newer edition replaces it, or when it is not current', () => {
    expect(isEditionOverdue(artefact, true, '2026-11-29')).toBe(false);
    expect(isEditionOverdue({ ...artefact, status: 'withdrawn' }, false, '2026-11-29')).toBe(false);
    expect(isEditionOverdue({ status: 'current' }, false, '2026-11-29')).toBe(false);
  });
});
