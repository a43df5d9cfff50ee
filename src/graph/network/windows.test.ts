import { addUnits, timeWindows, unitStart } from './windows';

describe('unitStart', () => {
  it('finds the Monday of an ISO week, the first of a month and of a year', () => {
    expect(unitStart('2025-01-01', 'WEEK')).toBe('2024-12-30');
    expect(unitStart('2025-01-05', 'WEEK')).toBe('2024-12-30');
    expect(unitStart('2025-01-06', 'WEEK')).toBe('2025-01-06');
    expect(unitStart('2025-02-28', 'MONTH')).toBe('2025-02-01');
    expect(unitStart('2025-12-31', 'YEAR')).toBe('2025-01-01');
    expect(unitStart('2025-12-31', 'DAY')).toBe('2025-12-31');
  });
});

describe('addUnits', () => {
  it('moves from the first of a month by whole months, across years', () => {
    expect(addUnits('2025-11-01', 3, 'MONTH')).toBe('2026-02-01');
    expect(addUnits('2024-02-01', 1, 'YEAR')).toBe('2025-02-01');
    expect(addUnits('2024-12-30', 2, 'WEEK')).toBe('2025-01-13');
  });
});

describe('timeWindows', () => {
  it('starts a window every step units and cuts the first and last to the span', () => {
    expect(timeWindows('2025-01-10', '2025-04-02', { window: 2, unit: 'MONTH', step: 1 })).toEqual([
      { from: '2025-01-10', to: '2025-02-28' },
      { from: '2025-02-01', to: '2025-03-31' },
      { from: '2025-03-01', to: '2025-04-02' },
      { from: '2025-04-01', to: '2025-04-02' },
    ]);
  });

  it('with step = window, tiles the span: every day in exactly one window', () => {
    for (const [unit, window] of [
      ['DAY', 10],
      ['WEEK', 1],
      ['MONTH', 2],
    ] as const) {
      const w = timeWindows('2025-01-03', '2025-06-17', { window, unit, step: window });
      expect(w[0].from).toBe('2025-01-03');
      expect(w[w.length - 1].to).toBe('2025-06-17');
      for (let i = 1; i < w.length; i++) expect(w[i].from).toBe(addUnits(w[i - 1].to, 1, 'DAY'));
    }
  });

  it('refuses more than 120 windows with a sentence naming the arguments', () => {
    expect(() => timeWindows('2020-01-01', '2025-01-01', { window: 1, unit: 'WEEK', step: 1 })).toThrow(
      'Arguments "window" (1), "unit" (WEEK) and "step" (1) give more than 120 windows from 2020-01-01 to 2025-01-01; take a larger step or unit, or narrow the dates.',
    );
  });
});
