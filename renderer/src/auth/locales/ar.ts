import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  signInTitle: 'تسجيل الدخول',
  lede: 'استخدم البريد الإلكتروني وكلمة المرور اللذين أعطتك إياهما مؤسستك.',
  updateNeededTitle: 'يلزم التحديث.',
  updateNeeded: 'البيانات على هذا الحاسوب أحدث من هذا التطبيق. اطلب من المسؤول تحديث Exam Desk.',
  email: 'البريد الإلكتروني',
  password: 'كلمة المرور',
  capsLock: 'مفتاح الأحرف الكبيرة مفعّل.',
  signingIn: 'جارٍ تسجيل الدخول…',
  signIn: 'تسجيل الدخول',
  footnote: 'يعمل Exam Desk دون شبكة. يُحفظ عملك على هذا الحاسوب أولًا.',
  demoTitle: 'حسابات تجريبية',
  demoLede:
    '{organisation} مؤسسة تجريبية. تستخدم كل الحسابات أدناه كلمة المرور <code>{password}</code>؛ اختر واحدًا لملء النموذج.',
};
