/** Byte counts for transfer progress and sizes: `12.4 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit] ?? 'GB'}`;
}

export const deviceRoleLabels: Record<string, string> = {
  exam: 'Exam computer',
  proctor: 'Proctor station',
  authoring: 'Authoring',
  admin: 'Administration',
};
