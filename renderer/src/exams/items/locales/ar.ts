import type { Translations } from '../../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  gap: 'الفراغ {position}',
  missingGap: '[الفراغ {position}]',
  choose: 'اختر…',
  notNumbers: '{gaps}: ليس عددًا بعد، لذلك لم يُحفظ كعدد.',
};
