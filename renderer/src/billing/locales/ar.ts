import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  statusActive: 'نشط',
  statusTrial: 'تجريبي',
  statusPastDue: 'الدفع متأخر',
  statusCancelled: 'ملغى',
  statusExpired: 'منتهي',
  planAndUsage: 'الخطة والاستخدام',
  loading: 'جارٍ التحميل…',
  plan: 'الخطة',
  none: 'لا شيء',
  status: 'الحالة',
  renews: 'التجديد',
  gracePeriod: 'فترة السماح',
  graceDays:
    '{days, plural, zero {لا أيام} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}} بعد تاريخ الانتهاء، ثم للقراءة فقط',
  itemAnalysis: 'تحليل الأسئلة',
  included: 'مشمول',
  notIncluded: 'غير مشمول',
  usageCaption: 'الاستخدام مقارنةً بحدود الخطة',
  limit: 'الحد',
  used: 'المستخدَم',
  allowed: 'المسموح',
  shareUsed: 'النسبة المستخدَمة',
  unlimited: 'غير محدود',
  noPayments:
    'لا توجد معالجة للمدفوعات في Exam Desk: تُرتَّب تغييرات الخطة والتجديدات معنا وتصل مع المزامنة التالية.',
  limitStudents: 'الطلاب',
  limitPublishedTests: 'الاختبارات المنشورة',
  limitDevices: 'الأجهزة',
  limitQuestions: 'الأسئلة في البنك',
};
