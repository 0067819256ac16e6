/**
 * Curated Persian vocabulary for demo data, where faker's fa locale is weak (its job
 * titles and company names are machine-translated, its cities do not match provinces).
 * Names carry a Latin spelling so e-mail addresses look like the ones people really use.
 */
import type { Industry } from '../../shared/entities';

export interface Named {
  fa: string;
  latin: string;
}

const pairs = (text: string): Named[] =>
  text
    .trim()
    .split('\n')
    .map((row) => {
      const [fa = '', latin = ''] = row.split('|').map((s) => s.trim());
      return { fa, latin };
    });

export const MALE_FIRST_NAMES = pairs(`
محمد|mohammad
علی|ali
حسین|hossein
رضا|reza
مهدی|mehdi
امیر|amir
حمید|hamid
سعید|saeed
مجید|majid
مصطفی|mostafa
جواد|javad
احمد|ahmad
محسن|mohsen
مرتضی|morteza
حسن|hasan
کامران|kamran
بهروز|behrouz
فرهاد|farhad
پیمان|peyman
بابک|babak
آرش|arash
کیوان|keyvan
سیاوش|siavash
داریوش|dariush
بهزاد|behzad
شهرام|shahram
فرشید|farshid
نیما|nima
پویا|pouya
سینا|sina
امید|omid
وحید|vahid
مسعود|masoud
منصور|mansour
ابراهیم|ebrahim
اسماعیل|esmaeil
یوسف|yousef
هادی|hadi
مهران|mehran
کاوه|kaveh
رامین|ramin
فرزاد|farzad
میلاد|milad
عرفان|erfan
محمدرضا|mohammadreza
علیرضا|alireza
امیرحسین|amirhossein
محمدعلی|mohammadali
غلامرضا|gholamreza
عباس|abbas
یاسر|yaser
بهنام|behnam
کوروش|kourosh
شاهین|shahin
پرویز|parviz
ناصر|naser
جمشید|jamshid
اکبر|akbar
خسرو|khosrow
سهراب|sohrab
`);

export const FEMALE_FIRST_NAMES = pairs(`
فاطمه|fatemeh
زهرا|zahra
مریم|maryam
سارا|sara
نرگس|narges
لیلا|leila
الهام|elham
مهسا|mahsa
نازنین|nazanin
سمیرا|samira
شیما|shima
نسرین|nasrin
پریسا|parisa
مینا|mina
نگار|negar
آزاده|azadeh
هانیه|haniyeh
کیانا|kiana
یاسمن|yasaman
الناز|elnaz
سپیده|sepideh
مهناز|mahnaz
فرشته|fereshteh
شیرین|shirin
ژاله|zhaleh
طاهره|tahereh
معصومه|masoumeh
سمانه|samaneh
ساناز|sanaz
بهاره|bahareh
ستاره|setareh
رویا|roya
نیلوفر|niloufar
هستی|hasti
آیدا|aida
ترانه|taraneh
گلاره|gelareh
مهتاب|mahtab
پروانه|parvaneh
فریبا|fariba
زینب|zeinab
عاطفه|atefeh
محبوبه|mahboubeh
اعظم|azam
راحله|raheleh
شقایق|shaghayegh
مژگان|mozhgan
فرناز|farnaz
پگاه|pegah
آتنا|atena
`);

