import type { Translations } from '../../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  gap: 'الفراغ {position}',
  missingGap: '[الفراغ {position}]',
  choose: 'اختر…',
  notNumbers: '{gaps}: ليس عددًا بعد، لذلك لم يُحفظ كعدد.',
  responses: 'الإجابات',
  matchingHint: 'اختر الإجابة المطابقة لكل عنصر.',
  chooseResponse: 'اختر إجابة',
  lettered: '{letter}. {text}',
  orderingHint:
    'رتّب العناصر. استخدم زرّي تحريك لأعلى وتحريك لأسفل لكل عنصر، أو مفاتيح الأسهم على مقبضه، أو اسحب المقبض.',
  movedTo: 'نُقل {item} إلى الموضع {position} من {count}.',
  position: '(الموضع {position} من {count})',
  moveUp: 'تحريك لأعلى',
  moveDown: 'تحريك لأسفل',
};
