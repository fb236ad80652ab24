import { describe, expect, it } from 'vitest';
import {
  IDLE_CAP_SECONDS,
  onInput,
  onVisibility,
  startActiveTime,
  takeSeconds,
  type ActiveTime,
} from '../../../modules/progress/active-time.ts';

const s = (seconds: number) => seconds * 1000;
const total = (clock: ActiveTime, now: number) => takeSeconds(clock, now).seconds;

describe('active time, on a fake clock', () => {
  it('counts the time between inputs while the page is visible', () => {
    let clock = startActiveTime(0);
    clock = onInput(clock, s(20));
    clock = onInput(clock, s(50));
    expect(total(clock, s(70))).toBe(70);
  });

  it('stops while the page is hidden and starts again when it is shown', () => {
    let clock = startActiveTime(0);
    clock = onVisibility(clock, false, s(30));
    clock = onInput(clock, s(500)); // an event while hidden counts nothing
    clock = onVisibility(clock, true, s(3600));
    expect(total(clock, s(3610))).toBe(40);
  });

  it('counts a gap without input of at most N in full, and a longer gap as N', () => {
    expect(IDLE_CAP_SECONDS).toBe(180);
    let clock = startActiveTime(0);
    clock = onInput(clock, s(170)); // 170 s reading: counted in full
    expect(total(clock, s(170))).toBe(170);
    clock = onInput(clock, s(170 + 3600)); // an hour away with the tab open: counts 180 s
    expect(total(clock, s(170 + 3600))).toBe(170 + 180);
    expect(total(clock, s(170 + 3600 + 10))).toBe(170 + 180 + 10);
  });

  it('stops counting N after the last input, even when nothing else happens', () => {
    const clock = startActiveTime(0);
    expect(total(clock, s(10_000))).toBe(IDLE_CAP_SECONDS);
  });

  it('starts counting from a page that opens hidden only when it is shown', () => {
    let clock = startActiveTime(0, false);
    clock = onVisibility(clock, true, s(100));
    expect(total(clock, s(130))).toBe(30);
  });

  it('gives whole seconds and keeps the rest for the next take, so nothing is lost or counted twice', () => {
    let clock = startActiveTime(0);
    let sum = 0;
    for (let t = 700; t <= 10_500; t += 700) {
      clock = onInput(clock, t);
      const taken = takeSeconds(clock, t);
      sum += taken.seconds;
      clock = taken.clock;
      expect(Number.isInteger(taken.seconds)).toBe(true);
    }
    expect(sum).toBe(10);
    expect(clock.ms).toBe(500);
  });

  it('counts nothing when the clock goes back, and never goes down', () => {
    let clock = startActiveTime(s(100));
    clock = onInput(clock, s(50));
    expect(total(clock, s(50))).toBe(0);
    expect(total(clock, s(110))).toBe(10);
  });

  it('counts the same however often it is asked in between', () => {
    let once = startActiveTime(0);
    once = onInput(once, s(60));
    let often = startActiveTime(0);
    let sum = 0;
    for (let t = 0; t <= s(60); t += 250) {
      const taken = takeSeconds(often, t);
      sum += taken.seconds;
      often = taken.clock;
    }
    often = onInput(often, s(60));
    expect(sum + total(often, s(90))).toBe(total(once, s(90)));
  });
});
