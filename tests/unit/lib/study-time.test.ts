import { describe, expect, it } from 'vitest';
import { formatDuration, studyMinutes } from '../../../src/lib/study-time.ts';

describe('studyMinutes', () => {
  it('adds the minutes of every lesson and every case', () => {
    expect(studyMinutes([{ minutes: 5 }, { minutes: 7 }], [{ minutes: 12 }, { minutes: 14 }])).toBe(38);
  });

  it('is zero for a module without lessons or cases', () => {
    expect(studyMinutes([], [])).toBe(0);
  });
});

describe('formatDuration', () => {
  it('writes minutes alone under an hour, with the singular for one', () => {
    expect(formatDuration(1)).toBe('1 minuut');
    expect(formatDuration(45)).toBe('45 minuten');
  });

  it('writes whole hours without minutes', () => {
    expect(formatDuration(120)).toBe('2 uur');
  });

  it('writes hours and the minutes that remain', () => {
    expect(formatDuration(61)).toBe('1 uur en 1 minuut');
    expect(formatDuration(125)).toBe('2 uur en 5 minuten');
  });
});
