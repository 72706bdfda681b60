/** A GIFT bank of `n` questions of every type, with tags and difficulties, as an exam board might export. */
export function giftBank(n: number): string {
  const subjects = [
    'algebra',
    'geometry',
    'biology',
    'chemistry',
    'history',
    'geography',
    'literature',
    'physics',
  ];
  const levels = ['easy', 'medium', 'hard'];
  const parts: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const tag = subjects[i % subjects.length] ?? 'general';
    const level = levels[i % 3] ?? 'medium';
    const meta = `// [tag:${tag}] [tag:unit-${(i % 40) + 1}]\n// exam-desk: {"marks":${(i % 4) + 1},"difficulty":"${level}"}`;
    const stem = `Question ${i + 1} on ${tag}, which statement about topic ${(i * 7919) % 1000} is correct?`;
    switch (i % 6) {
      case 0:
        parts.push(
          `${meta}\n::Q${i + 1}:: ${stem} {\n=Answer ${i}\n~Distractor ${i}a\n~Distractor ${i}b\n~Distractor ${i}c\n}`,
        );
        break;
      case 1:
        parts.push(
          `${meta}\n${stem} {\n~%50%Right ${i}a\n~%50%Right ${i}b\n~%-100%Wrong ${i}c\n~%-100%Wrong ${i}d\n}`,
        );
        break;
      case 2:
        parts.push(`${meta}\n${stem} {${i % 2 === 0 ? 'T' : 'F'}}`);
        break;
      case 3:
        parts.push(`${meta}\n${stem} {=answer${i} =alternative${i}}`);
        break;
      case 4:
        parts.push(`${meta}\n${stem} {#${i}:${(i % 5) / 10}}`);
        break;
      default:
        parts.push(`${meta}\n${stem} {}`);
    }
  }
  return `${parts.join('\n\n')}\n`;
}
