import type { estimationEn } from './estimation.en';

// Russian messages of the estimation page (keys and placeholders as estimation.en.ts).
export const estimationRu: Record<keyof typeof estimationEn, string> = {
  'estimation.nav': 'Оценка',
  'estimation.title': 'Оценка незадокументированных жертв',
  'estimation.intro':
    'Сколько всего было жертв, включая тех, о ком не сообщил ни один источник: каждая организация-источник или тип источника — это список, связывание записей определяет, кто один и тот же человек, а пересечение списков показывает, скольких пропустили все (оценка по нескольким спискам, MSE).',

  'estimation.source.run':
    'Люди по прогону связывания № {seq} от {day}: {count, plural, one {# запись о человеке} few {# записи о людях} many {# записей о людях} other {# записи о людях}} — это {total} чел.',
  'estimation.source.unlinked':
    '{count, plural, one {# ещё не связанная запись о человеке считается} few {# ещё не связанные записи о людях считаются} many {# ещё не связанных записей о людях считаются} other {# ещё не связанной записи о людях считаются}} отдельными людьми.',
  'estimation.source.none':
    'Связывание не сохранено: каждая запись о человеке считается отдельным человеком, так что жертва, задокументированная дважды, посчитана дважды. Сначала проведите проверку связывания.',
  'estimation.source.toLinkage': 'Открыть проверку связывания',

  'estimation.controls.title': 'Списки, страты и метод',
  'estimation.controls.listBy': 'Список — это',
  'estimation.listBy.organisation': 'организация-источник',
  'estimation.listBy.materialType': 'тип исходного материала',
  'estimation.listBy.connection': 'связь источника с событием',
  'estimation.controls.lists': 'Списки',
  'estimation.controls.listsHint':
    'Столбцы идут в том же порядке, что здесь. Лог-линейным моделям нужно не меньше 2 списков, LCMCR и dga — не меньше 3, dga — не больше 5.',
  'estimation.controls.listPeople':
    '{count, plural, one {# человек} few {# человека} many {# человек} other {# человека}}',
  'estimation.controls.stratum': 'Оценивать отдельно по',
  'estimation.stratum.none': 'ничему (одна оценка)',
  'estimation.stratum.year': 'году инцидента',
  'estimation.stratum.sex': 'полу',
  'estimation.stratum.ageBand': 'возрастной группе',
  'estimation.stratum.region': 'региону учреждения',
  'estimation.stratum.facilityType': 'типу учреждения',
  'estimation.controls.method': 'Метод',
  'estimation.method.loglinear': 'Лог-линейные модели (выбор модели по AIC)',
  'estimation.method.lcmcr': 'LCMCR (байесовские латентные классы)',
  'estimation.method.dga': 'dga (байесовское усреднение моделей)',
  'estimation.method.short.loglinear': 'лог-линейные модели',
  'estimation.method.tooFewLists':
    'Нужно не меньше {min} списков; {count, plural, one {выбран #} few {выбрано #} many {выбрано #} other {выбрано #}}.',
  'estimation.method.tooManyLists':
    'Не больше {max} списков; {count, plural, one {выбран #} few {выбрано #} many {выбрано #} other {выбрано #}}.',
  'estimation.controls.seed': 'Зерно',
  'estimation.controls.seedHint':
    'Одна и та же таблица, метод и зерно всегда дают одни и те же числа — здесь и в vigil estimate.',
  'estimation.controls.badSeed': 'Введите целое число от 0 до 4294967295.',
  'estimation.controls.run': 'Оценить',
  'estimation.controls.cancel': 'Отменить',

  'estimation.empty.noSources.title': 'Ни у одного источника нет этого поля',
  'estimation.empty.noSources.body':
    'Ни в одной записи об источнике, связанной с инцидентом, у которого есть жертва, это поле не заполнено. Заполните его в источниках или выберите другой вид списка.',
  'estimation.empty.oneList.title': 'Выберите хотя бы два списка',
  'estimation.empty.oneList.body':
    'Оценка сравнивает, кто в каком списке: по одному списку пересечение узнать нельзя.',
  'estimation.moreLists':
    'Выбрать можно только {count, plural, one {# список} few {# списка} many {# списков} other {# списка}} с наибольшим числом людей.',

  'estimation.patterns.title': 'Таблица пересечений',
  'estimation.patterns.how':
    'Одна строка на каждое сочетание списков: ✓ — есть в этом списке. «Людей» — сколько людей есть ровно в этих списках. Люди, которых нет ни в одном из выбранных списков, в таблицу не входят.',
  'estimation.patterns.pattern': 'Сочетание',
  'estimation.patterns.people': 'Людей',
  'estimation.patterns.on': 'есть в списке',
  'estimation.patterns.off': 'нет в списке',
  'estimation.patterns.stratumPeople':
    '{name}: {count, plural, one {# человек} few {# человека} many {# человек} other {# человека}} хотя бы в одном списке',
  'estimation.patterns.withoutList':
    '{count, plural, one {# человека нет} few {# человек нет} many {# человек нет} other {# человека нет}} ни в одном из выбранных списков, они не посчитаны.',
  'estimation.patterns.download': 'Скачать таблицу в CSV',
  'estimation.patterns.downloadHint':
    'В формате, который читает vigil estimate --input: оценку можно повторить без сервера.',
  'estimation.patterns.cli': 'Чтобы повторить оценку в командной строке:',
  'estimation.patterns.serverNotes': 'Замечания сервера',
  'estimation.patterns.serverNotesEnglish': 'По-английски, как их написал сервер.',
  'estimation.patterns.manyPeople':
    'Человек с инцидентами в нескольких стратах посчитан в каждой из них.',

  'estimation.stratumValue.all': 'Все люди',
  'estimation.stratumValue.total': 'Итого по оценённым стратам',

  'estimation.run.progress': 'Идёт оценка… {percent} %',
  'estimation.run.cancelled': 'Оценка отменена. Ничего не посчитано.',
  'estimation.run.failed': 'Оценку посчитать не удалось: {reason}',
  'estimation.run.stale':
    'Списки, страты, метод или зерно изменились после этой оценки: оцените заново, чтобы увидеть числа для нового выбора.',
  'estimation.run.prompt':
    'Выберите списки и метод и нажмите «Оценить». LCMCR и dga могут считать несколько секунд; оценка идёт в фоне, её можно отменить.',

  'estimation.results.title': 'Оценка',
  'estimation.results.summary':
    'Оценка: всего {total} жертв, 95-процентный интервал {interval}; {count, plural, one {задокументирован # человек} few {задокументированы # человека} many {задокументировано # человек} other {задокументировано # человека}}, и ещё около {value} не задокументированы ни в одном списке.',
  'estimation.results.stratum': 'Страта',
  'estimation.results.documented': 'Задокументировано',
  'estimation.results.estimate': 'Оценка всего',
  'estimation.results.interval': '95-процентный интервал',
  'estimation.results.undocumented': 'Оценка незадокументированных',
  'estimation.results.model': 'Модель',
  'estimation.results.lower': 'Нижняя граница (95 %)',
  'estimation.results.upper': 'Верхняя граница (95 %)',
  'estimation.results.note': 'Примечание',
  'estimation.results.method': 'Метод: {name}, зерно {seed}.',
  'estimation.results.unbounded':
    'Интервал, заканчивающийся на ∞, означает, что данные не ограничивают итог сверху: списки пересекаются слишком мало, чтобы сказать, сколько пропущено.',
  'estimation.results.totalHow':
    'Итог складывает {count, plural, one {# оценённую страту} few {# оценённые страты} many {# оценённых страт} other {# оценённой страты}}; его интервал получен из суммы их выборок и учитывает неопределённость каждой.',
  'estimation.results.notEstimated': 'не оценено',
  'estimation.results.skipped.tooFewPeople':
    'Не оценено: {count, plural, one {# человек} few {# человека} many {# человек} other {# человека}}, меньше {min}.',
  'estimation.results.skipped.emptyLists': 'Не оценено: в этой страте никого нет в списке {name}.',
  'estimation.results.skipped.noOverlap':
    'Не оценено: в этой страте никто не входит больше чем в один список.',
  'estimation.results.failedStratum': 'Не оценено: {reason}',
  'estimation.results.skippedPeople':
    '{count, plural, one {# задокументированный человек находится} few {# задокументированных человека находятся} many {# задокументированных человек находятся} other {# задокументированного человека находятся}} в стратах, которые не оценивались, и в итог не входят.',
  'estimation.results.nothing.title': 'Оценки нет',
  'estimation.results.nothing.body':
    'Ни одну страту оценить не удалось: причина для каждой указана в таблице. Выберите другие списки, меньше страт или добавьте записи.',
  'estimation.model.loglinear':
    '{name} по {value}; {count, plural, one {# модель подходит} few {# модели подходят} many {# моделей подходят} other {# модели подходят}} почти так же хорошо',
  'estimation.model.loglinearRange': 'оценки {interval}',
  'estimation.model.lcmcr':
    'до {max} латентных классов, занято около {count}, {first} выборок из апостериорного распределения',
  'estimation.model.dga': 'усреднено графов: {count}; наиболее вероятный: {name}',
  'estimation.model.independent': 'списки независимы',

  'estimation.warnings.title': 'Читайте это вместе с числами',
  'estimation.warnings.english': 'Подробности — по-английски, как их пишут методы оценки.',
  'estimation.warning.list_dependence': 'Списки зависят друг от друга',
  'estimation.warning.heterogeneity': 'У разных людей разные шансы попасть в списки',
  'estimation.warning.few_overlaps': 'Мало кто входит больше чем в один список',
  'estimation.warning.sparse_cells': 'Во многих сочетаниях списков мало людей или нет никого',
  'estimation.warning.small_list': 'Один из списков очень мал',
  'estimation.warning.extrapolation':
    'Большая часть оценки — люди, которых не видел ни один список',
  'estimation.warning.model_uncertainty': 'Модели, подходящие почти одинаково, дают разные числа',
  'estimation.warning.unbounded_interval': 'У интервала нет верхней границы',
  'estimation.warning.models_not_fitted': 'Некоторые модели не удалось подогнать',
  'estimation.warning.poor_mixing': 'Сэмплер мог не сойтись',
  'estimation.warning.in': '{name}:',

  'estimation.chart.title': 'Задокументированные и оценённые жертвы',
  'estimation.chart.how':
    'Серая полоса — люди, задокументированные хотя бы в одном списке. Тёмная полоса — оценка всего, линия — её 95-процентный интервал. Строка без тёмной полосы не оценивалась.',
  'estimation.chart.note':
    'Оценка по пересечению нескольких списков; 95-процентные интервалы. Задокументированные случаи — нижняя граница, оценки опираются на допущения методов.',
  'estimation.chart.row':
    '{name}: {count, plural, one {# задокументирован} few {# задокументированы} many {# задокументировано} other {# задокументировано}}, оценка {total}, 95-процентный интервал {interval}',
  'estimation.chart.rowDocumented':
    '{name}: {count, plural, one {# задокументирован} few {# задокументированы} many {# задокументировано} other {# задокументировано}}, не оценено',
  'estimation.chart.documented': 'задокументировано',
  'estimation.chart.estimated': 'оценка с 95-процентным интервалом',

  'estimation.how.title': 'Как это работает',
  'estimation.how.lists':
    'Списки. Каждая организация-источник (или тип источника, или связь источника с событием) — это список задокументированных ею людей. Связывание определяет, какие записи о людях относятся к одному человеку, так что жертва, о которой сообщили две организации, — один человек в двух списках.',
  'estimation.how.overlap':
    'Пересечение. Если бы два списка были независимы, доля людей первого списка, которых нашёл и второй, равнялась бы доле всех людей, которых нашёл второй. Мало людей в обоих списках — значит, много людей не нашёл ни один.',
  'estimation.how.assumptions':
    'Допущения. Все методы предполагают, что совокупность людей не менялась (замкнутая популяция) и что связывание не ошиблось. Лог-линейные модели допускают зависимость списков так, как говорит выбранная модель; LCMCR допускает, что у разных людей разные шансы быть задокументированными; dga усредняет по возможным зависимостям между списками. Если списки одинаково пропускают одних и тех же людей, все методы занижают оценку.',
  'estimation.how.interval':
    'Интервал. 95-процентный интервал — это диапазон итогов, которые допускают данные: приводите оценку только вместе с ним. Широкий интервал — честный ответ, а не неудача.',
  'estimation.how.docs':
    'Методы описаны в README раздела оценки пакета аналитики; та же таблица и то же зерно дают те же числа в vigil estimate.',
};
