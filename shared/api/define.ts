import type { z } from 'zod';
import type { Role } from '../domain/roles';
import type { ReadOnlyState } from '../domain/write-access';
import type { PushUrgency } from '../sync/policy';

/**
 * One API method: its input schema, who may call it, and its policy. The
 * output is a type only. Everything the router, the write guards and the sync
 * runner decide about a method is read from here, never from lists elsewhere.
 */
export type Access = readonly Role[] | 'public';

export interface MethodPolicy<TAccess extends Access = Access> {
  readonly roles: TAccess;
  /** Changes data; a mutating call writes exactly one audit row and wakes the sync runner. */
  readonly mutates: boolean;
  /**
   * The read-only states a mutating method stays open in (see
   * `shared/domain/write-access.ts`). Omitted: refused in every one of them.
   */
  readonly openWhen?: readonly ReadOnlyState[];
  /** How soon a push follows a successful call; `soon` (after a short quiet spell) when omitted. */
  readonly push?: PushUrgency;
  /**
   * First-run setup: open only while this computer holds no organisation, and
   * refused (CONFLICT) once it holds one. Such methods are public, since nobody
   * can have signed in yet.
   */
  readonly firstRun?: true;
}

export interface MethodSpec<
  TInput extends z.ZodType = z.ZodType,
  TOutput = unknown,
  TAccess extends Access = Access,
> extends MethodPolicy<TAccess> {
  readonly input: TInput;
  /** Type-level only: what the method answers. Never set at run time. */
  readonly output?: TOutput;
}

/**
 * `defineMethod<Output>()({ input, roles, mutates, ... })`. Curried so the
 * output type is written out while the input type is inferred from the schema.
 */
export function defineMethod<TOutput>() {
  return <TInput extends z.ZodType, const TAccess extends Access>(
    spec: MethodPolicy<TAccess> & { input: TInput },
  ): MethodSpec<TInput, TOutput, TAccess> => spec;
}

/** Whether a mutating method stays open while the organisation is read-only in `state`. */
export function isOpenWhen(spec: MethodPolicy, state: ReadOnlyState): boolean {
  return spec.openWhen?.includes(state) ?? false;
}

/** An event main sends to the renderer. The payload is a type only. */
export interface EventSpec<TPayload = unknown> {
  readonly description: string;
  readonly payload?: TPayload;
}

export function defineEvent<TPayload>(description: string): EventSpec<TPayload> {
  return { description };
}
