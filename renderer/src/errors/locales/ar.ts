import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  'validation.required': '{field}: هذا الحقل مطلوب',
  'validation.mustBeType':
    '{field}: يجب أن يكون {type, select, string {نصًا} number {رقمًا} int {عددًا صحيحًا} boolean {نعم أو لا} array {قائمة} object {مجموعة من الحقول} date {تاريخًا} bigint {عددًا صحيحًا} other {{type}}}',
  'validation.moreThan': '{field}: يجب أن يكون أكبر من {limit}',
  'validation.lessThan': '{field}: يجب أن يكون أصغر من {limit}',
  'validation.atLeast': '{field}: يجب ألا يقل عن {limit}',
  'validation.atMost': '{field}: يجب ألا يزيد على {limit}',
  'validation.notEmpty': '{field}: لا يمكن أن يكون فارغًا',
  'validation.minCharacters':
    '{field}: {count, plural, zero {# حرف على الأقل} one {حرف واحد على الأقل} two {حرفان على الأقل} few {# أحرف على الأقل} many {# حرفًا على الأقل} other {# حرف على الأقل}}',
  'validation.maxCharacters':
    '{field}: {count, plural, zero {# حرف على الأكثر} one {حرف واحد على الأكثر} two {حرفان على الأكثر} few {# أحرف على الأكثر} many {# حرفًا على الأكثر} other {# حرف على الأكثر}}',
  'validation.minItems':
    '{field}: {count, plural, zero {# عنصر على الأقل} one {عنصر واحد على الأقل} two {عنصران على الأقل} few {# عناصر على الأقل} many {# عنصرًا على الأقل} other {# عنصر على الأقل}}',
  'validation.maxItems':
    '{field}: {count, plural, zero {# عنصر على الأكثر} one {عنصر واحد على الأكثر} two {عنصران على الأكثر} few {# عناصر على الأكثر} many {# عنصرًا على الأكثر} other {# عنصر على الأكثر}}',
  'validation.mustBeFormat':
    '{field}: يجب أن يكون {format, select, email {عنوان بريد إلكتروني} url {عنوانًا على الويب} uuid {معرّفًا} datetime {تاريخًا ووقتًا} date {تاريخًا} time {وقتًا} other {{format}}}',
  'validation.notExpectedForm': '{field}: ليس بالصيغة المتوقعة',
  'validation.wholeNumber': '{field}: يجب أن يكون عددًا صحيحًا',
  'validation.multipleOf': '{field}: يجب أن يكون من مضاعفات {divisor}',
  'validation.mustBeValue': '{field}: يجب أن يكون {value}',
  'validation.oneOf': '{field}: يجب أن يكون إحدى القيم {values}',
  'validation.unknownField': '{field}: هذا الحقل غير مقبول هنا',
  'validation.notValid': '{field}: القيمة غير صالحة',
  'sentence.enterYourEmail': 'أدخل بريدك الإلكتروني',
  'sentence.enterValidEmail': 'أدخل عنوان بريد إلكتروني صالحًا',
  'sentence.enterYourPassword': 'أدخل كلمة المرور',
  'sentence.enterAccountPassword': 'أدخل كلمة مرور حسابك',
  'sentence.notYourPassword': 'هذه ليست كلمة مرورك',
  'sentence.pinNotRight': 'رمز PIN هذا غير صحيح',
  'sentence.useAtLeast8': 'استخدم 8 أحرف على الأقل',
  'sentence.useAtMost200': 'استخدم 200 حرف على الأكثر',
  'sentence.useAtMost100': 'استخدم 100 حرف على الأكثر',
  'sentence.nameRequired': 'الاسم مطلوب',
  'sentence.emailTaken': 'هذا البريد الإلكتروني مستخدم بالفعل',
  'sentence.enterOrganisationName': 'أدخل اسم المؤسسة',
  'sentence.enterAdminName': 'أدخل اسم المسؤول',
  'sentence.enterAdminEmail': 'أدخل البريد الإلكتروني للمسؤول',
  'sentence.organisationNeedsName': 'يجب أن يكون للمؤسسة اسم',
  'sentence.fileEmpty': 'الملف فارغ',
  'sentence.enterStartCode': 'أدخل رمز البدء الذي أعطاك إياه المراقب',
  'sentence.enterProctorDigits': 'أدخل الأرقام التي أعطاك إياها المراقب',
  'sentence.codeNotRight': 'هذا الرمز غير صحيح؛ تحقّق منه مع المراقب',
  'sentence.sayWhy': 'اذكر السبب، لسجل التدقيق',
  'sentence.reasonTooLong': 'يجب أن يكون السبب أقل من 500 حرف',
  'sentence.enterMinutes': 'أدخل عدد الدقائق',
  'sentence.wholeMinutesOnly': 'دقائق كاملة فقط',
  'sentence.atLeastOneMinute': 'دقيقة واحدة على الأقل',
  'sentence.atMost600Minutes': '600 دقيقة على الأكثر',
  'sentence.mustBeNumber': '{field}: يجب أن يكون رقمًا',
  'sentence.mustBeMinutes': '{field}: يجب أن يكون عددًا من الدقائق',
  'sentence.mustBeDateTime': '{field}: يجب أن يكون تاريخًا ووقتًا بصيغة ISO 8601',
  'sentence.mustBeLocale': '{field}: يجب أن يكون en أو fr أو ar',
  'sentence.questionTextRequired': 'نص السؤال مطلوب',
  'sentence.optionTextRequired': 'نص الخيار مطلوب',
  'sentence.optionIdRequired': 'معرّف الخيار مطلوب',
  'sentence.marksNotNegative': 'لا يمكن أن تكون الدرجات سالبة',
  'sentence.pickCorrectOption': 'اختر خيارًا صحيحًا واحدًا على الأقل',
  'sentence.pairEachPremise': 'اربط كل مقدّمة بإجابة',
  'sentence.twoItemsInOrder': 'رتّب عنصرين على الأقل',
  'sentence.giveAcceptedAnswer': 'أعطِ إجابة مقبولة واحدة على الأقل',
  'sentence.acceptedAnswerBlank': 'لا يمكن أن تكون الإجابة المقبولة فارغة',
  'sentence.addQuestion': 'أضف سؤالًا واحدًا على الأقل',
  'sentence.choiceTwoOptions': 'يحتاج سؤال الاختيار إلى خيارين على الأقل',
  'sentence.enterSyncUrl': 'أدخل عنوان URL للمزامنة',
  'sentence.enterAuthToken': 'أدخل رمز المصادقة',
  'sentence.nameThisComputer': 'أعطِ هذا الحاسوب اسمًا يعرفه الموظفون',
  'sentence.dataFolderEmpty': 'حدّد مجلد البيانات',
  'sentence.noSuchStudent': 'لا يوجد هذا الطالب في مؤسستك',
  'sentence.sealedNeedsRelease':
    'يحتاج الاختبار المختوم إلى وقت بدء (متاح من) أو رمز بدء، لأن أحدهما هو ما يُفرج عن أسئلته',
  'api.wrongCredentials': 'البريد الإلكتروني أو كلمة المرور غير صحيحة',
  'api.signInFirst': 'يرجى تسجيل الدخول أولًا',
  'api.roleCannot':
    'دورك ({role, select, admin {مسؤول} proctor {مراقب} student {طالب} other {{role}}}) لا يسمح بذلك',
  'api.idleSignOut':
    'تم تسجيل خروجك بعد {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} دون نشاط. سجّل الدخول مجددًا للمتابعة.',
  'api.internal': 'حدث خطأ على هذا الحاسوب. عملك حتى الآن محفوظ؛ يرجى المحاولة مرة أخرى.',
  'api.alreadySetUp': 'هذا الحاسوب مُعدّ بالفعل لمؤسسة. سجّل الدخول بدلًا من ذلك.',
  'api.notAnswering':
    'خدمة الامتحان على هذا الحاسوب لا تستجيب. إجاباتك المحفوظة آمنة؛ تجري إعادة المحاولة.',
  'found.thing':
    '{thing, select, person {الشخص} test {الاختبار} media {الملف الوسائطي} accommodation {الترتيب الخاص} answer {الإجابة} attemptInProgress {المحاولة الجارية} attempt {المحاولة} break {الاستراحة} competingVersion {النسخة المنافسة} import {الاستيراد} organisation {المؤسسة} question {السؤال} questionVersion {نسخة السؤال} setAside {التغيير المؤجل} subscription {الاشتراك} upload {الملف المرفوع} other {{thing}}} غير موجود',
  'found.snapshot': 'اللقطة {name} غير موجودة',
  'found.rescueRow': 'الصف {row} من الجدول {table} لهذه المؤسسة غير موجود',
  'api.unknownMethod': 'طريقة واجهة برمجية غير معروفة «{method}»',
  'api.notAvailable': '«{method}» غير متاحة',
  'guess.tooManyPasswords':
    'كلمات مرور خاطئة كثيرة جدًا. حاول مجددًا بعد {unit, select, second {{amount, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}} minute {{amount, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}} other {{amount, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}}}.',
  'guess.passwordLocked':
    'هذه ليست كلمة مرورك، وقد أخطأت مرات كثيرة: حاول مجددًا بعد {unit, select, second {{amount, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}} minute {{amount, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}} other {{amount, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}}}.',
  'guess.tooManyCodes':
    'رموز خاطئة كثيرة جدًا. حاول مجددًا بعد {unit, select, second {{amount, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}} minute {{amount, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}} other {{amount, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}}}.',
  'guess.codeLocked':
    'هذا الرمز غير صحيح، وقد أخطأت مرات كثيرة: حاول مجددًا بعد {unit, select, second {{amount, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}} minute {{amount, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}} other {{amount, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}}}.',
  'guess.tooManyPins':
    'رموز PIN خاطئة كثيرة جدًا. حاول مجددًا بعد {unit, select, second {{amount, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}} minute {{amount, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}} other {{amount, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}}}.',
  'guess.pinLocked':
    'رمز PIN هذا غير صحيح، وقد أخطأت مرات كثيرة: حاول مجددًا بعد {unit, select, second {{amount, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}} minute {{amount, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}} other {{amount, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}}}.',
  'exam.notOpen': 'هذا الاختبار غير متاح الآن',
  'exam.attemptsUsed':
    'لقد استنفدت {count, plural, zero {# محاولة} one {محاولتك الوحيدة} two {محاولتيك} few {محاولاتك الـ#} many {محاولاتك الـ#} other {محاولاتك الـ#}} في هذا الاختبار',
  'exam.noStartCode': 'لم يصدر المراقب رمز بدء لهذا الاختبار بعد',
  'exam.noQuestions': 'لا يحتوي هذا الاختبار على أسئلة بعد',
  'exam.attemptEnded': 'انتهت هذه المحاولة',
  'exam.alreadyEnded': 'انتهت هذه المحاولة بالفعل',
  'exam.startedElsewhere': 'بدأت هذه المحاولة على حاسوب آخر؛ اطلب رمز استئناف من المراقب',
  'exam.interrupted': 'انقطع الاختبار؛ اطلب رمز استئناف من المراقب',
  'exam.clockNotStarted': 'تعذّر تشغيل مؤقت الاختبار',
  'exam.timeUp': 'انتهى الوقت: سُلّمت إجاباتك المحفوظة',
  'exam.resumeCodeFirst': 'أدخل أولًا رمز الاستئناف الذي أعطاك إياه المراقب',
  'exam.onBreak': 'أنت في استراحة: عد إلى اختبارك لتجيب أو تسلّم',
  'exam.endedNothingSaved': 'انتهت هذه المحاولة؛ لا يمكن حفظ شيء آخر',
  'exam.endedNothingPlayed': 'انتهت هذه المحاولة؛ لا يمكن تشغيل شيء آخر',
  'exam.runningElsewhere': 'هذه المحاولة جارية على حاسوب آخر',
  'exam.notRunningHere': 'هذه المحاولة ليست جارية هنا',
  'exam.notOnPaper': 'هذا السؤال ليس ضمن ورقتك',
  'exam.passageNoAnswer': 'هذا نص للقراءة؛ لا يحتاج إلى إجابة',
  'exam.noSuchRecording': 'هذا السؤال لا يشغّل هذا التسجيل',
  'exam.playLimit':
    'يمكن تشغيل هذا التسجيل {limit, plural, zero {# مرة} one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}}، وقد شُغّل بالفعل',
  'exam.noPaper': 'لا توجد ورقة مسجلة لهذه المحاولة',
  'exam.questionsMissing':
    'بعض أسئلة هذا الاختبار ليست على هذا الحاسوب بعد. اطلب من المراقب مزامنته.',
  'breaks.untimed': 'هذا الاختبار غير موقّت: لا يوجد مؤقت لإيقافه',
  'breaks.noneArranged': 'لم تُرتّب لك استراحات في هذا الاختبار؛ اسأل المراقب',
  'breaks.allUsed': 'لقد استنفدت كل وقت استراحتك',
  'breaks.onBreak': 'أنت في استراحة الآن',
  'breaks.asked': 'لقد طلبت استراحة بالفعل',
  'breaks.notOnBreak': 'لست في استراحة ولم تطلب واحدة',
  'proctor.untimedExtend': 'هذا الاختبار غير موقّت؛ لا يوجد وقت لتمديده',
  'proctor.untimedPause': 'هذا الاختبار غير موقّت؛ لا يوجد مؤقت لإيقافه',
  'proctor.noBreakArranged': 'لم يُرتّب وقت استراحة لهذا الطالب في هذا الاختبار',
  'proctor.breakUsed': 'استنفد هذا الطالب كل وقت استراحته',
  'proctor.onBreak': 'هذا الطالب في استراحة الآن',
  'proctor.breakApproved': 'هذه الاستراحة معتمدة بالفعل؛ تبدأ عندما يستلمها حاسوب الطالب',
  'proctor.startCodePublished': 'لا يمكن أن يكون رمز بدء إلا لاختبار منشور',
  'accommodations.notStudent': '{name} ليس طالبًا؛ الترتيبات الخاصة للطلاب فقط',
  'accommodations.noSuchTest': 'لا يوجد هذا الاختبار في مؤسستك',
  'sealed.alsoIn':
    'بعض هذه الأسئلة موجودة أيضًا في {tests}؛ أسئلة الاختبار المختوم خاصة به حتى يُفرج عنه. انسخ الأسئلة للاختبار الآخر، أو أزلها منه أولًا.',
  'sealed.elsewhere':
    '{count, plural, zero {# سؤال مختوم} one {سؤال واحد مختوم} two {سؤالان مختومان} few {# أسئلة مختومة} many {# سؤالًا مختومًا} other {# سؤال مختوم}} لاختبار آخر حتى يُفرج عنه؛ انسخ السؤال لاستخدامه هنا',
  'sealed.wrongOrganisationKey':
    '{field}: ليس مفتاح هذه المؤسسة (لا تُفتح به مفاتيح إجاباتها). استخدم ملف التسجيل الذي أعدّه مسؤول هذه المؤسسة.',
  'sealed.noOrganisationKey':
    'لا يحمل هذا الحاسوب مفتاح المؤسسة، لذا لا يمكن قراءة مفاتيح الإجابات وأسرار تسجيل الدخول أو كتابتها هنا. سجّله مجددًا بملف تسجيل من مسؤول المؤسسة.',
  'sealed.copy':
    'لا يمكن نسخ اختبار مختوم: أسئلته خاصة به حتى يُفرج عنه. فكّ ختمه أولًا، أو ابنِ النسخة من أسئلة منسوخة.',
  'media.notAccepted':
    '«{name}» ليس ملفًا يمكن أن تحمله أسئلة الاختبار: استخدم صور PNG أو JPEG أو GIF أو WebP أو SVG، أو صوت MP3 أو Ogg أو WAV أو M4A',
  'media.svgEmpty': 'لا يبقى في «{name}» أي رسم بعد إزالة نصوصه البرمجية وروابطه',
  'media.empty': '«{name}»: الملف فارغ',
  'media.tooBig':
    '«{name}»: {kind, select, image {الصورة} audio {الصوت} other {الملف}} بصيغة {format} حجمه {size, number} ميغابايت؛ {kind, select, image {الحد الأقصى للصورة} audio {الحد الأقصى للمقطع الصوتي} other {الحد الأقصى للملف}} {limit, number} ميغابايت',
  'media.notWhole': 'تعذّر حفظ الملف كاملًا؛ حاول مجددًا',
  'media.notHereYet':
    'هذه الصورة أو المقطع ليس كاملًا على هذا الحاسوب بعد؛ سيصل مع المزامنة التالية',
  'media.damaged': 'هذه الصورة أو المقطع تالف على هذا الحاسوب؛ سيُجلب مجددًا مع المزامنة التالية',
  'media.sealedCopyChanged':
    'النسخة المختومة من الصورة أو المقطع {hash} لا تُفتح بمفتاح هذا الاختبار: لقد عُدّلت على هذا الحاسوب. يبقى الاختبار مختومًا؛ استعد الملف من نسخة احتياطية، أو أزله من أسئلة الاختبار.',
  'media.sealedCopyNotHere':
    'النسخة المختومة من الصورة أو المقطع {hash} ليست كاملة على هذا الحاسوب، لذا يبقى الاختبار مختومًا؛ زامن هذا الحاسوب، ثم أزل ختم الاختبار مرة أخرى.',
  'plan.mediaQuota':
    'تم بلوغ max_media_mb ({limit, number}): تسمح خطة {plan} بـ{limit, number} ميغابايت من الصور والأصوات، والمخزَّن {used, number} ميغابايت وهذا الملف {adding, number} ميغابايت.',
  'plan.importMediaQuota':
    'تم بلوغ max_media_mb ({limit, number}): تسمح خطة {plan} بـ{limit, number} ميغابايت من الصور والأصوات، والمخزَّن {used, number} ميغابايت وصور الملف وأصواته تضيف {adding, number} ميغابايت.',
  'plan.limitReached':
    'تم بلوغ {key} ({limit}): تسمح خطة {plan} بـ{limit} {key, select, max_students {طلاب} max_published_tests {اختبارات منشورة} max_devices {أجهزة} max_questions {أسئلة في البنك} other {{key}}} ولديك {current}.',
  'plan.limitReachedAdding':
    'تم بلوغ {key} ({limit}): تسمح خطة {plan} بـ{limit} {key, select, max_students {طلاب} max_published_tests {اختبارات منشورة} max_devices {أجهزة} max_questions {أسئلة في البنك} other {{key}}} ولديك {current}؛ إضافة {adding} تجعلها {total}.',
  'plan.featureMissing': '{key} غير مشمول في خطة {plan}.',
  'plan.featureMissingNoPlan': '{key} غير مشمول في خطتك.',
  'setup.enrolling': 'يجري تسجيل هذا الحاسوب بملف التسجيل المعدّ مسبقًا. انتظر حتى ينتهي.',
  'setup.weakPassword': '{field}: سهلة التخمين جدًا.',
  'setup.weakPasswordHint': '{field}: سهلة التخمين جدًا. {hint}',
  'setup.emailUsedHere': '{field}: مستخدم بالفعل على هذا الحاسوب؛ اختر غيره',
  'backup.examRunning': 'يجري اختبار على هذا الحاسوب. استعد النسخة بعد انتهاء الاختبار.',
  'backup.failedCheck':
    'فشلت اللقطة في فحصها بعد الاستعادة ({detail})؛ أُعيدت قاعدة البيانات كما كانت.',
  'backup.damagedWhenTaken': 'كانت اللقطة {name} تالفة بالفعل عند أخذها: {problems}',
  'backup.cannotRestore': 'لا يمكن استعادة اللقطة {name}: {problems}',
  'backup.engineCheck': 'تفشل اللقطة {name} في فحص المحرك: {problems}',
  'rescue.notJson': 'هذا الملف ليس ملف إنقاذ (ليس بصيغة JSON)',
  'rescue.notRescueFile': 'هذا الملف ليس ملف إنقاذ من Exam Desk',
  'rescue.changed': 'عُدّل ملف الإنقاذ بعد كتابته (توقيعه غير مطابق)',
  'rescue.damaged': 'يحتوي ملف الإنقاذ على بيانات تالفة',
  'rescue.newerPayload': 'يحتوي ملف الإنقاذ على بيانات لا يستطيع هذا الإصدار من التطبيق قراءتها',
  'rescue.otherOrganisation': 'كُتب ملف الإنقاذ على حاسوب تابع لمؤسسة أخرى',
  'rescue.otherOrganisationRow': 'يحتوي ملف الإنقاذ على صف {table} لمؤسسة أخرى',
  'rescue.unknownKey':
    'ملف الإنقاذ موقّع بمفتاح لم يسجّله الحاسوب «{device}» لدى هذه المؤسسة قط (يصل مفتاحه إلى المؤسسة عند تسجيل الحاسوب ومزامنته)',
  'rescue.notImported':
    'تعذّر استيراد ملف الإنقاذ: {detail} (يجب أن تكون الاختبارات والأشخاص الذين يشير إليهم على هذا الحاسوب: زامن أولًا)',
  'rescue.fullPath': '{field}: يجب أن يكون مسارًا كاملًا (يبدأ بـ / أو بحرف محرك أقراص)',
  'rescue.ownFolder': '{field}: هو مجلد بيانات هذا الحاسوب نفسه: اختر «هذا الحاسوب» بدلًا منه',
  'rescue.notAFolder': '{field}: غير موجود على هذا الحاسوب، أو ليس مجلدًا',
  'rescue.notDataFolder': '{field}: ليس مجلد بيانات Exam Desk (لا يحتوي على device.json)',
  'rescue.pickInDialog': '{field}: يُختار من نافذة المجلدات في تطبيق سطح المكتب، ولا يُكتب',
  'rescue.folderMissing': '{field}: مفقود: اكتب المسار الكامل لمجلد البيانات',
  'rescue.otherOrganisationFolder': '{field}: تابع لمؤسسة أخرى: لا يمكن إنقاذه هنا',
  'rescue.unreadable': '{field}: تتعذّر قراءته ({detail})',
  'people.takenDuringImport': 'أُخذ {email} أثناء الاستيراد؛ حاول مجددًا',
  'people.onlyAdmins': 'المسؤولون وحدهم يديرون الموظفين',
  'people.notYourself': 'لا يمكنك تعطيل نفسك أو إزالة دور المسؤول الخاص بك',
  'people.noPinRole': '{name} ليس مراقبًا ولا مسؤولًا، لذا ليس لديه رمز PIN',
  'people.noPin': 'ليس لدى {name} رمز PIN لإعادة تعيينه',
  'tests.archived': 'هذا الاختبار مؤرشف؛ ألغِ أرشفته قبل تغييره',
  'tests.closed': 'هذا الاختبار مغلق؛ أعد فتحه لتغيير {fields}',
  'tests.beingSat':
    '{count, plural, zero {# طالب يؤدون} one {طالب واحد يؤدي} two {طالبان يؤديان} few {# طلاب يؤدون} many {# طالبًا يؤدون} other {# طالب يؤدون}} هذا الاختبار الآن، لذا لا يمكن تغيير {fields} أثناء ذلك. انتظر حتى يسلّموا، أو انسخ الاختبار.',
  'tests.noSuchQuestion': 'لا يوجد هذا السؤال في البنك',
  'tests.cannotMove':
    'لا يمكن جعل اختبار {status, select, draft {مسودة} published {منشور} closed {مغلق} archived {مؤرشف} other {{status}}} {to, select, draft {مسودة} published {منشور} closed {مغلق} archived {مؤرشف} other {{to}}}',
  'tests.cannotDelete':
    'لا يمكن حذف اختبار {status, select, draft {مسودة} published {منشور} closed {مغلق} archived {مؤرشف} other {{status}}}؛ أرشفه بدلًا من ذلك',
  'tests.satCannotDelete': 'أدّى طلاب هذا الاختبار؛ أرشفه بدلًا من ذلك',
  'tests.drawTooFew':
    '{count, plural, zero {# سؤال} one {سؤال واحد فقط} two {سؤالان فقط} few {# أسئلة فقط} many {# سؤالًا فقط} other {# سؤال فقط}} غير موجود في الاختبار يطابق{filter, select, none {} other { ({filter})}}',
  'import.dialogDesktopOnly': 'نافذة الفتح خاصة بتطبيق سطح المكتب؛ هنا، اختر الملف من الصفحة',
  'import.fileEmpty': '{name} فارغ',
  'import.fileTooLarge': '{name} كبير جدًا (256 ميغابايت على الأكثر)',
  'import.tooManyUploads':
    '{count} عمليات رفع مفتوحة بالفعل في هذه النافذة؛ استورد إحداها أو أغلقها أولًا',
  'import.othersInFlight': 'تشغل عمليات رفع أخرى على هذا الحاسوب {size}؛ حاول مجددًا بعد استيرادها',
  'import.offset': '{field}: يجب أن يكون {received}، وهو عدد البايتات المستلمة حتى الآن',
  'import.pastDeclared': 'يتجاوز {size} بايت المعلنة عند بدء الرفع',
  'import.notFullyUploaded': 'يشير إلى ملف لم يُرفع كاملًا بعد: وصل {received} من {size} بايت',
  'sync.notSyncServer': 'لم يستجب الخادم على {url} كخادم مزامنة Turso',
  'sync.enrolledElsewhere':
    'هذا الحاسوب مسجّل في {url}. ألغِ تسجيله أولًا لنقله إلى قاعدة بيانات أخرى.',
  'sync.examRunning': 'يجري اختبار على هذا الحاسوب. سجّله بعد انتهاء الاختبار.',
  'sync.emptyNoOrganisation':
    'قاعدة بيانات المؤسسة على {url} فارغة، وليس على هذا الحاسوب مؤسسة لوضعها فيها. سجّل في قاعدة بيانات تحتوي مؤسستك بالفعل، أو أنشئ المؤسسة على هذا الحاسوب أولًا ثم انشرها من الإدارة ← المزامنة.',
  'sync.emptyDemo':
    'قاعدة بيانات المؤسسة على {url} فارغة، وهذا الحاسوب يحمل المؤسسة التجريبية. لا يمكن نشر مؤسسة تجريبية كمؤسسة حقيقية: كلمات مرورها ورموز PIN فيها علنية. سجّل في قاعدة بيانات تحتوي مؤسستك بالفعل، أو أعد إعداد هذا الحاسوب بمؤسسة جديدة.',
  'sync.downloadFailed': 'تعذّر تنزيل قاعدة بيانات المؤسسة ({detail})',
  'sync.notEnrolled': 'هذا الحاسوب غير مسجّل.',
  'sync.unsent':
    '{count, plural, zero {# تغيير لم تصل} one {تغيير واحد لم يصل} two {تغييران لم يصلا} few {# تغييرات لم تصل} many {# تغييرًا لم تصل} other {# تغيير لم تصل}} إلى الخادم بعد. زامن الآن، أو صدّرها أولًا، ثم ألغِ التسجيل.',
  'server.tokenRefused':
    'رفض الخادم هذا الرمز (قد يكون خاطئًا أو منتهي الصلاحية أو لقاعدة بيانات أخرى)',
  'server.noDatabase': 'لا توجد قاعدة بيانات على {address}',
  'server.answered': 'أجاب الخادم على {address} بـ{status}؛ هل هذا عنوان مزامنة Turso؟',
  'server.noAnswerInTime': 'لم يُجب الخادم على {address} في الوقت المحدد',
  'server.unreachable': 'تعذّر الوصول إلى خادم مزامنة على {address} ({detail})',
  'server.notSyncUrl':
    '{address} ليس عنوان مزامنة ({detail})؛ المتوقع libsql://your-db.turso.io أو https://...',
  'grading.stillSat': 'هذه المحاولة ما زالت جارية؛ قيّمها بعد تسليمها',
  'grading.marksAtMost': '{field}: {max} على الأكثر لهذا السؤال',
  'grading.readBack': 'تعذّرت قراءة الإجابة مجددًا',
  'questions.noSuchTest': 'لا يوجد هذا الاختبار',
  'questions.notSealed': 'هذا الاختبار غير مختوم',
  'questions.versionMoved':
    'حُفظ هذا السؤال بالنسخة {current} بعد أن فتحت النسخة {base}. أعد تحميله لترى التغييرات.',
  'questions.deletedEdit': 'هذا السؤال محذوف. استعده قبل تعديله.',
  'questions.deletedCopy': 'هذا السؤال محذوف. استعده قبل نسخه.',
  'questions.alreadyDeleted': 'هذا السؤال محذوف بالفعل',
  'questions.notDeleted': 'هذا السؤال غير محذوف',
  'questions.noMatch': 'لا توجد أسئلة مطابقة',
  'questions.notInConflict': 'لم يعد هذا السؤال في تعارض.',
  thisValue: 'هذه القيمة',
};
