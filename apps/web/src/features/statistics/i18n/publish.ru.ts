import type { publishEn } from './publish.en';

// Русские сообщения окна публикации открытой статистики; те же ключи и параметры, что в publish.en.ts.
export const publishRu: Record<keyof typeof publishEn, string> = {
  'statistics.publish.open': 'Опубликовать открытую статистику…',
  'statistics.publish.title': 'Публикация открытой статистики',
  'statistics.publish.explain':
    'Публикуются только сводные числа задокументированных инцидентов: никаких имён, никакого свободного текста, ничего из отдельной записи. Каждое число относится не менее чем к {threshold} инцидентам и не менее чем к {threshold} людям; меньшие категории объединяются в «другое», а некоторые клетки двумерных таблиц скрываются — с доказательством, что их нельзя вычислить из итогов. Сайт (страница, её таблица стилей и CSV-файл на каждую таблицу) собирается в этом браузере и скачивается ZIP-файлом; в интернет он попадёт, только если вы сами его туда выложите.',
  'statistics.publish.k': 'Наименьшая группа (k)',
  'statistics.publish.kHint': 'От 2 до 100. Чем больше k, тем меньше видно и тем надёжнее защита.',
  'statistics.publish.kProblem': 'Введите целое число от 2 до 100.',
  'statistics.publish.periodHint':
    'Оба поля пустые — все даты. Если период задан, инциденты без даты не учитываются.',
  'statistics.publish.lang': 'Язык сайта',
  'statistics.publish.siteTitle': 'Заголовок сайта',
  'statistics.publish.titleProblem': 'Введите заголовок не длиннее 200 символов.',
  'statistics.publish.prepare': 'Показать, что будет опубликовано',
  'statistics.publish.loading': 'Сервер вычисляет таблицы…',

  'statistics.publish.preview': 'Что будет опубликовано',
  'statistics.publish.summary':
    '{count, plural, one {# задокументированный инцидент} few {# задокументированных инцидента} many {# задокументированных инцидентов} other {# задокументированного инцидента}}; период: {period}; k = {threshold}.',
  'statistics.publish.allDates': 'все даты',
  'statistics.publish.tables': 'Таблицы',
  'statistics.publish.table.one': 'Инциденты по признаку «{name}»',
  'statistics.publish.table.two': 'Инциденты по признакам «{name}» и «{value}»',
  'statistics.publish.categories':
    '{count, plural, one {# категория} few {# категории} many {# категорий} other {# категории}}',
  'statistics.publish.merged':
    '{count, plural, one {# малая категория объединена в «другое»} few {# малые категории объединены в «другое»} many {# малых категорий объединены в «другое»} other {# малой категории объединены в «другое»}}',
  'statistics.publish.cells':
    '{count, plural, one {# клетка} few {# клетки} many {# клеток} other {# клетки}}',
  'statistics.publish.suppressed':
    '{count, plural, one {# скрыта, доказано, что её нельзя вычислить} few {# скрыты, доказано, что их нельзя вычислить} many {# скрыто, доказано, что их нельзя вычислить} other {# скрыто, доказано, что их нельзя вычислить}}',
  'statistics.publish.hidden':
    '{count, plural, one {# категория меньше {threshold} не показана} few {# категории меньше {threshold} не показаны} many {# категорий меньше {threshold} не показаны} other {# категории меньше {threshold} не показаны}}',
  'statistics.publish.withheld': 'Не опубликовано',
  'statistics.publish.withheldNone': 'Все таблицы можно опубликовать.',
  'statistics.publish.withheldItem': '{name}: {reason}',
  'statistics.publish.everything': 'Всё',
  'statistics.publish.why.tooFew': 'в периоде меньше {threshold} инцидентов или людей',
  'statistics.publish.why.margin': 'чтобы защитить малые клетки, пришлось бы скрыть итог',
  'statistics.publish.why.audit': 'проверка нашла малую клетку, которую можно вычислить',
  'statistics.publish.files': 'В ZIP-файле: {name}',
  'statistics.publish.download': 'Скачать ZIP-файл',
  'statistics.publish.downloaded':
    'Файл {name} скачан. Просмотрите его, затем выложите там, где сочтёте нужным.',
  'statistics.publish.failed': 'Этот браузер не смог создать ZIP-файл.',
  'statistics.publish.change': 'Изменить настройки',
  'statistics.publish.close': 'Закрыть',
  'statistics.publish.nothing.title': 'Пока нечего публиковать',
  'statistics.publish.nothing.body':
    'Для открытой статистики нужно не менее {threshold} инцидентов с не менее чем {threshold} людьми за период, в категориях не меньше этого: при меньших числах цифра может указать на конкретного человека. Задокументируйте больше инцидентов или выберите более длинный период.',
};
