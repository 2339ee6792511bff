import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, minorDigits, minorToInput, parseMoneyInput } from '@shared/format';

describe('money', () => {
  it('knows minor digits per currency', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
  });
  it('formats minor units in the locale', () => {
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(123456, 'TRY', 'tr-TR')).toMatch(/1\.234,56/);
    expect(formatMoney(500, 'JPY', 'en-US')).toBe('¥500');
  });
  it('reads what a person types in either convention', () => {
    expect(parseMoneyInput('12.5', 'USD')).toBe(1250);
    expect(parseMoneyInput('12,50', 'TRY')).toBe(1250);
    expect(parseMoneyInput('1.234,56', 'EUR')).toBe(123456);
    expect(parseMoneyInput('1,234.56', 'USD')).toBe(123456);
    expect(parseMoneyInput('3.3', 'USD')).toBe(330);
    expect(parseMoneyInput('0', 'USD')).toBe(0);
    expect(parseMoneyInput('abc', 'USD')).toBeUndefined();
    expect(parseMoneyInput('', 'USD')).toBeUndefined();
  });
  it('round-trips through the input form', () => {
    expect(parseMoneyInput(minorToInput(1999, 'USD'), 'USD')).toBe(1999);
  });
});

describe('calendar dates', () => {
  it('shows a date as that calendar day whatever the time zone', () => {
    // 14 March must not become 13 March in Los Angeles (a UTC-midnight Date would).
    expect(formatDate('2024-03-14', 'en-US')).toBe('Mar 14, 2024');
    expect(formatDate('2024-03-14', 'tr-TR')).toBe('14 Mar 2024');
  });
});
