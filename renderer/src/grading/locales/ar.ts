import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  loading: 'جارٍ تحميل الإجابات المطلوب تصحيحها…',
  essayAnswers: 'الإجابات المقالية',
  waiting: 'بانتظار مصحِّح',
  answerCount:
    '{count, plural, zero {لا إجابات} one {إجابة واحدة} two {إجابتان} few {# إجابات} many {# إجابة} other {# إجابة}}',
  hideNames: 'إخفاء أسماء الطلاب',
  includeGraded: 'تضمين الإجابات المصحَّحة',
  nothingToGrade: 'لا شيء للتصحيح',
  allGraded: 'حصلت كل إجابات المقال في هذا الاختبار على درجاتها.',
  answerBy: 'إجابة {student}',
  aStudent: 'طالب',
  anonymous: 'مجهول',
  studentAndQuestion: '{student} · {question}',
  noAnswer: '(لا إجابة)',
  wordCount:
    '{count, plural, zero {لا كلمات} one {كلمة واحدة} two {كلمتان} few {# كلمات} many {# كلمة} other {# كلمة}}',
  atLeast: ' · {count, number} على الأقل',
  atMost: ' · {count, number} على الأكثر',
  marksOutOf: 'الدرجات (من {max, number})',
  comment: 'تعليق للطالب',
  updateGrade: 'تحديث الدرجة',
  saveGrade: 'حفظ الدرجة',
};
