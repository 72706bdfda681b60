import { z } from 'zod';
import {
  apiContract,
  isMethodName,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
} from '@shared/api/contract';
import type { MethodSpec } from '@shared/api/define';
import { ApiError, refusal, type ApiErrorBody, type ApiResult } from '@shared/api/result';
import { validationError } from '@shared/api/validation-error';
import { plainIssueMessage } from '@shared/validation/messages';
import { IDLE_SIGN_OUT_MESSAGE, STAFF_IDLE_TIMEOUT_MS } from '@shared/auth/session-idle';
import { apiWords } from '@shared/api/error-words';
import type { TenantContext } from '@db/tenant';
import type { Session, SessionStore } from './sessions';

/** Who is calling, as established by the transport (never by the payload). */
export interface Caller {
  /** A window's webContents (IPC), a preview browser tab (HTTP) or one run of a command line script. */
  sessionKey: string;
  transport: 'ipc' | 'http' | 'cli' | 'test';
  ipAddress: string | null;
}

export interface PublicContext {
  caller: Caller;
  session: Session | null;
}

export interface AuthedContext {
  caller: Caller;
  session: Session;
  tenant: TenantContext;
}

type ContextFor<K extends MethodName> = (typeof apiContract)[K]['roles'] extends 'public'
  ? PublicContext
  : AuthedContext;

export type Handler<K extends MethodName> = (
  input: ParsedInput<K>,
  ctx: ContextFor<K>,
) => Promise<MethodOutput<K>>;

export interface RouterDeps {
  sessions: SessionStore;
  /** Re-checks a session against the database; returns the current tenant or null if it is no longer valid. */
  revalidate: (session: Session) => Promise<TenantContext | null>;
  /** Returns why a mutating call must be refused (read-only organisation, outdated app), or null. */
  writeGuard: (tenant: TenantContext, method: MethodName) => Promise<string | null>;
  /** Where unexpected errors are written; never returned to the caller. */
  logError: (method: string, error: unknown) => void;
  /** Told after a mutating call succeeded (the sync runner pushes soon after). */
  afterMutation?: (method: MethodName) => void;
  /** A staff session was found idle too long and ended; the transport tells its window. */
  onIdleSignOut?: (session: Session) => void;
  /**
   * Whether first-run methods are open: true only while this computer holds no
   * organisation. Without it they are refused.
   */
  firstRunOpen?: () => Promise<boolean>;
}

type AnyHandler = (input: unknown, ctx: PublicContext | AuthedContext) => Promise<unknown>;

/**
 * The single place API calls are checked and answered. `handle()` binds one
 * handler per contract method (twice is an error); `dispatch()` checks the
 * session, the role, the input and the tenant's write state, runs the handler
 * and wraps the outcome. No stack or SQL text ever leaves here.
 */
export class ApiRouter {
  private readonly handlers = new Map<MethodName, AnyHandler>();

  constructor(private readonly deps: RouterDeps) {}

  handle<K extends MethodName>(method: K, handler: Handler<K>): void {
    if (!isMethodName(method)) throw new Error(`"${String(method)}" is not in the API contract`);
    if (this.handlers.has(method))
      throw new Error(`A handler for "${method}" is already registered`);
    this.handlers.set(method, handler as unknown as AnyHandler);
  }

  /** Contract methods with no handler; the app refuses to start with any. */
  unhandled(): MethodName[] {
    return (Object.keys(apiContract) as MethodName[]).filter((m) => !this.handlers.has(m));
  }

  async dispatch(method: string, rawInput: unknown, caller: Caller): Promise<ApiResult<unknown>> {
    try {
      return { ok: true, value: await this.run(method, rawInput, caller) };
    } catch (error) {
      return { ok: false, error: this.toErrorBody(method, error) };
    }
  }

  private async run(method: string, rawInput: unknown, caller: Caller): Promise<unknown> {
    if (!isMethodName(method)) throw refusal('NOT_FOUND', 'api.unknownMethod', { method });
    const spec: MethodSpec = apiContract[method];
    const handler = this.handlers.get(method);
    if (!handler) throw refusal('INTERNAL', 'api.notAvailable', { method });

    let session = this.deps.sessions.get(caller.sessionKey) ?? null;
    let tenant: TenantContext | null = null;
    if (session && this.deps.sessions.idle(caller.sessionKey)) {
      this.deps.sessions.delete(caller.sessionKey);
      this.deps.onIdleSignOut?.(session);
      if (spec.roles !== 'public') {
        const idle = apiWords('api.idleSignOut', { minutes: STAFF_IDLE_TIMEOUT_MS / 60_000 });
        throw new ApiError('UNAUTHENTICATED', IDLE_SIGN_OUT_MESSAGE, undefined, idle.ref);
      }
      session = null;
    }
    if (session) {
      tenant = await this.deps.revalidate(session);
      if (!tenant) {
        this.deps.sessions.delete(caller.sessionKey);
        session = null;
      } else if (tenant.role !== session.tenant.role) {
        session = { ...session, tenant };
        this.deps.sessions.set(session);
      }
    }

    if (spec.roles !== 'public') {
      if (!session || !tenant) {
        const signIn = apiWords('api.signInFirst', {});
        throw new ApiError('UNAUTHENTICATED', signIn.message, undefined, signIn.ref);
      }
      if (!spec.roles.includes(tenant.role)) {
        const refused = apiWords('api.roleCannot', { role: tenant.role });
        throw new ApiError('FORBIDDEN', refused.message, undefined, refused.ref);
      }
    }

    const parsed = spec.input.safeParse(rawInput ?? {}, { error: plainIssueMessage });
    if (!parsed.success) {
      const body = validationError(parsed.error);
      const ref =
        body.messageId === undefined
          ? undefined
          : { id: body.messageId, ...(body.params === undefined ? {} : { params: body.params }) };
      throw new ApiError('VALIDATION', body.message, body.field, ref);
    }

    if (spec.mutates && tenant && spec.roles !== 'public') {
      const reason = await this.deps.writeGuard(tenant, method);
      if (reason) throw new ApiError('FORBIDDEN', reason);
    }

    if (spec.firstRun && !(await (this.deps.firstRunOpen?.() ?? Promise.resolve(false)))) {
      const setUp = apiWords('api.alreadySetUp', {});
      throw new ApiError('CONFLICT', setUp.message, undefined, setUp.ref);
    }

    // A change the person makes counts as using the app (reads, which screens poll, do not).
    if (spec.mutates && session) this.deps.sessions.touch(caller.sessionKey);

    const ctx: PublicContext | AuthedContext =
      spec.roles === 'public'
        ? { caller, session }
        : { caller, session: session as Session, tenant: tenant as TenantContext };
    const result = await handler(parsed.data, ctx);
    if (spec.mutates) this.deps.afterMutation?.(method);
    return result;
  }

  private toErrorBody(method: string, error: unknown): ApiErrorBody {
    if (error instanceof ApiError) return error.toBody();
    if (error instanceof z.ZodError) return validationError(error);
    this.deps.logError(method, error);
    const failed = apiWords('api.internal', {});
    return { code: 'INTERNAL', message: failed.message, messageId: failed.ref.id };
  }
}
