import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  loadFailed: 'تعذّر التحميل',
  tryAgain: 'أعد المحاولة',
  cancel: 'إلغاء',
  previousPage: 'الصفحة السابقة',
  nextPage: 'الصفحة التالية',
};
