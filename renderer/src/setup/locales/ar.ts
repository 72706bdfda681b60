import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  enrolTitle: 'تسجيل هذا الحاسوب',
  enrolText:
    'مؤسستك تستخدم Exam Desk بالفعل: انضم إلى قاعدة بياناتها بعنوان المزامنة والرمز، أو بملف تسجيل، من المسؤول لديك.',
  createTitle: 'إنشاء مؤسسة',
  createText: 'أول حاسوب لمؤسسة جديدة: سمِّها وأنشئ أول مسؤول لها.',
  demoTitle: 'فتح النسخة التجريبية',
  demoText:
    'بيانات نموذجية للاستكشاف. كلمات مرورها علنية، لذلك لا تُستخدم أبدًا لامتحانات حقيقية ولا يمكن نشرها كمؤسسة.',
  title: 'إعداد هذا الحاسوب',
  lede: 'لا يحمل هذا الحاسوب أي مؤسسة بعد. اختر طريقة البدء؛ لا يُعدّ شيء حتى تُنهي أحد هذه الخيارات.',
  provisionEnrolling: 'جارٍ التسجيل من الملف المُعدّ مسبقًا…',
  provisionFailed: 'لم ينجح التسجيل المُعدّ مسبقًا.',
  provisionUsing: 'يُستخدم {path}، الذي وضعه فريق تقنية المعلومات على هذا الحاسوب.',
  provisionRetry: ' تُعاد المحاولة في كل مرة يبدأ فيها التطبيق؛ ويمكنك أيضًا التسجيل يدويًا أدناه.',
  pathsLabel: 'طريقة إعداد هذا الحاسوب',
  demoWarningTitle: 'نسخة تجريبية، وليست مؤسسة.',
  demoWarning:
    'كلمات مرور المؤسسة التجريبية ورموز PIN مطبوعة في ملف README. استخدمها للاستكشاف؛ ولإجراء امتحانات حقيقية، أعد إعداد هذا الحاسوب بمجلد بيانات جديد.',
  opening: 'جارٍ الفتح…',
  organisationName: 'اسم المؤسسة',
  yourName: 'اسمك',
  yourEmail: 'بريدك الإلكتروني',
  password: 'كلمة المرور',
  proctorPin: 'رمز PIN للمراقب',
  pinHint: 'يُكتب على حاسوب الطالب لإغلاق امتحان مقفل. {rule}',
  creating: 'جارٍ الإنشاء…',
  create: 'إنشاء المؤسسة',
  enrolled: 'يحمل هذا الحاسوب الآن بيانات {organisation}. سجّل الدخول بحساب مؤسستك.',
  yourOrganisation: 'مؤسستك',
  syncUrl: 'عنوان المزامنة',
  authToken: 'رمز المصادقة',
  computerName: 'اسم الحاسوب',
  computerNameHint: 'اسم يعرفه الموظفون، مثل مختبر 2 حاسوب 14.',
  enrolling: 'جارٍ التسجيل…',
  enrol: 'تسجيل',
  useFile: 'استخدام ملف تسجيل…',
  enrolmentFile: 'ملف التسجيل',
};
