import type { estimationEn } from './estimation.en';

// Ukrainian messages of the estimation page (keys and placeholders as estimation.en.ts).
export const estimationUk: Record<keyof typeof estimationEn, string> = {
  'estimation.nav': 'Оцінка',
  'estimation.title': 'Оцінка незадокументованих жертв',
  'estimation.intro':
    'Скільки всього було жертв, враховуючи тих, про кого не повідомило жодне джерело: кожна організація-джерело чи тип джерела — це список, зв’язування записів визначає, хто та сама людина, а перетин списків показує, скількох пропустили всі (оцінка за кількома списками, MSE).',

  'estimation.source.run':
    'Люди за прогоном зв’язування № {seq} від {day}: {count, plural, one {# запис про людину} few {# записи про людей} many {# записів про людей} other {# запису про людей}} — це {total} ос.',
  'estimation.source.unlinked':
    '{count, plural, one {# ще не зв’язаний запис про людину рахується} few {# ще не зв’язані записи про людей рахуються} many {# ще не зв’язаних записів про людей рахуються} other {# ще не зв’язаного запису про людей рахуються}} як окремі люди.',
  'estimation.source.none':
    'Зв’язування не збережено: кожен запис про людину рахується як окрема людина, тож жертву, задокументовану двічі, пораховано двічі. Спершу проведіть перевірку зв’язування.',
  'estimation.source.toLinkage': 'Відкрити перевірку зв’язування',

  'estimation.controls.title': 'Списки, страти й метод',
  'estimation.controls.listBy': 'Список — це',
  'estimation.listBy.organisation': 'організація-джерело',
  'estimation.listBy.materialType': 'тип вихідного матеріалу',
  'estimation.listBy.connection': 'зв’язок джерела з подією',
  'estimation.controls.lists': 'Списки',
  'estimation.controls.listsHint':
    'Стовпці йдуть у тому ж порядку, що тут. Лог-лінійним моделям потрібно щонайменше 2 списки, LCMCR і dga — щонайменше 3, dga — не більше 5.',
  'estimation.controls.listPeople':
    '{count, plural, one {# людина} few {# людини} many {# людей} other {# людини}}',
  'estimation.controls.stratum': 'Оцінювати окремо за',
  'estimation.stratum.none': 'нічим (одна оцінка)',
  'estimation.stratum.year': 'роком інциденту',
  'estimation.stratum.sex': 'статтю',
  'estimation.stratum.ageBand': 'віковою групою',
  'estimation.stratum.region': 'регіоном установи',
  'estimation.stratum.facilityType': 'типом установи',
  'estimation.controls.method': 'Метод',
  'estimation.method.loglinear': 'Лог-лінійні моделі (вибір моделі за AIC)',
  'estimation.method.lcmcr': 'LCMCR (баєсові латентні класи)',
  'estimation.method.dga': 'dga (баєсове усереднення моделей)',
  'estimation.method.short.loglinear': 'лог-лінійні моделі',
  'estimation.method.tooFewLists':
    'Потрібно щонайменше {min} списки; {count, plural, one {вибрано #} few {вибрано #} many {вибрано #} other {вибрано #}}.',
  'estimation.method.tooManyLists':
    'Не більше {max} списків; {count, plural, one {вибрано #} few {вибрано #} many {вибрано #} other {вибрано #}}.',
  'estimation.controls.seed': 'Зерно',
  'estimation.controls.seedHint':
    'Та сама таблиця, метод і зерно завжди дають ті самі числа — тут і у vigil estimate.',
  'estimation.controls.badSeed': 'Введіть ціле число від 0 до 4294967295.',
  'estimation.controls.run': 'Оцінити',
  'estimation.controls.cancel': 'Скасувати',

  'estimation.empty.noSources.title': 'У жодного джерела немає цього поля',
  'estimation.empty.noSources.body':
    'У жодному записі про джерело, пов’язаному з інцидентом, де є жертва, це поле не заповнене. Заповніть його в джерелах або виберіть інший вид списку.',
  'estimation.empty.oneList.title': 'Виберіть щонайменше два списки',
  'estimation.empty.oneList.body':
    'Оцінка порівнює, хто в якому списку: з одного списку перетин дізнатися неможливо.',
  'estimation.moreLists':
    'Вибрати можна лише {count, plural, one {# список} few {# списки} many {# списків} other {# списку}} з найбільшою кількістю людей.',

  'estimation.patterns.title': 'Таблиця перетинів',
  'estimation.patterns.how':
    'Один рядок на кожне поєднання списків: ✓ — є в цьому списку. «Людей» — скільки людей є саме в цих списках. Люди, яких немає в жодному з вибраних списків, до таблиці не входять.',
  'estimation.patterns.pattern': 'Поєднання',
  'estimation.patterns.people': 'Людей',
  'estimation.patterns.on': 'є в списку',
  'estimation.patterns.off': 'немає в списку',
  'estimation.patterns.stratumPeople':
    '{name}: {count, plural, one {# людина} few {# людини} many {# людей} other {# людини}} щонайменше в одному списку',
  'estimation.patterns.withoutList':
    '{count, plural, one {# людини немає} few {# людей немає} many {# людей немає} other {# людини немає}} в жодному з вибраних списків, їх не пораховано.',
  'estimation.patterns.download': 'Завантажити таблицю у CSV',
  'estimation.patterns.downloadHint':
    'У форматі, який читає vigil estimate --input: оцінку можна повторити без сервера.',
  'estimation.patterns.cli': 'Щоб повторити оцінку в командному рядку:',
  'estimation.patterns.serverNotes': 'Зауваження сервера',
  'estimation.patterns.serverNotesEnglish': 'Англійською, як їх написав сервер.',
  'estimation.patterns.manyPeople':
    'Людину з інцидентами в кількох стратах пораховано в кожній із них.',

  'estimation.stratumValue.all': 'Усі люди',
  'estimation.stratumValue.total': 'Разом за оціненими стратами',

  'estimation.run.progress': 'Триває оцінка… {percent} %',
  'estimation.run.cancelled': 'Оцінку скасовано. Нічого не пораховано.',
  'estimation.run.failed': 'Оцінку порахувати не вдалося: {reason}',
  'estimation.run.stale':
    'Списки, страти, метод або зерно змінилися після цієї оцінки: оцініть знову, щоб побачити числа для нового вибору.',
  'estimation.run.prompt':
    'Виберіть списки й метод і натисніть «Оцінити». LCMCR і dga можуть рахувати кілька секунд; оцінка йде у фоні, її можна скасувати.',

  'estimation.results.title': 'Оцінка',
  'estimation.results.summary':
    'Оцінка: усього {total} жертв, 95-відсотковий інтервал {interval}; {count, plural, one {задокументовано # людину} few {задокументовано # людини} many {задокументовано # людей} other {задокументовано # людини}}, і ще близько {value} не задокументовано в жодному списку.',
  'estimation.results.stratum': 'Страта',
  'estimation.results.documented': 'Задокументовано',
  'estimation.results.estimate': 'Оцінка всього',
  'estimation.results.interval': '95-відсотковий інтервал',
  'estimation.results.undocumented': 'Оцінка незадокументованих',
  'estimation.results.model': 'Модель',
  'estimation.results.lower': 'Нижня межа (95 %)',
  'estimation.results.upper': 'Верхня межа (95 %)',
  'estimation.results.note': 'Примітка',
  'estimation.results.method': 'Метод: {name}, зерно {seed}.',
  'estimation.results.unbounded':
    'Інтервал, що закінчується на ∞, означає, що дані не обмежують підсумок згори: списки перетинаються надто мало, щоб сказати, скількох пропущено.',
  'estimation.results.totalHow':
    'Підсумок додає {count, plural, one {# оцінену страту} few {# оцінені страти} many {# оцінених страт} other {# оціненої страти}}; його інтервал отримано із суми їхніх вибірок, тож він враховує невизначеність кожної.',
  'estimation.results.notEstimated': 'не оцінено',
  'estimation.results.skipped.tooFewPeople':
    'Не оцінено: {count, plural, one {# людина} few {# людини} many {# людей} other {# людини}}, менше ніж {min}.',
  'estimation.results.skipped.emptyLists': 'Не оцінено: у цій страті нікого немає в списку {name}.',
  'estimation.results.skipped.noOverlap':
    'Не оцінено: у цій страті ніхто не входить більш ніж до одного списку.',
  'estimation.results.failedStratum': 'Не оцінено: {reason}',
  'estimation.results.skippedPeople':
    '{count, plural, one {# задокументована людина перебуває} few {# задокументовані людини перебувають} many {# задокументованих людей перебувають} other {# задокументованої людини перебувають}} у стратах, які не оцінювалися, і до підсумку не входять.',
  'estimation.results.nothing.title': 'Оцінки немає',
  'estimation.results.nothing.body':
    'Жодну страту оцінити не вдалося: причину для кожної наведено в таблиці. Виберіть інші списки, менше страт або додайте записи.',
  'estimation.model.loglinear':
    '{name} за {value}; {count, plural, one {# модель підходить} few {# моделі підходять} many {# моделей підходять} other {# моделі підходять}} майже так само добре',
  'estimation.model.loglinearRange': 'оцінки {interval}',
  'estimation.model.lcmcr':
    'до {max} латентних класів, зайнято близько {count}, {first} вибірок з апостеріорного розподілу',
  'estimation.model.dga': 'усереднено графів: {count}; найімовірніший: {name}',
  'estimation.model.independent': 'списки незалежні',

  'estimation.warnings.title': 'Читайте це разом із числами',
  'estimation.warnings.english': 'Подробиці — англійською, як їх пишуть методи оцінки.',
  'estimation.warning.list_dependence': 'Списки залежать один від одного',
  'estimation.warning.heterogeneity': 'У різних людей різні шанси потрапити до списків',
  'estimation.warning.few_overlaps': 'Мало хто входить більш ніж до одного списку',
  'estimation.warning.sparse_cells': 'У багатьох поєднаннях списків мало людей або нікого',
  'estimation.warning.small_list': 'Один зі списків дуже малий',
  'estimation.warning.extrapolation': 'Більша частина оцінки — люди, яких не бачив жоден список',
  'estimation.warning.model_uncertainty': 'Моделі, що підходять майже однаково, дають різні числа',
  'estimation.warning.unbounded_interval': 'Інтервал не має верхньої межі',
  'estimation.warning.models_not_fitted': 'Деякі моделі не вдалося підігнати',
  'estimation.warning.poor_mixing': 'Семплер міг не зійтися',
  'estimation.warning.in': '{name}:',

  'estimation.chart.title': 'Задокументовані й оцінені жертви',
  'estimation.chart.how':
    'Сіра смуга — люди, задокументовані щонайменше в одному списку. Темна смуга — оцінка всього, лінія — її 95-відсотковий інтервал. Рядок без темної смуги не оцінювався.',
  'estimation.chart.note':
    'Оцінка за перетином кількох списків; 95-відсоткові інтервали. Задокументовані випадки — нижня межа, оцінки спираються на припущення методів.',
  'estimation.chart.row':
    '{name}: {count, plural, one {# задокументовано} few {# задокументовано} many {# задокументовано} other {# задокументовано}}, оцінка {total}, 95-відсотковий інтервал {interval}',
  'estimation.chart.rowDocumented':
    '{name}: {count, plural, one {# задокументовано} few {# задокументовано} many {# задокументовано} other {# задокументовано}}, не оцінено',
  'estimation.chart.documented': 'задокументовано',
  'estimation.chart.estimated': 'оцінка з 95-відсотковим інтервалом',

  'estimation.how.title': 'Як це працює',
  'estimation.how.lists':
    'Списки. Кожна організація-джерело (або тип джерела, або зв’язок джерела з подією) — це список задокументованих нею людей. Зв’язування визначає, які записи про людей належать одній людині, тож жертва, про яку повідомили дві організації, — одна людина у двох списках.',
  'estimation.how.overlap':
    'Перетин. Якби два списки були незалежні, частка людей першого списку, яких знайшов і другий, дорівнювала б частці всіх людей, яких знайшов другий. Мало людей в обох списках — отже, багатьох не знайшов жоден.',
  'estimation.how.assumptions':
    'Припущення. Усі методи припускають, що сукупність людей не змінювалася (замкнена популяція) і що зв’язування не помилилося. Лог-лінійні моделі допускають залежність списків так, як каже вибрана модель; LCMCR допускає, що в різних людей різні шанси бути задокументованими; dga усереднює за можливими залежностями між списками. Якщо списки однаково пропускають тих самих людей, усі методи занижують оцінку.',
  'estimation.how.interval':
    'Інтервал. 95-відсотковий інтервал — це діапазон підсумків, які допускають дані: наводьте оцінку лише разом із ним. Широкий інтервал — чесна відповідь, а не невдача.',
  'estimation.how.docs':
    'Методи описано в README розділу оцінки пакета аналітики; та сама таблиця й те саме зерно дають ті самі числа у vigil estimate.',
};
