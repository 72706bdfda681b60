import { describe, expect, it } from 'vitest';
import { answerKey, checkLab, type LabTruth } from '../../bench/lab/lab-check';
import type { DeviceRows } from '../../bench/lab/lab-protocol';

/** Two attempts of two questions, both submitted, as every place should hold them. */
const truth: LabTruth = {
  answers: new Map([
    [answerKey('a1', 'q1'), 'b'],
    [answerKey('a1', 'q2'), 'c'],
    [answerKey('a2', 'q1'), 'a'],
    [answerKey('a2', 'q2'), 'd'],
  ]),
  statuses: new Map([
    ['a1', 'graded'],
    ['a2', 'graded'],
  ]),
  questionCount: 2,
};

function agreeing(): DeviceRows {
  return {
    answers: [
      { id: 'n1', attemptId: 'a1', questionId: 'q1', optionId: 'b' },
      { id: 'n2', attemptId: 'a1', questionId: 'q2', optionId: 'c' },
      { id: 'n3', attemptId: 'a2', questionId: 'q1', optionId: 'a' },
      { id: 'n4', attemptId: 'a2', questionId: 'q2', optionId: 'd' },
    ],
    attempts: [
      { id: 'a1', status: 'graded' },
      { id: 'a2', status: 'graded' },
    ],
    proctor: [
      { attemptId: 'a1', answeredCount: 2, questionCount: 2, status: 'graded' },
      { attemptId: 'a2', answeredCount: 2, questionCount: 2, status: 'graded' },
    ],
  };
}

describe('the lab check', () => {
  it('finds nothing when the server and every computer hold the truth', () => {
    const findings = checkLab(truth, agreeing(), [
      { name: 'A', rows: agreeing() },
      { name: 'B', rows: agreeing() },
    ]);
    expect(findings).toEqual({
      lost: 0,
      duplicates: 0,
      mismatched: 0,
      proctorMismatched: 0,
      notes: [],
    });
  });

  it('counts an older value on a computer as lost and as a row that differs from the server', () => {
    const stale = agreeing();
    stale.answers[1] = { ...stale.answers[1]!, optionId: 'a' };
    const findings = checkLab(truth, agreeing(), [{ name: 'B', rows: stale }]);
    expect(findings).toMatchObject({ lost: 1, duplicates: 0, mismatched: 2, proctorMismatched: 0 });
    expect(findings.notes).toEqual(['B: lost 1, mismatched 2']);
  });

  it('counts an answer missing on the server, and a second row for one question', () => {
    const server = agreeing();
    server.answers.pop();
    const doubled = agreeing();
    doubled.answers.push({ id: 'n5', attemptId: 'a1', questionId: 'q1', optionId: 'b' });
    const findings = checkLab(truth, server, [{ name: 'A', rows: doubled }]);
    expect(findings).toMatchObject({ lost: 1, duplicates: 1, mismatched: 2 });
    expect(findings.notes).toEqual([
      'server: 1 acknowledged answers or endings missing',
      'A: duplicates 1, mismatched 2',
    ]);
  });

  it('counts an attempt that did not end, and a console that shows wrong counts or misses an attempt', () => {
    const open = agreeing();
    open.attempts[0] = { id: 'a1', status: 'in_progress' };
    const wrongConsole = agreeing();
    wrongConsole.proctor = [
      { attemptId: 'a1', answeredCount: 1, questionCount: 2, status: 'graded' },
    ];
    const findings = checkLab(truth, agreeing(), [
      { name: 'A', rows: open },
      { name: 'B', rows: wrongConsole },
    ]);
    expect(findings).toMatchObject({ lost: 1, mismatched: 2, proctorMismatched: 2 });
  });
});
