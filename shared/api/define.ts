import type { z } from 'zod';
import type { Role } from '../domain/roles';

/**
 * One API method: its input schema, who may call it, and whether it changes data
 * (a mutating call writes exactly one audit row). The output is a type only.
 */
export type Access = readonly Role[] | 'public';

export interface MethodSpec<
  TInput extends z.ZodType = z.ZodType,
  TOutput = unknown,
  TAccess extends Access = Access,
> {
  readonly input: TInput;
  readonly roles: TAccess;
  readonly mutates: boolean;
  /** Type-level only: what the method answers. Never set at run time. */
  readonly output?: TOutput;
}

/**
 * `defineMethod<Output>()({ input, roles, mutates })`. Curried so the output type
 * is written out while the input type is inferred from the schema.
 */
export function defineMethod<TOutput>() {
  return <TInput extends z.ZodType, const TAccess extends Access>(spec: {
    input: TInput;
    roles: TAccess;
    mutates: boolean;
  }): MethodSpec<TInput, TOutput, TAccess> => spec;
}

/** An event main sends to the renderer. The payload is a type only. */
export interface EventSpec<TPayload = unknown> {
  readonly description: string;
  readonly payload?: TPayload;
}

export function defineEvent<TPayload>(description: string): EventSpec<TPayload> {
  return { description };
}
