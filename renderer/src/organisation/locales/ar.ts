import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  title: 'المؤسسة',
  lede: 'كيف تظهر مؤسستك على شاشات اختبار الطلاب، واشتراكها.',
  loading: 'جارٍ التحميل…',
  details: 'التفاصيل',
  name: 'الاسم',
  address: 'العنوان',
  logo: 'الشعار (PNG أو JPEG أو SVG أو WebP، يظهر على شاشات الاختبار)',
  remoteLogoNote:
    'الشعار المحفوظ عنوان ويب، ولا يحمّل التطبيق الشعارات من الويب. اختر ملف الصورة لعرضه.',
  language: 'لغة شاشات الجميع',
  languageHint: 'يمكن للطالب اختيار لغة أخرى في إعدادات العرض.',
  currentLogo: 'الشعار الحالي',
  removeLogo: 'إزالة الشعار',
  saveDetails: 'حفظ التفاصيل',
  deactivate: 'تعطيل المؤسسة',
  reactivate: 'إعادة تفعيل المؤسسة',
  inactiveHint: 'يمكن للمؤسسة غير النشطة تسجيل الدخول والاطلاع فقط، ولا شيء غير ذلك.',
  confirmTitle: 'تعطيل {name}؟',
  confirmBody:
    'يصبح كل شيء للقراءة فقط لكل من في المؤسسة، على كل حاسوب بمجرد مزامنته: لا يستطيع أحد بدء اختبار أو حفظ إجابات أو تأليف أسئلة أو تعديل الأشخاص. يبقى تسجيل الدخول والاطلاع متاحين. يمكنك إعادة تفعيلها من هنا في أي وقت.',
  deactivated: 'المؤسسة معطَّلة: كل شيء للقراءة فقط.',
  undo: 'تراجع: إعادة التفعيل',
};
