import { addColumn, type Migration } from './types';

/**
 * Rich question content: how the rich fields are held (`body_format`, plain
 * unless said otherwise, so every question written before reads as it always
 * did), the feedback a released review shows, and the parts only the newer
 * types have (matching premises and responses, ordering items, cloze gaps)
 * as one JSON object. On the head row and on every version alike.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'question_content',
  steps: [
    addColumn('questions', 'body_format', "TEXT NOT NULL DEFAULT 'plain'"),
    addColumn('questions', 'feedback', 'TEXT'),
    addColumn('questions', 'type_parts', 'TEXT'),
    addColumn('question_versions', 'body_format', "TEXT NOT NULL DEFAULT 'plain'"),
    addColumn('question_versions', 'feedback', 'TEXT'),
    addColumn('question_versions', 'type_parts', 'TEXT'),
  ],
};