export const LAST_NAMES = pairs(`
احمدی|ahmadi
محمدی|mohammadi
حسینی|hosseini
رضایی|rezaei
کریمی|karimi
موسوی|mousavi
جعفری|jafari
قاسمی|ghasemi
رحیمی|rahimi
صادقی|sadeghi
نوری|nouri
اکبری|akbari
حیدری|heydari
کاظمی|kazemi
مرادی|moradi
عباسی|abbasi
سلیمانی|soleimani
زارعی|zarei
یوسفی|yousefi
شریفی|sharifi
طاهری|taheri
باقری|bagheri
ابراهیمی|ebrahimi
اسدی|asadi
عزیزی|azizi
نجفی|najafi
امینی|amini
کرمانی|kermani
تهرانی|tehrani
شیرازی|shirazi
اصفهانی|esfahani
تبریزی|tabrizi
رستمی|rostami
فرهادی|farhadi
خسروی|khosravi
بهرامی|bahrami
سعیدی|saeedi
میرزایی|mirzaei
هاشمی|hashemi
جلالی|jalali
کامرانی|kamrani
نیک‌نام|niknam
پاک‌نژاد|paknejad
نیک‌بخت|nikbakht
خوش‌نویس|khoshnevis
سپهری|sepehri
فتحی|fathi
ملکی|maleki
شجاعی|shojaei
یزدانی|yazdani
آقایی|aghaei
بابایی|babaei
دهقان|dehghan
کشاورز|keshavarz
صالحی|salehi
فاضلی|fazeli
توکلی|tavakoli
مختاری|mokhtari
نادری|naderi
افشار|afshar
افشاری|afshari
قربانی|ghorbani
حسن‌زاده|hassanzadeh
علی‌زاده|alizadeh
رضازاده|rezazadeh
تقی‌زاده|taghizadeh
قلی‌پور|gholipour
حسین‌پور|hosseinpour
اسماعیلی|esmaeili
زمانی|zamani
وکیلی|vakili
فرجی|faraji
منصوری|mansouri
رحمانی|rahmani
امیری|amiri
کاویانی|kaviani
بیگی|beigi
شکوهی|shokouhi
پارسا|parsa
مقدم|moghaddam
نوروزی|nowruzi
آزادی|azadi
مهدوی|mahdavi
طباطبایی|tabatabaei
میرحسینی|mirhosseini
سلطانی|soltani
خلیلی|khalili
جمشیدی|jamshidi
کیانی|kiani
اکبرزاده|akbarzadeh
`);

/** Province, its capital or a large city, and the landline area code (without the trunk 0). */
export interface City {
  city: string;
  province: string;
  areaCode: string;
  /** Relative population weight: most customers are in Tehran. */
  weight: number;
  /** Main streets of the city, used in street addresses. */
  streets: string[];
}

const COMMON_STREETS = ['امام خمینی', 'آزادی', 'طالقانی', 'شهید بهشتی', 'فردوسی', 'حافظ', 'سعدی', 'مطهری', 'جمهوری', 'انقلاب', 'ولیعصر', 'شریعتی', 'کشاورز', 'باهنر'];

