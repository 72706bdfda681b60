import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  playsLeft:
    '{count, plural, zero {لا مرات تشغيل متبقية} one {مرة تشغيل واحدة متبقية} two {مرتا تشغيل متبقيتان} few {# مرات تشغيل متبقية} many {# مرة تشغيل متبقية} other {# مرة تشغيل متبقية}}',
  lastPlay: 'هذه آخر مرة تشغيل',
  noPlaysLeft: 'لم تبقَ مرات تشغيل',
  cannotPlay: 'تعذّر تشغيل المقطع على هذا الحاسوب.',
  notCounted: 'تعذّر احتساب مرة التشغيل، فلم يبدأ المقطع. حاول مرة أخرى.',
  cannotLoad: 'تعذّر تحميل المقطع.',
  pause: 'إيقاف مؤقت',
  resume: 'متابعة',
  play: 'تشغيل',
  position: 'الموضع',
  positionOf: '{position} من {duration}',
  loadingClip: 'جارٍ تحميل المقطع…',
  clipMissing: 'المقطع غير متاح.',
  loadingImage: 'جارٍ تحميل الصورة…',
  imageMissing: 'الصورة غير متاحة: {alt}',
  enlargeImage: 'تكبير الصورة: {alt}',
  image: 'صورة',
  close: 'إغلاق',
  audioClip: 'مقطع صوتي',
  audioClipNumbered: 'مقطع صوتي {n}',
};
