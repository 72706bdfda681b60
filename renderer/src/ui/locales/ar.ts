import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  loadFailed: 'تعذّر التحميل',
  tryAgain: 'أعد المحاولة',
  cancel: 'إلغاء',
  showing: 'عرض {first}–{last} من {total} {noun}',
  previousPage: 'الصفحة السابقة',
  nextPage: 'الصفحة التالية',
};