export const CITIES: City[] = [
  { city: 'تهران', province: 'تهران', areaCode: '21', weight: 40, streets: ['ولیعصر', 'انقلاب', 'آزادی', 'شریعتی', 'مطهری', 'بهشتی', 'میرداماد', 'ظفر', 'پاسداران', 'فاطمی', 'کریمخان زند', 'طالقانی', 'ستارخان', 'جمهوری', 'دماوند', 'پیروزی', 'جردن', 'سهروردی', 'مفتح', 'گاندی'] },
  { city: 'اسلامشهر', province: 'تهران', areaCode: '21', weight: 2, streets: COMMON_STREETS },
  { city: 'کرج', province: 'البرز', areaCode: '26', weight: 6, streets: ['طالقانی', 'بهشت', 'مطهری', 'جهانشهر', 'گوهردشت', 'عظیمیه', 'آزادگان'] },
  { city: 'مشهد', province: 'خراسان رضوی', areaCode: '51', weight: 7, streets: ['احمدآباد', 'سجاد', 'وکیل‌آباد', 'کوهسنگی', 'امام رضا', 'فلسطین', 'هاشمیه'] },
  { city: 'اصفهان', province: 'اصفهان', areaCode: '31', weight: 6, streets: ['چهارباغ', 'نظر', 'هزارجریب', 'شیخ صدوق', 'آمادگاه', 'مشتاق', 'کاوه'] },
  { city: 'کاشان', province: 'اصفهان', areaCode: '31', weight: 1, streets: COMMON_STREETS },
  { city: 'تبریز', province: 'آذربایجان شرقی', areaCode: '41', weight: 5, streets: ['امام', 'ولیعصر', 'آزادی', 'ارتش', 'شریعتی', 'منصور', 'عباسی'] },
  { city: 'شیراز', province: 'فارس', areaCode: '71', weight: 5, streets: ['زند', 'ملاصدرا', 'عفیف‌آباد', 'قصردشت', 'معالی‌آباد', 'چمران', 'ستارخان'] },
  { city: 'اهواز', province: 'خوزستان', areaCode: '61', weight: 3, streets: ['نادری', 'کیانپارس', 'زیتون', 'امانیه', 'سلمان فارسی'] },
  { city: 'قم', province: 'قم', areaCode: '25', weight: 2, streets: ['صفاییه', 'عمار یاسر', 'بلوار امین', 'معلم', 'انقلاب'] },
  { city: 'کرمانشاه', province: 'کرمانشاه', areaCode: '83', weight: 2, streets: COMMON_STREETS },
  { city: 'ارومیه', province: 'آذربایجان غربی', areaCode: '44', weight: 2, streets: COMMON_STREETS },
  { city: 'رشت', province: 'گیلان', areaCode: '13', weight: 2, streets: ['گلسار', 'معلم', 'سعدی', 'مطهری', 'لاکانی'] },
  { city: 'زاهدان', province: 'سیستان و بلوچستان', areaCode: '54', weight: 1, streets: COMMON_STREETS },
  { city: 'کرمان', province: 'کرمان', areaCode: '34', weight: 2, streets: COMMON_STREETS },
  { city: 'همدان', province: 'همدان', areaCode: '81', weight: 1, streets: ['بوعلی', 'اکباتان', 'شریعتی', 'تختی'] },
  { city: 'یزد', province: 'یزد', areaCode: '35', weight: 2, streets: ['کاشانی', 'امام', 'صفاییه', 'مطهری', 'آزادگان'] },
  { city: 'اردبیل', province: 'اردبیل', areaCode: '45', weight: 1, streets: COMMON_STREETS },
  { city: 'بندرعباس', province: 'هرمزگان', areaCode: '76', weight: 2, streets: ['امام خمینی', 'پاسداران', 'نخل ناخدا', 'گلشهر'] },
  { city: 'اراک', province: 'مرکزی', areaCode: '86', weight: 1, streets: COMMON_STREETS },
  { city: 'زنجان', province: 'زنجان', areaCode: '24', weight: 1, streets: COMMON_STREETS },
  { city: 'سنندج', province: 'کردستان', areaCode: '87', weight: 1, streets: COMMON_STREETS },
  { city: 'قزوین', province: 'قزوین', areaCode: '28', weight: 1, streets: COMMON_STREETS },
  { city: 'خرم‌آباد', province: 'لرستان', areaCode: '66', weight: 1, streets: COMMON_STREETS },
  { city: 'گرگان', province: 'گلستان', areaCode: '17', weight: 1, streets: COMMON_STREETS },
  { city: 'ساری', province: 'مازندران', areaCode: '11', weight: 2, streets: ['فرهنگ', 'قارن', 'امیرمازندرانی', 'طالقانی'] },
  { city: 'بوشهر', province: 'بوشهر', areaCode: '77', weight: 1, streets: COMMON_STREETS },
  { city: 'بیرجند', province: 'خراسان جنوبی', areaCode: '56', weight: 1, streets: COMMON_STREETS },
  { city: 'ایلام', province: 'ایلام', areaCode: '84', weight: 1, streets: COMMON_STREETS },
  { city: 'شهرکرد', province: 'چهارمحال و بختیاری', areaCode: '38', weight: 1, streets: COMMON_STREETS },
  { city: 'یاسوج', province: 'کهگیلویه و بویراحمد', areaCode: '74', weight: 1, streets: COMMON_STREETS },
  { city: 'سمنان', province: 'سمنان', areaCode: '23', weight: 1, streets: COMMON_STREETS },
  { city: 'بجنورد', province: 'خراسان شمالی', areaCode: '58', weight: 1, streets: COMMON_STREETS },
];

/** Iranian mobile operator prefixes (after +98): MCI 91x/990–994, Irancell 93x/90x, Rightel 92x. */
export const MOBILE_PREFIXES = ['910', '911', '912', '912', '912', '913', '914', '915', '916', '917', '918', '919', '990', '991', '901', '902', '903', '930', '933', '935', '936', '937', '938', '939', '920', '921'];

/** Kinds of business: a Persian prefix of the company name and the industry it implies. */
export const COMPANY_KINDS: { prefix: string; industry: Industry }[] = [
  { prefix: 'صنایع غذایی', industry: 'food' },
  { prefix: 'بازرگانی', industry: 'wholesale' },
  { prefix: 'شرکت بازرگانی', industry: 'wholesale' },
  { prefix: 'پخش', industry: 'wholesale' },
  { prefix: 'فروشگاه‌های زنجیره‌ای', industry: 'retail' },
  { prefix: 'گروه صنعتی', industry: 'manufacturing' },
  { prefix: 'صنایع فلزی', industry: 'manufacturing' },
  { prefix: 'تولیدی', industry: 'manufacturing' },
  { prefix: 'مهندسی ساختمان', industry: 'construction' },
  { prefix: 'انبوه‌سازان', industry: 'construction' },
  { prefix: 'فناوری اطلاعات', industry: 'it' },
  { prefix: 'نرم‌افزاری', industry: 'it' },
  { prefix: 'ارتباطات', industry: 'telecom' },
  { prefix: 'بیمارستان', industry: 'healthcare' },
  { prefix: 'تجهیزات پزشکی', industry: 'healthcare' },
  { prefix: 'داروسازی', industry: 'pharma' },
  { prefix: 'آموزشگاه', industry: 'education' },
  { prefix: 'مؤسسه مالی', industry: 'finance' },
  { prefix: 'بیمه', industry: 'insurance' },
  { prefix: 'قطعه‌سازی', industry: 'automotive' },
  { prefix: 'خدمات نفتی', industry: 'oilGas' },
  { prefix: 'پتروشیمی', industry: 'petrochemical' },
  { prefix: 'کشت و صنعت', industry: 'agriculture' },
  { prefix: 'معدنی', industry: 'mining' },
  { prefix: 'حمل‌ونقل بین‌المللی', industry: 'logistics' },
  { prefix: 'آژانس مسافرتی', industry: 'tourism' },
  { prefix: 'خدمات', industry: 'services' },
  { prefix: 'شرکت', industry: 'other' },
];

