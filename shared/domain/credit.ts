/**
 * Fractions within this of 1 count as full credit: Moodle stores thirds as
 * 0.3333333, and three of them must still make a fully right answer.
 */
export const fullCreditTolerance = 1e-6;

/** A credit fraction snapped to exactly 1 when it is within the tolerance of it. */
export function snapFullCredit(fraction: number): number {
  return Math.abs(fraction - 1) <= fullCreditTolerance ? 1 : fraction;
}
