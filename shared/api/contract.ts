import type { z } from 'zod';
import { appMethods } from './contract/app';
import { auditMethods } from './contract/audit';
import { authMethods } from './contract/auth';
import { backupMethods } from './contract/backup';
import { billingMethods } from './contract/billing';
import { examsMethods } from './contract/exams';
import { gradingMethods } from './contract/grading';
import { organisationMethods } from './contract/organisation';
import { peopleMethods } from './contract/people';
import { proctorMethods } from './contract/proctor';
import { questionsMethods } from './contract/questions';
import { resultsMethods } from './contract/results';
import { setupMethods } from './contract/setup';
import { syncMethods } from './contract/sync';
import { testsMethods } from './contract/tests';
import type { MethodSpec } from './define';

/**
 * The one API contract: method name -> input schema, output type, roles allowed.
 * Main binds handlers to it, the preload builds one function per entry, and the
 * preview host serves the same map over HTTP. Each namespace (the part of a method's name
 * before the dot) has its file in ./contract, named after it.
 */
export const apiContract = {
  ...appMethods,
  ...authMethods,
  ...organisationMethods,
  ...peopleMethods,
  ...auditMethods,
  ...billingMethods,
  ...questionsMethods,
  ...testsMethods,
  ...resultsMethods,
  ...gradingMethods,
  ...examsMethods,
  ...proctorMethods,
  ...syncMethods,
  ...backupMethods,
  ...setupMethods,
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
