import { sessionInfo, signIn, signOut } from '../../services/auth/auth-service';
import { demoAccountsReader } from '../../services/auth/demo-accounts';
import { pinStatus, setOwnPin } from '../../services/auth/pin-service';
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
  router.handle('auth.keepAlive', async (_input, ctx) => {
    env.sessions.touch(ctx.caller.sessionKey);
    return null;
  });
  router.handle('auth.pinStatus', (_input, ctx) => pinStatus(env, ctx.tenant));
  router.handle('auth.setPin', (input, ctx) => setOwnPin(env, ctx.tenant, input));
  router.handle('auth.signOut', (_input, ctx) => signOut(env, ctx.session));
}
