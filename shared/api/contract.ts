import type { z } from 'zod';
import { auditMethods } from './contract/audit';
import { authMethods } from './contract/auth';
import { bankMethods } from './contract/bank';
import { billingMethods } from './contract/billing';
import { deliveryMethods } from './contract/delivery';
import { importMethods } from './contract/imports';
import { organisationMethods } from './contract/organisation';
import { proctorMethods } from './contract/proctor';
import { resultsMethods } from './contract/results';
import { syncMethods } from './contract/sync';
import type { MethodSpec } from './define';

/**
 * The one API contract: method name -> input schema, output type, roles allowed.
 * Main binds handlers to it, the preload builds one function per entry, and the
 * preview host serves the same map over HTTP. Each area keeps its part in ./contract.
 */
export const apiContract = {
  ...authMethods,
  ...organisationMethods,
  ...auditMethods,
  ...billingMethods,
  ...bankMethods,
  ...importMethods,
  ...resultsMethods,
  ...deliveryMethods,
  ...syncMethods,
  ...proctorMethods,
} as const satisfies Record<string, MethodSpec>;

export type ApiContract = typeof apiContract;
export type MethodName = keyof ApiContract;
export type MethodInput<K extends MethodName> = z.input<ApiContract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<ApiContract[K]['input']>;
/** What a method answers (`output` is optional only because it is a type-level marker). */
export type MethodOutput<K extends MethodName> = Exclude<ApiContract[K]['output'], undefined>;

export const methodNames = Object.keys(apiContract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}
