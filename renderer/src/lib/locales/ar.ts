import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  justNow: 'الآن',
  minutesAgo:
    'منذ {count, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}',
  hoursAgo:
    'منذ {count, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}',
  noTimeLimit: 'بلا حد زمني',
  minutes:
    '{count, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتان} few {# دقائق} many {# دقيقة} other {# دقيقة}}',
  hours:
    '{count, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتان} few {# ساعات} many {# ساعة} other {# ساعة}}',
  hoursAndMinutes:
    '{hours, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتان} few {# ساعات} many {# ساعة} other {# ساعة}} و{minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتان} few {# دقائق} many {# دقيقة} other {# دقيقة}}',
  untimed: 'بلا توقيت',
  minutesShort: '{minutes} د',
  hoursShort: '{hours} س',
  hoursMinutesShort: '{hours} س {minutes} د',
  openNow: 'متاح الآن، بلا وقت إغلاق',
  openUntil: 'متاح حتى {until}',
  openFrom: 'من {from}، بلا وقت إغلاق',
  openBetween: '{from} – {until}',
  anyTime: 'في أي وقت',
  until: 'حتى {until}',
  from: 'من {from}',
  roleAdmin: 'مسؤول',
  roleAuthor: 'مؤلف',
  roleProctor: 'مراقب',
  roleStudent: 'طالب',
  attemptInProgress: 'قيد التقدم',
  attemptSubmitted: 'مُسلَّم',
  attemptNeedsGrading: 'بانتظار التصحيح',
  attemptGraded: 'مُصحَّح',
  documentTitle: '{screen} — Exam Desk',
  productName: 'Exam Desk',
  difficultyEasy: 'سهل',
  difficultyMedium: 'متوسط',
  difficultyHard: 'صعب',
  testDraft: 'مسودة',
  testPublished: 'منشور',
  testClosed: 'مغلق',
  testArchived: 'مؤرشف',
};