/** Brand stems; joined with a suffix they give names like «پارس‌تجارت» or «آرین». */
export const COMPANY_STEMS = pairs(`
آرین|arian
پارس|pars
البرز|alborz
سپاهان|sepahan
زاگرس|zagros
کاوه|kaveh
آریا|aria
مهر|mehr
آفتاب|aftab
تابان|taban
نوین|novin
پویا|pouya
سپهر|sepehr
دماوند|damavand
کوثر|kowsar
خزر|khazar
ایرانیان|iranian
پیشگامان|pishgaman
آتی‌نگر|atinegar
رایان|rayan
هامون|hamoun
ارغوان|arghavan
سیمرغ|simorgh
کیان|kian
بهساز|behsaz
نیک‌اندیش|nikandish
آسیا|asia
ستاره|setareh
فجر|fajr
نقش جهان|naghshejahan
پاسارگاد|pasargad
تک|tak
امید|omid
آوا|ava
رهاورد|rahavard
سامان|saman
آرمان|arman
بهار|bahar
نیلوفر|niloufar
پارسیان|parsian
هیرکان|hyrcan
توس|toos
اطلس|atlas
گلستان|golestan
آذر|azar
مهرگان|mehregan
افق|ofogh
دانا|dana
`);

export const COMPANY_SUFFIXES = pairs(`
|
|
|
تجارت|tejarat
سازه|sazeh
گستر|gostar
پرداز|pardaz
پویان|pouyan
صنعت|sanat
تدبیر|tadbir
نو|no
اندیش|andish
طب|teb
ارتباط|ertebat
`);

export const LEGAL_FORMS = ['', '', '', '', ' (سهامی خاص)', ' (سهامی عام)', ' (مسئولیت محدود)'];

export const JOB_TITLES = [
  'مدیر خرید', 'مدیرعامل', 'کارشناس فروش', 'مدیر مالی', 'حسابدار', 'مدیر بازرگانی', 'کارشناس تدارکات',
  'مسئول دفتر', 'مدیر فنی', 'مدیر تولید', 'کارشناس بازاریابی', 'مدیر منابع انسانی', 'مدیر فناوری اطلاعات',
  'کارشناس کنترل کیفیت', 'مدیر انبار', 'سرپرست فروش', 'مدیر داخلی', 'عضو هیئت‌مدیره', 'رئیس هیئت‌مدیره',
  'کارشناس حقوقی', 'مدیر پروژه', 'کارپرداز', 'معاون فروش', 'مدیر برند', 'کارشناس خرید خارجی', 'مدیر لجستیک',
  'مدیر شعبه', 'کارشناس پشتیبانی', 'مشاور مدیرعامل', 'مدیر کارخانه',
];

export const TAGS = [
  'مشتری وفادار', 'عمده‌فروش', 'نمایشگاه ۱۴۰۳', 'نمایشگاه ۱۴۰۴', 'VIP', 'نیازمند پیگیری', 'خوش‌حساب',
  'همکار قدیمی', 'معرفی‌شده', 'صادراتی', 'دولتی', 'خرید فصلی', 'تسویه نقدی', 'چک مدت‌دار', 'تصمیم‌گیرنده',
  'جشنواره نوروزی', 'مشتری جدید', 'پروژه‌ای',
];

export interface SubjectSet {
  subjects: string[];
  bodies: string[];
}

