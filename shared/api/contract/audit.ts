import { z } from 'zod';
import type { AuditEntry } from '../../domain/audit';
import type { AuditVerification } from '../../domain/audit-verify';
import { idSchema } from '../../ids';
import { defineMethod } from '../define';

const ADMIN = ['admin'] as const;

export const auditFilterSchema = z
  .object({
    userId: idSchema.optional(),
    action: z.string().max(100).optional(),
    resourceType: z.string().max(100).optional(),
    resourceId: z.string().max(100).optional(),
    from: z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date and time' }).optional(),
    to: z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date and time' }).optional(),
  })
  .strict();

export const auditMethods = {
  'audit.verify': defineMethod<AuditVerification>()({
    input: z.object({}).strict(),
    roles: ADMIN,
    mutates: false,
  }),

  'audit.exportCsv': defineMethod<{ fileName: string; csv: string; rows: number }>()({
    input: auditFilterSchema,
    roles: ADMIN,
    mutates: false,
  }),

  'audit.facets': defineMethod<{ actions: string[]; resourceTypes: string[] }>()({
    input: z.object({}).strict(),
    roles: ADMIN,
    mutates: false,
  }),

  'audit.list': defineMethod<AuditEntry[]>()({
    input: z
      .object({
        userId: idSchema.optional(),
        action: z.string().max(100).optional(),
        resourceType: z.string().max(100).optional(),
        resourceId: z.string().max(100).optional(),
        from: z.iso.datetime({ offset: true }).optional(),
        to: z.iso.datetime({ offset: true }).optional(),
        limit: z.number().int().min(1).max(5_000).optional(),
      })
      .strict(),
    roles: ADMIN,
    mutates: false,
  }),
} as const;
