import { eq } from 'drizzle-orm';
import { attempts } from '@db/schema/index';
import type { Core } from '@main/app/core';

/** Ends every attempt still running on this core (a restore is refused while an exam runs). */
export async function endOpenAttempts(core: Core): Promise<void> {
  await core.env
    .db()
    .update(attempts)
    .set({ status: 'submitted', submittedAt: new Date(core.env.clock.nowMs()).toISOString() })
    .where(eq(attempts.status, 'in_progress'));
}
