import { Kind } from 'graphql';

import { isCalendarDate } from '../../calendar';
import { DateScalar, InvalidDateError } from './dates';

describe('the Date scalar', () => {
  it.each(['2025-10-17', '2024-02-29', '0001-01-01'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
    expect(DateScalar.parseValue(value)).toBe(value);
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value }, {})).toBe(value);
  });

  it.each(['2025-13-01', '2025-02-29', '2025-10-17T10:00:00Z', '17.10.2025', '', 20251017, null])('refuses %p', (value) => {
    expect(isCalendarDate(value)).toBe(false);
    expect(() => DateScalar.parseValue(value)).toThrow(InvalidDateError);
  });

  it('refuses literals that are not strings, saying what they are', () => {
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20251017' }, {})).toThrow('The number 20251017 is not a valid Date');
  });

  it('serializes the database form unchanged', () => {
    expect(DateScalar.serialize('2025-10-17')).toBe('2025-10-17');
  });
});
