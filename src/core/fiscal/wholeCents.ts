/**
 * Integer division for the fiscal area's cents, exact because operands stay integers. One
 * rounding rule: half away from zero, so a refund rounds like the charge it reverses.
 */
import { assertCents, type Cents } from '../money';

export function divideRounded(numerator: number, denominator: number): Cents {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const d = Math.abs(denominator);
  const { quotient, remainder } = floorDivide(Math.abs(numerator), d);
  const rounded = remainder * 2 >= d ? quotient + 1 : quotient;
  return rounded === 0 ? 0 : sign * rounded;
}

/** The smallest whole number not below numerator ÷ denominator; the denominator must be positive. */
export function divideCeiling(numerator: number, denominator: number): number {
  const { quotient, remainder } = floorDivide(numerator, denominator);
  return remainder > 0 ? quotient + 1 : quotient;
}

/** Floor quotient and non-negative remainder; corrects the float quotient of large operands. */
function floorDivide(
  numerator: number,
  denominator: number,
): { quotient: number; remainder: number } {
  assertCents(numerator);
  assertCents(denominator);
  if (denominator <= 0) throw new RangeError(`Cannot divide an amount by ${denominator}.`);
  let quotient = Math.floor(numerator / denominator);
  let remainder = numerator - quotient * denominator;
  if (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  } else if (remainder >= denominator) {
    quotient += 1;
    remainder -= denominator;
  }
  return { quotient, remainder };
}
