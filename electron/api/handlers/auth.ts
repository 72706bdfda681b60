import { sessionInfo, signIn, signOut } from '../../services/auth/auth-service';
import { demoAccountsReader } from '../../services/auth/demo-accounts';
import type { ApiRouter } from '../router';
import type { HandlerDeps } from './handler-deps';

export function registerAuthHandlers(
  router: ApiRouter,
  { env, readOnlyReason }: HandlerDeps,
): void {
  const demoAccounts = demoAccountsReader(env);
  router.handle('auth.demoAccounts', () => demoAccounts());
  router.handle('auth.session', async (_input, ctx) =>
    ctx.session ? sessionInfo(env, ctx.session, readOnlyReason) : null,
  );
  router.handle('auth.signIn', (input, ctx) =>
    signIn(env, ctx.caller.sessionKey, input, readOnlyReason),
  );
  router.handle('auth.signOut', (_input, ctx) => signOut(env, ctx.session));
}
