import type { Translations } from '../../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  title: 'نظرة عامة',
  lede: '{organisation} في لمحة.',
  tests: 'الاختبارات',
  testCount:
    '{count, plural, zero {لا اختبارات} one {اختبار واحد} two {اختباران} few {# اختبارات} many {# اختبارًا} other {# اختبار}}',
  openTests: 'فتح الاختبارات',
  testsError: 'تعذّر تحميل الاختبارات',
  loadingTests: 'جارٍ تحميل الاختبارات…',
  noTestsYet: 'لا توجد اختبارات بعد',
  noTestsBody: 'تظهر هنا الاختبارات المجمّعة من بنك الأسئلة.',
  questionBank: 'بنك الأسئلة',
  questionsInBank: 'الأسئلة في البنك',
  notCountingDeleted: 'دون احتساب الأسئلة المحذوفة',
  people: 'الأشخاص',
  examsInProgress: 'اختبارات جارية',
  startedNotSubmitted: 'بدأت ولم تُسلَّم بعد',
  noneYet: 'لا شيء بعد',
  statusCount: '{count, number} {status}',
  breakdownSeparator: ' · ',
  noActiveAccounts: 'لا توجد حسابات نشطة',
  admins:
    '{count, plural, zero {لا مسؤولين} one {مسؤول واحد} two {مسؤولان} few {# مسؤولين} many {# مسؤولًا} other {# مسؤول}}',
  authors:
    '{count, plural, zero {لا مؤلفين} one {مؤلف واحد} two {مؤلفان} few {# مؤلفين} many {# مؤلفًا} other {# مؤلف}}',
  proctors:
    '{count, plural, zero {لا مراقبين} one {مراقب واحد} two {مراقبان} few {# مراقبين} many {# مراقبًا} other {# مراقب}}',
  students:
    '{count, plural, zero {لا طلاب} one {طالب واحد} two {طالبان} few {# طلاب} many {# طالبًا} other {# طالب}}',
  couldNotCount: 'تعذّر العدّ',
};
