import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDate } from '@shared/dates';

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('counts whole days across a daylight-saving change', () => {
    expect(daysBetween('2024-03-09', '2024-03-11')).toBe(2);
    expect(daysBetween('2024-11-02', '2024-11-04')).toBe(2);
    expect(daysBetween('2024-01-10', '2024-01-01')).toBe(-9);
  });
  it('takes the local calendar date of a moment', () => {
    const d = new Date(2026, 10, 23, 23, 59);
    expect(localDate(d)).toBe('2026-11-23');
  });
});
