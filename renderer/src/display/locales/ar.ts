import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  open: 'إعدادات العرض',
  title: 'إعدادات العرض',
  lede: 'تتبعك هذه الإعدادات إلى كل حاسوب وإلى اختباراتك.',
  saved: 'تم الحفظ. ستبدو اختباراتك هكذا.',
  saving: 'جارٍ الحفظ…',
  done: 'تم',
  textSize: 'حجم النص',
  lineSpacing: 'تباعد الأسطر',
  contrast: 'التباين',
  theme: 'المظهر',
  language: 'اللغة',
  organisationLanguage: 'لغة مؤسستك ({language})',
  standard: 'عادي',
  large: 'كبير (125 %)',
  larger: 'أكبر (150 %)',
  largest: 'الأكبر (200 %)',
  wide: 'واسع',
  wider: 'أوسع',
  highContrast: 'تباين عالٍ',
  light: 'فاتح',
  dark: 'داكن',
};
