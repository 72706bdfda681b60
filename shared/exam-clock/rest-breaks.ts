/**
 * Rest breaks on the exam clock. While a break a proctor approved runs, the
 * time the clock charges (the same time as ever: monotonic, sleep and
 * downtime included, see ./clock-policy.ts) goes to the break instead of the
 * exam, until the attempt's break allowance is used up; from then on it is
 * exam time again. So exam time + break time is always exactly the time
 * charged, and break time never passes the allowance: a break can pause the
 * exam for at most what was granted, and never gives exam time back.
 */

export interface BreakBudget {
  /** Break time the attempt may take in all. */
  allowanceMs: number;
  /** Break time taken so far. */
  usedMs: number;
}

export interface ChargeSplit {
  examMs: number;
  breakMs: number;
  /** The allowance is used up: a running break ends here. */
  exhausted: boolean;
}

export function breakLeftMs(budget: BreakBudget): number {
  return Math.max(0, budget.allowanceMs - budget.usedMs);
}

/** Shares out time the clock charged between the exam and a break that may be running. */
export function splitCharge(chargedMs: number, onBreak: boolean, budget: BreakBudget): ChargeSplit {
  const charged = Math.max(0, chargedMs);
  if (!onBreak) return { examMs: charged, breakMs: 0, exhausted: false };
  const breakMs = Math.min(charged, breakLeftMs(budget));
  return {
    examMs: charged - breakMs,
    breakMs,
    exhausted: budget.usedMs + breakMs >= budget.allowanceMs,
  };
}
