import { describe, expect, it } from 'vitest';
import { readDate, understandDate } from './dateText';

describe('understandDate', () => {
  it('reads a month as that month, never as its first day', () => {
    const u = understandDate('2024-03', 'single', 'en');
    expect(u).toMatchObject({
      status: 'single',
      value: { precision: 'month', value: '2024-03' },
      reading: { text: 'March 2024', precision: 'month' },
    });
  });

  it('says what it understood in Russian and Ukrainian', () => {
    expect(understandDate('2024-03-05', 'single', 'ru')).toMatchObject({
      reading: { text: '5 марта 2024 г.', precision: 'day' },
    });
    expect(understandDate('2024-03', 'single', 'uk')).toMatchObject({
      reading: { precision: 'month' },
    });
    const uk = understandDate('2024-03', 'single', 'uk');
    expect(uk.status === 'single' && uk.reading.text).toMatch(/березень 2024/);
  });

  it('keeps a year a year', () => {
    expect(understandDate(' 2024 ', 'value', 'en')).toMatchObject({
      status: 'single',
      reading: { text: '2024', precision: 'year' },
    });
  });

  it('reads ? as an unknown date', () => {
    expect(understandDate('?', 'single', 'en')).toMatchObject({ status: 'unknown' });
  });

  it('reads an open period where a date or a period is asked', () => {
    expect(understandDate('2022-03/..', 'value', 'en')).toMatchObject({
      status: 'range',
      from: { text: 'March 2022', precision: 'month' },
    });
    const u = understandDate('2022-03/..', 'value', 'en');
    expect(u.status === 'range' && u.to).toBe(undefined);
  });

  it('refuses a period where one date is asked', () => {
    expect(understandDate('2022/2023', 'single', 'en')).toEqual({ status: 'noRange' });
  });

  it('refuses days that do not exist and text that is no date', () => {
    expect(understandDate('2023-02-29', 'single', 'en')).toEqual({ status: 'invalid' });
    expect(understandDate('March', 'value', 'en')).toEqual({ status: 'invalid' });
    expect(understandDate('2023/2022', 'value', 'en')).toEqual({ status: 'invalid' });
  });

  it('says nothing about an empty input', () => {
    expect(understandDate('  ', 'value', 'en')).toEqual({ status: 'empty' });
  });
});

describe('readDate', () => {
  it('does not shift a day across time zones', () => {
    expect(readDate({ precision: 'day', value: '2024-01-01' } as never, 'en').text).toBe(
      'January 1, 2024',
    );
  });
});