export const CALL_SUBJECTS = [
  'پیگیری پیش‌فاکتور ارسالی', 'پیگیری پرداخت فاکتور', 'هماهنگی جلسه معرفی محصول', 'استعلام قیمت',
  'پیگیری شکایت مشتری', 'تماس برای تمدید قرارداد', 'پیگیری ارسال سفارش', 'هماهنگی زمان تحویل',
  'پرسش درباره شرایط پرداخت', 'معرفی محصولات جدید', 'پیگیری چک برگشتی', 'نظرسنجی رضایت از خرید',
  'درخواست نمایندگی', 'پیگیری نمونه ارسالی', 'هماهنگی نصب و راه‌اندازی',
];

export const CALL_OUTCOMES = [
  'پاسخ نداد', 'قرار جلسه گذاشته شد', 'درخواست تماس مجدد', 'پیش‌فاکتور خواست', 'موافقت اولیه',
  'فعلاً نیازی ندارد', 'به واحد مالی ارجاع شد', 'سفارش ثبت شد', '',
];

export const TASK_SUBJECTS = [
  'ارسال پیش‌فاکتور', 'تهیه پیشنهاد قیمت', 'ارسال نمونه محصول', 'پیگیری چک برگشتی', 'تمدید قرارداد سالانه',
  'هماهنگی بازدید از کارخانه', 'ثبت سفارش در سیستم', 'ارسال کاتالوگ جدید', 'تهیه گزارش فروش فصلی',
  'به‌روزرسانی اطلاعات تماس', 'ارسال تبریک نوروز', 'پیگیری مطالبات معوق', 'برگزاری جلسه آموزش محصول',
  'دریافت مدارک ثبت شرکت', 'تنظیم قرارداد فروش',
];

export const NOTE_SUBJECTS = [
  'یادداشت جلسه با مدیر خرید', 'مشتری درخواست تخفیف حجمی دارد', 'نیاز به ارسال کاتالوگ جدید',
  'رقیب پیشنهاد ارزان‌تری داده است', 'بودجه سال آینده هنوز تصویب نشده', 'مشتری از کیفیت بسته‌بندی راضی نیست',
  'تصمیم‌گیری خرید با هیئت‌مدیره است', 'علاقه‌مند به خرید اقساطی', 'تغییر مسئول خرید شرکت',
  'درخواست حضور در نمایشگاه', 'مشتری به دنبال تأمین‌کننده دوم است', 'سفارش بعدی احتمالاً پس از نوروز',
];

export const BODY_SENTENCES = [
  'قرار شد تا پایان هفته پاسخ نهایی را اعلام کنند.',
  'لیست قیمت جدید برایشان ارسال شود.',
  'نسبت به زمان تحویل سفارش قبلی گله داشتند.',
  'پرداخت به صورت چک سه‌ماهه پیشنهاد شد.',
  'نماینده فنی ما باید برای بازدید هماهنگ شود.',
  'مقدار سفارش حدود دو برابر سال گذشته است.',
  'در صورت تخفیف پنج درصدی آماده عقد قرارداد هستند.',
  'فاکتور رسمی با کد اقتصادی درخواست کردند.',
  'شماره تماس مستقیم واحد مالی گرفته شد.',
  'نمونه‌ها را پسندیدند و منتظر پیش‌فاکتور هستند.',
  'جلسه بعدی در دفتر مرکزی برگزار می‌شود.',
  'ارسال از طریق باربری همیشگی خودشان انجام شود.',
];

/** Demo sales people; ids are generated, usernames are Latin as on a real server. */
export const DEMO_USERS: { username: string; displayName: string; role: 'admin' | 'manager' | 'rep'; team: number }[] = [
  { username: 'a.karimi', displayName: 'علی کریمی', role: 'manager', team: 0 },
  { username: 's.rahimi', displayName: 'سارا رحیمی', role: 'rep', team: 0 },
  { username: 'm.ahmadi', displayName: 'محمد احمدی', role: 'rep', team: 0 },
  { username: 'n.hosseini', displayName: 'نرگس حسینی', role: 'rep', team: 0 },
  { username: 'r.tabrizi', displayName: 'رضا تبریزی', role: 'manager', team: 1 },
  { username: 'l.shirazi', displayName: 'لیلا شیرازی', role: 'rep', team: 1 },
  { username: 'k.moradi', displayName: 'کامران مرادی', role: 'rep', team: 1 },
  { username: 'admin', displayName: 'مدیر سامانه', role: 'admin', team: 0 },
];

export const DEMO_TEAMS = ['فروش تهران', 'فروش شهرستان‌ها'];

export const FREE_MAIL_DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'chmail.ir', 'mail.ir'];
