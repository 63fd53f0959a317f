import type { linkageEn } from './linkage.en';

// Ukrainian messages of the linkage review page (same keys and placeholders as linkage.en.ts).
export const linkageUk: Record<keyof typeof linkageEn, string> = {
  'linkage.nav': 'Зв’язування',
  'linkage.title': 'Перевірка зв’язування записів',
  'linkage.intro':
    'Знаходить записи про одну й ту саму людину серед записів про людей у сховищі. Записи відкриваються й порівнюються на цьому пристрої; сервер отримує лише ідентифікатори записів, ваші рішення та випадкові псевдонімні ідентифікатори людей — ніколи імена.',

  'linkage.load.opening': 'Відкриваємо {done} з {total} записів…',
  'linkage.load.openingUnknown': 'Відкриваємо записи: {done}…',
  'linkage.load.failed': 'Не вдалося відкрити записи про людей.',
  'linkage.run.stage.prepare': 'Підготовка імен',
  'linkage.run.stage.sample': 'Вибірка випадкових пар',
  'linkage.run.stage.block': 'Пошук пар-кандидатів',
  'linkage.run.stage.train': 'Навчання моделі',
  'linkage.run.stage.score': 'Оцінювання пар',
  'linkage.run.stage.cluster': 'Об’єднання записів у людей',
  'linkage.run.progress': '{name}: {done} з {total}',
  'linkage.run.cancel': 'Скасувати',
  'linkage.run.cancelled': 'Зв’язування скасовано. Нічого не змінено.',
  'linkage.run.start': 'Зв’язати записи',
  'linkage.run.failed': 'Зв’язування не вдалося: {reason}',
  'linkage.run.warnings': 'Зауваження моделі зв’язування',
  'linkage.rerun': 'Перерахувати з моїми рішеннями',
  'linkage.rerun.changed':
    '{count, plural, =0 {Перерахунок не змінив жодного кластера.} one {Перерахунок змінив # кластер.} few {Перерахунок змінив # кластери.} many {Перерахунок змінив # кластерів.} other {Перерахунок змінив # кластера.}}',

  'linkage.empty.records.title': 'Немає записів про людей',
  'linkage.empty.records.body':
    'У цьому сховищі ще немає записів про людей. Додайте або імпортуйте їх і поверніться, щоб зв’язати.',
  'linkage.empty.one.title': 'Нічого зв’язувати',
  'linkage.empty.one.body':
    'Для зв’язування потрібні принаймні два записи про людей; у цьому сховищі один.',
  'linkage.empty.queue.title': 'Нічого перевіряти',
  'linkage.empty.queue.body': 'Кожна пара явно збігається або явно не збігається.',

  'linkage.summary.title': 'Підсумок',
  'linkage.summary.records': 'Записи про людей',
  'linkage.summary.people': 'Людей після зв’язування',
  'linkage.summary.pairs': 'Пар на перевірку',
  'linkage.summary.lastRun': 'Останній збережений розрахунок',
  'linkage.summary.noRun': 'Поки немає',
  'linkage.summary.run':
    'Розрахунок {seq}, {date, date, medium} {date, time, short}, зберіг(ла): {name}',
  'linkage.summary.server':
    '{count, plural, one {Сервер налічує # людину} few {Сервер налічує # людини} many {Сервер налічує # людей} other {Сервер налічує # людини}} за псевдонімними ідентифікаторами кластерів.',
  'linkage.summary.decisions': 'Рішення',
  'linkage.summary.decisionCounts': 'збіг: {first} · не збіг: {last} · не впевнені: {count}',
  'linkage.summary.unsaved':
    '{count, plural, =0 {На екрані кластери збереженого розрахунку.} one {# кластер на екрані відрізняється від збереженого розрахунку.} few {# кластери на екрані відрізняються від збереженого розрахунку.} many {# кластерів на екрані відрізняються від збереженого розрахунку.} other {# кластера на екрані відрізняються від збереженого розрахунку.}}',

  'linkage.queue.title': 'Черга перевірки',
  'linkage.queue.hint': 'Пари біля порогу, найбільш невизначені першими.',
  'linkage.queue.label': 'Пари на перевірку',
  'linkage.queue.more':
    '{count, plural, one {і ще # пара} few {і ще # пари} many {і ще # пар} other {і ще # пари}}',
  'linkage.queue.probability': '{percent} %',
  'linkage.pair.title': 'Пара',
  'linkage.pair.left': 'Запис 1',
  'linkage.pair.right': 'Запис 2',
  'linkage.pair.open': 'Відкрити запис',
  'linkage.pair.match': 'Збіг',
  'linkage.pair.nonMatch': 'Не збіг',
  'linkage.pair.unsure': 'Не впевнені',
  'linkage.pair.undo': 'Скасувати останнє рішення',
  'linkage.pair.keys':
    'Клавіші: m збіг · n не збіг · u не впевнені · j або ↓ наступна · k або ↑ попередня · z скасувати',
  'linkage.pair.decided.match': 'Позначено як збіг.',
  'linkage.pair.decided.non-match': 'Позначено як не збіг.',
  'linkage.pair.decided.unsure': 'Позначено як «не впевнені».',
  'linkage.pair.decided.withdrawn': 'Рішення скасовано.',

  'linkage.column.name': 'Ім’я',
  'linkage.column.alias': 'Інше ім’я',
  'linkage.column.birth': 'Дата або рік народження',
  'linkage.column.sex': 'Стать',
  'linkage.column.citizenship': 'Громадянство',
  'linkage.field.none': '—',
  'linkage.unnamed': 'Запис без імені',

  'linkage.explain.title': 'Чому модель так оцінила пару',
  'linkage.explain.comparison': 'Порівняння',
  'linkage.explain.level': 'Рівень',
  'linkage.explain.weight': 'Вага',
  'linkage.explain.prior': 'Апріорна вага (будь-які два записи)',
  'linkage.explain.total': 'Підсумкова вага',
  'linkage.explain.probability': 'Імовірність збігу: {percent} %',
  'linkage.explain.notCompared': 'Модель не має порівняння цих двох записів.',
  'linkage.explain.loading': 'Порівнюємо…',

  'linkage.clusters.title': 'Кластери',
  'linkage.clusters.hint':
    'Люди, про яких більше одного запису. Відкрийте кластер, щоб побачити його записи поруч.',
  'linkage.clusters.search': 'Пошук за іменем',
  'linkage.clusters.searchHint':
    'Будь-яке ім’я, будь-якою абеткою. Пошук знаходить і записи, не пов’язані ні з чим.',
  'linkage.clusters.none': 'Жоден кластер не містить більше одного запису.',
  'linkage.clusters.noMatch': 'Жоден кластер не відповідає пошуку.',
  'linkage.clusters.records':
    '{count, plural, one {# запис} few {# записи} many {# записів} other {# запису}}',
  'linkage.clusters.more':
    '{count, plural, one {і ще # кластер} few {і ще # кластери} many {і ще # кластерів} other {і ще # кластера}}',
  'linkage.clusters.close': 'Закрити',
  'linkage.clusters.split': 'Відокремити цей запис',
  'linkage.clusters.mergeWith': 'Об’єднати з…',
  'linkage.clusters.merge': 'Об’єднати',
  'linkage.clusters.splitDone': 'Запис відокремлено: рішення збережено, зв’язування перераховано.',
  'linkage.clusters.mergeDone': 'Кластери об’єднано: рішення збережено, зв’язування перераховано.',

  'linkage.history.title': 'Історія рішень',
  'linkage.history.empty': 'Рішень поки немає.',
  'linkage.history.when': '{date, date, medium} {date, time, short}',
  'linkage.history.by': 'ухвалив(ла): {name}',
  'linkage.history.undo': 'Скасувати',
  'linkage.history.undone': 'Рішення скасовано, зв’язування перераховано.',
  'linkage.history.decision.match': 'збіг',
  'linkage.history.decision.non-match': 'не збіг',
  'linkage.history.decision.unsure': 'не впевнені',
  'linkage.history.decision.withdrawn': 'скасовано',
  'linkage.history.more':
    '{count, plural, one {і ще # раніше рішення} few {і ще # раніші рішення} many {і ще # раніших рішень} other {і ще # ранішого рішення}}',

  'linkage.save.title': 'Збереження кластерів',
  'linkage.save.hint':
    'Зберігає, які записи належать одній людині, у вигляді випадкових псевдонімних ідентифікаторів, щоб сервер міг рахувати людей без імен. Збереження можна скасувати, відновивши раніший розрахунок.',
  'linkage.save.button': 'Зберегти кластери',
  'linkage.save.done': 'Збережено як розрахунок {seq}.',
  'linkage.save.stale':
    'Поки ви працювали, хтось зберіг новіше зв’язування. Перезавантажте, щоб почати з нього.',
  'linkage.save.reload': 'Перезавантажити',
  'linkage.runs.title': 'Збережені розрахунки',
  'linkage.runs.empty': 'Жодного розрахунку ще не збережено.',
  'linkage.runs.number': 'Розрахунок {seq}',
  'linkage.runs.counts':
    '{count, plural, one {# людина} few {# людини} many {# людей} other {# людини}} з {total} записів',
  'linkage.runs.restoredFrom': 'відновлює розрахунок {seq}',
  'linkage.runs.latest': 'поточний',
  'linkage.runs.restore': 'Відновити цей розрахунок',
  'linkage.runs.restored': 'Розрахунок {seq} відновлено як найновіший.',

  'linkage.you': 'ви',
  'linkage.someone': 'інший учасник',

  'linkage.level.missing': 'немає з одного боку',
  'linkage.level.exact': 'точно',
  'linkage.level.different': 'різні',
  'linkage.level.otherOrder': 'ті самі слова в іншому порядку',
  'linkage.level.transliteration': 'те саме ім’я в іншій транслітерації',
  'linkage.level.swapped': 'переставлено з іншим іменем',
  'linkage.level.wordsMissing': 'частини слів немає з одного боку',
  'linkage.level.similar': 'схоже написання (≥ {value})',
  'linkage.level.editDistance':
    '{count, plural, one {не більше # друкарської помилки} few {не більше # друкарських помилок} many {не більше # друкарських помилок} other {не більше # друкарської помилки}}',
  'linkage.level.transposed': 'день і місяць переставлено',
  'linkage.level.typo': 'одна друкарська помилка',
  'linkage.level.partial': 'неповна дата збігається',
  'linkage.level.sameYear': 'той самий рік',
  'linkage.level.withinYears':
    '{count, plural, one {у межах # року} few {у межах # років} many {у межах # років} other {у межах # року}}',
};
