import { describe, expect, it } from 'vitest';
import { machineConfigDir } from '@main/app/machine-config';

describe('the machine-wide configuration folder', () => {
  it('is the documented folder on each OS', () => {
    expect(machineConfigDir('linux', {})).toBe('/etc/exam-desk');
    expect(machineConfigDir('darwin', {})).toBe('/Library/Application Support/Exam Desk');
    expect(machineConfigDir('win32', { ProgramData: 'D:\\ProgramData' })).toMatch(
      /^D:\\ProgramData[\\/]Exam Desk$/,
    );
    expect(machineConfigDir('win32', {})).toMatch(/^C:\\ProgramData[\\/]Exam Desk$/);
  });
});
