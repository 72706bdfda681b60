import { migration0001 } from './0001_exam_portal';
import { migration0002 } from './0002_product_core';
import { migration0010 } from './0010_sync';
import { migration0020 } from './0020_attempt_clocks';
import { migration0030 } from './0030_admin_mode';
import { migration0031 } from './0031_report_summaries';
import { migration0040 } from './0040_guess_guards';
import { migration0045 } from './0045_bounded_writes';
import { migration0050 } from './0050_question_content';
import { migration0051 } from './0051_test_review';
import { migration0052 } from './0052_media';
import { migration0053 } from './0053_media_plays';
import { migration0060 } from './0060_save_receipt_hash';
import { migration0070 } from './0070_accommodations';
import { migration0080 } from './0080_proctor_progress';
import { migration0085 } from './0085_signed_audit';
import { migration0090 } from './0090_languages';
import { migration0095 } from './0095_sealed_keys';
import { migration0100 } from './0100_answer_clock';
import { migration0105 } from './0105_sealed_tests';
import { migration0106 } from './0106_sealed_media';
import { migration0110 } from './0110_paper_question_count';
import type { Migration } from './types';

/**
 * Every migration, in the order it is applied. Append only. Versions rise but
 * need not be contiguous: each area of the app has its own range (sync 10-19,
 * exam delivery 20-29, admin mode 30-39, sign-in and guessing limits 40-44, writes bounded for push 45,
 * exam content 50-59, fewer rows per answer save 60-69, accommodations 70-79, sync under a lab's
 * load 80-84, signed audit chains 85-89, interface languages 90-94, secrets sealed at rest 95-99,
 * the clock carried by answer saves 100-104, sealed tests 105-109, the proctor console's paper lengths 110-114).
 */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0010,
  migration0020,
  migration0030,
  migration0031,
  migration0040,
  migration0045,
  migration0050,
  migration0051,
  migration0052,
  migration0053,
  migration0060,
  migration0070,
  migration0080,
  migration0085,
  migration0090,
  migration0095,
  migration0100,
  migration0105,
  migration0106,
  migration0110,
];

export const latestSchemaVersion = migrations[migrations.length - 1]?.version ?? 0;
