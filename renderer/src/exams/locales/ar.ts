import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  yourAnswer: 'إجابتك',
  numericLabel: 'إجابتك (عدد)',
  numericHint: 'أرقام، مع نقطة للكسور العشرية.',
  numericHintComma: 'أرقام، مع فاصلة أو نقطة للكسور العشرية.',
  notANumber: 'هذا ليس عددًا بعد، لذلك لم يُحفظ.',
  ambiguousNumber:
    'قد يكون {text} عددًا عشريًا أو بفاصل آلاف، لذلك لم يُحفظ. اكتبه دون فاصل، أو مع {decimal} للكسور العشرية.',
  true: 'صح',
  false: 'خطأ',
  words:
    '{count, plural, zero {# كلمة} one {كلمة واحدة} two {كلمتان} few {# كلمات} many {# كلمة} other {# كلمة}}',
  atLeast: ' · على الأقل {count}',
  atMost: ' · على الأكثر {count}',
  overLimit: ' — تجاوز الحد',
  underMinimum: ' — أقل من الحد الأدنى',
  typeSingleChoice: 'اختيار واحد',
  typeMultipleResponse: 'إجابات متعددة',
  typeTrueFalse: 'صح / خطأ',
  typeShortAnswer: 'إجابة قصيرة',
  typeNumeric: 'عددي',
  typeEssay: 'مقال',
  typeMatching: 'مطابقة',
  typeOrdering: 'ترتيب',
  typeCloze: 'ملء الفراغات',
  typeDescription: 'وصف',
  questionNumber: 'السؤال {number} <of>من {total}</of>',
  nothingToAnswer: 'لا شيء للإجابة عنه',
  marks:
    '{count, plural, zero {# درجة} one {درجة واحدة} two {درجتان} few {# درجات} many {# درجة} other {# درجة}}',
};
