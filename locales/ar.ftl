# واجهة عارض المقالات بالعربية. ‎`$document`‎ هو ‎`edition`‎ (العدد) أو ‎`article`‎ (المقال).
# للأعداد ست صيغ: zero ‏(0) وone ‏(1) وtwo ‏(2) وfew ‏(3–10) وmany ‏(11–99) وother ‏(100…).

skip-to-article = انتقل إلى المقال
loading-edition = جارٍ تحميل العدد…
loading-article = جارٍ تحميل المقال…

headlines-title = في هذا العدد
headlines-label = العناوين
headlines-label-titled = العناوين: { $title }
filter-headlines = تصفية العناوين
filter-no-match = لا توجد عناوين تطابق «{ $query }».
filter-count = النتائج: { $shown } من أصل { $total }
show-more = { $count ->
    [zero] لا مزيد من العناوين
    [one] عرض عنوان آخر
    [two] عرض عنوانين آخرين
    [few] عرض { $count } عناوين أخرى
    [many] عرض { $count } عنوانًا آخر
   *[other] عرض { $count } عنوان آخر
    }
show-more-of = عرض { $count } عنوان آخر من أصل { $total }
filter-searching = جارٍ البحث…
filter-too-broad = كلمات كثيرة جدًا تبدأ بـ«{ $word }»: تابع الكتابة.
headlines-loading = جارٍ تحميل مزيد من العناوين…
headlines-unavailable = تعذّر تنزيل مزيد من العناوين. تحقّق من الاتصال وأعد المحاولة.

related-news = أخبار ذات صلة
related-news-label = أخبار ذات صلة: { $headline }
article-label = المقال: { $headline }

not-found-title = المقال غير موجود
not-found-text = لا يضم هذا العدد مقالًا بالمعرّف «{ $id }». ربما حُذف، أو ربما كُتب الرابط خطأً. اختر أحد العناوين بدلًا منه.
empty-title = لا توجد مقالات
empty-text = لا يضم هذا العدد أي مقالات بعد.

reading-time = { $minutes ->
    [zero] قراءة في أقل من دقيقة
    [one] قراءة في دقيقة واحدة
    [two] قراءة في دقيقتين
    [few] قراءة في { $minutes } دقائق
    [many] قراءة في { $minutes } دقيقة
   *[other] قراءة في { $minutes } دقيقة
    }
# يتبع المدى صيغة حدّه الأعلى: «٢–٣ دقائق»، «١٠–١٢ دقيقة».
reading-time-range = { $slowest ->
    [zero] قراءة في { $fastest }–{ $slowest } دقيقة
    [one] قراءة في { $fastest }–{ $slowest } دقيقة
    [two] قراءة في { $fastest }–{ $slowest } دقيقة
    [few] قراءة في { $fastest }–{ $slowest } دقائق
    [many] قراءة في { $fastest }–{ $slowest } دقيقة
   *[other] قراءة في { $fastest }–{ $slowest } دقيقة
    }
source = المصدر:
image-unavailable = الصورة غير متاحة

reading-settings = إعدادات القراءة
theme = المظهر
theme-auto = تلقائي
theme-light = فاتح
theme-sepia = بنّي
theme-dark = داكن
text-size = حجم النص
text-smaller = أصغر
text-larger = أكبر
text-size-percent = { $percent }٪

try-again = أعد المحاولة
failure-unreachable = { $document ->
    [article] تعذّر تنزيل المقال. تحقّق من الاتصال ثم أعد المحاولة.
   *[edition] تعذّر تنزيل العدد. تحقّق من الاتصال ثم أعد المحاولة.
    }
failure-no-answer = لم يستجب الخادم. ربما يكون مشغولًا أو متوقفًا؛ أعد المحاولة بعد قليل.
failure-not-found = { $document ->
    [article] لم يُعثر على المقال على الخادم.
   *[edition] لم يُعثر على العدد على الخادم.
    }
failure-refused = { $document ->
    [article] رفض الخادم إرسال المقال.
   *[edition] رفض الخادم إرسال العدد.
    }
failure-server-error = { $document ->
    [article] حدث خطأ في الخادم أثناء إرسال المقال. أعد المحاولة بعد قليل.
   *[edition] حدث خطأ في الخادم أثناء إرسال العدد. أعد المحاولة بعد قليل.
    }
failure-status = { $document ->
    [article] تعذّر على الخادم إرسال المقال.
   *[edition] تعذّر على الخادم إرسال العدد.
    }
failure-web-page = { $document ->
    [article] أرسل الخادم صفحة ويب بدلًا من المقال. ربما يكون عنوان المقال خاطئًا.
   *[edition] أرسل الخادم صفحة ويب بدلًا من العدد. ربما يكون عنوان العدد خاطئًا.
    }
failure-wrong-type = { $document ->
    [article] أرسل الخادم ملفًا من نوع آخر بدلًا من المقال.
   *[edition] أرسل الخادم ملفًا من نوع آخر بدلًا من العدد.
    }
failure-too-large = { $document ->
    [article] المقال أكبر من أن يُعرض: يقرأ العارض مقالات يصل حجمها إلى { $megabytes } ميغابايت.
   *[edition] العدد أكبر من أن يُعرض: يقرأ العارض أعدادًا يصل حجمها إلى { $megabytes } ميغابايت.
    }
failure-interrupted = { $document ->
    [article] انقطع الاتصال أثناء وصول المقال. أعد المحاولة.
   *[edition] انقطع الاتصال أثناء وصول العدد. أعد المحاولة.
    }
failure-too-slow = { $document ->
    [article] كان المقال يصل ببطء شديد. أعد المحاولة، ويُفضّل عبر اتصال أسرع.
   *[edition] كان العدد يصل ببطء شديد. أعد المحاولة، ويُفضّل عبر اتصال أسرع.
    }
failure-empty = { $document ->
    [article] المقال فارغ.
   *[edition] العدد فارغ.
    }
failure-not-utf8 = { $document ->
    [article] المقال غير محفوظ بترميز UTF-8، لذا تتعذّر قراءته.
   *[edition] العدد غير محفوظ بترميز UTF-8، لذا تتعذّر قراءته.
    }
failure-invalid = { $document ->
    [article] في المقال خطأ، لذا يتعذّر عرضه.
   *[edition] في العدد خطأ، لذا يتعذّر عرضه.
    }

crash-sentence = توقّف عارض المقالات عن العمل. عادةً ما تحلّ إعادة تحميل الصفحة المشكلة.
crash-reload = أعد تحميل الصفحة

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = عند فتح الموقع من القرص يُعاد تحميل الصفحة مع كل مقال، ولا يستطيع الأرشيف الكبير عرض مزيد من العناوين أو البحث فيها. أما عند تقديمه عبر خادم فينتقل الموقع بين المقالات دون إعادة تحميل ويُنزّل نصف الحجم: شغّل { $command } في هذا المجلد، ثم افتح { $address }.
