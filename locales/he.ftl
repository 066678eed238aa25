# ממשק מציג הכתבות בעברית. ‎`$document`‎ הוא ‎`edition`‎ (גיליון) או ‎`article`‎ (כתבה).

skip-to-article = דילוג לכתבה
loading-edition = הגיליון נטען…
loading-article = הכתבה נטענת…

headlines-title = בגיליון זה
headlines-label = כותרות
headlines-label-titled = כותרות: { $title }
filter-headlines = סינון כותרות
filter-no-match = אין כותרות שמתאימות ל־“{ $query }”.
filter-count = { $shown } מתוך { $total } כותרות
show-more = { $count ->
    [one] הצגת כותרת נוספת
    [two] הצגת שתי כותרות נוספות
    [many] הצגת { $count } כותרות נוספות
   *[other] הצגת { $count } כותרות נוספות
    }
show-more-of = הצגת { $count } מתוך { $total } הכותרות הנותרות
filter-searching = מתבצע חיפוש…
filter-too-broad = יותר מדי מילים מתחילות ב־“{ $word }”: המשיכו להקליד.
headlines-loading = עוד כותרות נטענות…
headlines-unavailable = לא ניתן היה להוריד עוד כותרות. בדקו את החיבור ונסו שוב.

related-news = כתבות נוספות בנושא
related-news-label = כתבות נוספות בנושא: { $headline }
article-label = כתבה: { $headline }

not-found-title = הכתבה לא נמצאה
not-found-text = אין בגיליון זה כתבה בשם “{ $id }”. ייתכן שהיא הוסרה או שהקישור שגוי. אפשר לבחור במקומה אחת מהכותרות.
empty-title = אין כתבות
empty-text = אין עדיין כתבות בגיליון זה.

reading-time = { $minutes ->
    [one] דקת קריאה אחת
    [two] שתי דקות קריאה
    [many] { $minutes } דקות קריאה
   *[other] { $minutes } דקות קריאה
    }
reading-time-range = { $fastest }–{ $slowest } דקות קריאה
source = מקור:
image-unavailable = התמונה אינה זמינה

reading-settings = הגדרות קריאה
theme = ערכת צבעים
theme-auto = אוטומטי
theme-light = בהיר
theme-sepia = ספיה
theme-dark = כהה
text-size = גודל טקסט
text-smaller = קטן יותר
text-larger = גדול יותר
text-size-percent = { $percent }%

try-again = ניסיון נוסף
failure-unreachable = { $document ->
    [article] לא ניתן היה להוריד את הכתבה. כדאי לבדוק את החיבור ולנסות שוב.
   *[edition] לא ניתן היה להוריד את הגיליון. כדאי לבדוק את החיבור ולנסות שוב.
    }
failure-no-answer = השרת לא ענה. ייתכן שהוא עמוס או מושבת; כדאי לנסות שוב בעוד רגע.
failure-not-found = { $document ->
    [article] הכתבה לא נמצאה בשרת.
   *[edition] הגיליון לא נמצא בשרת.
    }
failure-refused = { $document ->
    [article] השרת סירב לשלוח את הכתבה.
   *[edition] השרת סירב לשלוח את הגיליון.
    }
failure-server-error = { $document ->
    [article] אירעה תקלה בשרת בזמן שליחת הכתבה. כדאי לנסות שוב בעוד רגע.
   *[edition] אירעה תקלה בשרת בזמן שליחת הגיליון. כדאי לנסות שוב בעוד רגע.
    }
failure-status = { $document ->
    [article] השרת לא הצליח לשלוח את הכתבה.
   *[edition] השרת לא הצליח לשלוח את הגיליון.
    }
failure-web-page = { $document ->
    [article] השרת שלח דף אינטרנט במקום הכתבה. ייתכן שכתובת הכתבה שגויה.
   *[edition] השרת שלח דף אינטרנט במקום הגיליון. ייתכן שכתובת הגיליון שגויה.
    }
failure-wrong-type = { $document ->
    [article] השרת שלח קובץ מסוג אחר במקום הכתבה.
   *[edition] השרת שלח קובץ מסוג אחר במקום הגיליון.
    }
failure-too-large = { $document ->
    [article] הכתבה גדולה מכדי להציג אותה: המציג קורא כתבות בגודל של עד { $megabytes } MB.
   *[edition] הגיליון גדול מכדי להציג אותו: המציג קורא גיליונות בגודל של עד { $megabytes } MB.
    }
failure-interrupted = { $document ->
    [article] החיבור נותק בזמן שהכתבה התקבלה. כדאי לנסות שוב.
   *[edition] החיבור נותק בזמן שהגיליון התקבל. כדאי לנסות שוב.
    }
failure-too-slow = { $document ->
    [article] הכתבה התקבלה לאט מדי. כדאי לנסות שוב, אם אפשר בחיבור מהיר יותר.
   *[edition] הגיליון התקבל לאט מדי. כדאי לנסות שוב, אם אפשר בחיבור מהיר יותר.
    }
failure-empty = { $document ->
    [article] הכתבה ריקה.
   *[edition] הגיליון ריק.
    }
failure-not-utf8 = { $document ->
    [article] הכתבה לא נשמרה כטקסט UTF-8, ולכן אי אפשר לקרוא אותה.
   *[edition] הגיליון לא נשמר כטקסט UTF-8, ולכן אי אפשר לקרוא אותו.
    }
failure-invalid = { $document ->
    [article] יש בכתבה שגיאה, ולכן אי אפשר להציג אותה.
   *[edition] יש בגיליון שגיאה, ולכן אי אפשר להציג אותו.
    }

crash-sentence = מציג הכתבות הפסיק לפעול. בדרך כלל טעינה מחדש של הדף פותרת את הבעיה.
crash-reload = טעינת הדף מחדש

# Shown by a page of the built site opened from disk (file://); `$command`
# and `$address` are code, the same in every language.
from-disk-note = בפתיחה מהדיסק כל כתבה טוענת את הדף מחדש, וארכיון גדול אינו יכול להציג כותרות נוספות או לחפש בהן. כשהאתר מוגש משרת, המעבר בין כתבות נעשה בלי טעינה מחדש וההורדה קטנה בחצי: הריצו את { $command } בתיקייה זו ואז פתחו את { $address }.
