import { publishRu } from './publish.ru';
import type { statisticsEn } from './statistics.en';

// Русские сообщения страницы статистики; те же ключи и параметры, что в statistics.en.ts.
export const statisticsRu: Record<keyof typeof statisticsEn, string> = {
  'statistics.nav': 'Статистика',
  'statistics.title': 'Статистика',
  'statistics.intro':
    'Инциденты, записанные в хранилище, и люди, с которыми они произошли, посчитанные по кодированным полям записей. Выберите, по чему считать; каждое число открывает записи, из которых оно получено.',

  'statistics.controls.title': 'Что считать',
  'statistics.controls.rows': 'Считать по',
  'statistics.controls.columns': 'Затем по',
  'statistics.controls.none': 'Больше ни по чему',
  'statistics.controls.measure': 'Считать',
  'statistics.controls.swap': 'Поменять местами',
  'statistics.measure.incidents': 'Инциденты',
  'statistics.measure.victims': 'Разные пострадавшие',
  'statistics.controls.rate': 'Показать как показатель',
  'statistics.rate.none': 'Числа',
  'statistics.rate.capacity': 'на 1000 мест (вместимость)',
  'statistics.rate.detentions': 'на 100 задокументированных задержаний',
  'statistics.rate.hint':
    'Доступно там, где есть знаменатель: вместимость — по учреждению, типу или региону; задержания — также по месяцам, кварталам и годам.',
  'statistics.rate.title': '{name} {unit}: {first}',
  'statistics.rate.denominator.capacity': 'Места',
  'statistics.rate.denominator.detentions': 'Задокументированные задержания',
  'statistics.rate.missing': 'Учреждения без указанной вместимости',
  'statistics.rate.denominatorIs': 'Знаменатель: {name}.',
  'statistics.rate.missingNote':
    'Для {count} учреждений реестра вместимость не указана: они не входят в знаменатели.',
  'statistics.rate.noneNote': 'Нет знаменателя (не показано на графике): {name}.',
  'statistics.rate.noChart': 'Показатели по двум признакам — в таблице ниже.',

  'statistics.period.title': 'Период',
  'statistics.period.from': 'С',
  'statistics.period.to': 'По',
  'statistics.period.apply': 'Применить',
  'statistics.period.clear': 'Все даты',
  'statistics.period.badDay': 'Введите день в виде ГГГГ-ММ-ДД, например 2024-05-01.',
  'statistics.period.reversed': 'Конец периода раньше его начала.',
  'statistics.period.undatedOut': 'Когда период выбран, инциденты без даты не учитываются.',
  'statistics.period.quarter': '{quarter} кв. {year}',

  'statistics.filter.title': 'Фильтры',
  'statistics.filter.dimension': 'Фильтровать по',
  'statistics.filter.value': 'Значение',
  'statistics.filter.choose': 'Выберите значение',
  'statistics.filter.add': 'Добавить фильтр',
  'statistics.filter.none': 'Фильтров нет: учитываются все инциденты хранилища.',
  'statistics.filter.hint':
    'Несколько значений одного вида — инциденты с любым из них. Значения разных видов — инциденты со всеми сразу.',
  'statistics.filter.chip': '{name}: {value}',
  'statistics.filter.remove': 'Убрать фильтр {name}',
  'statistics.filter.clearAll': 'Убрать все фильтры',
  'statistics.filter.noValues': 'В хранилище пока нет значений этого вида.',
  'statistics.filter.valueCount': '{name} ({count})',

  'statistics.dimension.month': 'Месяц',
  'statistics.dimension.quarter': 'Квартал',
  'statistics.dimension.year': 'Год',
  'statistics.dimension.region': 'Регион',
  'statistics.dimension.facility': 'Учреждение',
  'statistics.dimension.facility-type': 'Тип учреждения',
  'statistics.dimension.method': 'Метод насилия',
  'statistics.dimension.perpetrator-agency': 'Ведомство исполнителя',
  'statistics.dimension.act-type': 'Вид действия',
  'statistics.dimension.group': 'Группа риска',
  'statistics.dimension.sex': 'Пол пострадавшего',
  'statistics.dimension.age-band': 'Возраст пострадавшего',
  'statistics.dimension.intervention-outcome': 'Итог вмешательств',
  'statistics.value.undated': 'Без даты',
  'statistics.value.unknown': 'Неизвестно',
  'statistics.value.none': 'Не записано',

  'statistics.figure.one': '{name} по признаку «{first}»',
  'statistics.figure.two': '{name} по признакам «{first}» и «{last}»',
  'statistics.figure.incidents':
    '{name}: {count, plural, one {# инцидент} few {# инцидента} many {# инцидентов} other {# инцидента}}. Показать записи.',
  'statistics.figure.victims':
    '{name}: {count, plural, one {# пострадавший} few {# пострадавших} many {# пострадавших} other {# пострадавшего}}. Показать записи.',
  'statistics.figure.pair': '{name}, {value}',
  'statistics.figure.totals':
    'Учтено: {count, plural, one {# инцидент} few {# инцидента} many {# инцидентов} other {# инцидента}}; разных пострадавших: {value}.',
  'statistics.figure.basis':
    'Всего в хранилище {count, plural, one {# инцидент} few {# инцидента} many {# инцидентов} other {# инцидента}}; период и фильтры выбирают из них.',
  'statistics.figure.undated':
    '{count, plural, one {# инцидент без даты не показан} few {# инцидента без даты не показаны} many {# инцидентов без даты не показаны} other {# инцидента без даты не показаны}} на оси времени; таблица их учитывает.',
  'statistics.figure.scroll': 'График шире страницы: прокрутите его вбок.',

  'statistics.people.linkRun':
    'Разные пострадавшие — люди после связывания записей, расчёт {seq}: записи, связанные в одного человека, учитываются один раз.',
  'statistics.people.records':
    'Разные пострадавшие — записи о людях: связывание не сохранено, поэтому две записи об одном человеке учитываются дважды.',
  'statistics.note.documented':
    'Это число задокументированных инцидентов, а не всех, что произошли.',
  'statistics.note.victims':
    'Разные пострадавшие: люди, названные пострадавшими в учтённых инцидентах, каждый один раз в каждом числе; инциденты без известного пострадавшего их не добавляют.',
  'statistics.note.multiValued':
    'У инцидента может быть несколько значений признака «{name}». Он учитывается под каждым из них, поэтому числа строки или столбца могут в сумме превышать итог; итоги считают каждый инцидент один раз.',
  'statistics.note.unknown': '«Неизвестно» — инциденты, в записях которых это не указано.',
  'statistics.note.none':
    '«Не записано» — инциденты, по которым не записано ни одного вмешательства с итогом.',

  'statistics.display.title': 'Показать как',
  'statistics.display.bars': 'Столбцы',
  'statistics.display.map': 'Карта',
  'statistics.map.legend': '{name} в регионе',
  'statistics.map.noData': 'Ничего не задокументировано',
  'statistics.map.zero': 'Ноль',
  'statistics.map.unknown': 'Регион неизвестен',
  'statistics.map.notOnMap': '{name} (нет на карте)',
  'statistics.note.map':
    'В серых регионах в этом хранилище для этого выбора ничего не задокументировано; это не значит, что там ничего не происходило.',

  'statistics.legend.title': '{name} в клетке',
  'statistics.legend.between': '{value}–{count}',
  'statistics.legend.zero': 'Нет',

  'statistics.table.title': 'Таблица, по которой построен график',
  'statistics.table.total': 'Итого',

  'statistics.export.title': 'Скачать',
  'statistics.export.png': 'Изображение PNG',
  'statistics.export.svg': 'Рисунок SVG',
  'statistics.export.csv': 'Таблица CSV',
  'statistics.export.hint': 'Создаётся в этом браузере; ничего никуда не отправляется.',
  'statistics.export.failed': 'Этот браузер не смог создать изображение. Попробуйте рисунок SVG.',

  'statistics.behind.title': 'Записи за числом: {name}',
  'statistics.behind.all': 'все учтённые инциденты',
  'statistics.behind.count':
    '{count, plural, one {# инцидент} few {# инцидента} many {# инцидентов} other {# инцидента}}',
  'statistics.behind.cannotOpen': 'Эту запись здесь открыть нельзя.',
  'statistics.behind.close': 'Закрыть',
  'statistics.behind.list': 'Записи',

  'statistics.empty.title': 'Инцидентов пока нет',
  'statistics.empty.body':
    'Статистика считает записи об инцидентах этого хранилища, а их пока нет. Добавьте инциденты в записях хранилища или создайте хранилище с вымышленными демонстрационными данными из командной строки (vigil demo), чтобы посмотреть, как работает страница.',
  'statistics.empty.add': 'К записям хранилища',
  'statistics.empty.filtered': 'Ни один инцидент не подходит под этот период и эти фильтры.',

  ...publishRu,
};
