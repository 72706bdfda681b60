import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  admin: 'الإدارة',
  overview: 'نظرة عامة',
  questions: 'بنك الأسئلة',
  tests: 'الاختبارات',
  results: 'النتائج',
  proctor: 'لوحة المراقبة',
  people: 'الأشخاص',
  audit: 'سجل التدقيق',
  settings: 'المؤسسة',
  sync: 'المزامنة',
  backup: 'النسخ الاحتياطي',
};
