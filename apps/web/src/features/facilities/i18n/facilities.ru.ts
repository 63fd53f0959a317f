import { ENUM_LABELS } from '@vigil/core';
import { enumMessages } from '../../../app/i18n/enumMessages';
import type { facilitiesEn } from './facilities.en';

// Same keys and ICU placeholders as facilities.en.ts.
export const facilitiesRu: Record<keyof typeof facilitiesEn, string> = {
  'app.nav.facilities': 'Учреждения',

  'facilities.title': 'Места несвободы',
  'facilities.intro':
    'Реестр общий для всех хранилищ этого сервера и содержит только публичные сведения: никогда не записывайте сюда ничего о людях.',
  'facilities.sampleNote':
    'Стартовые данные: выборка задокументированных мест, а не полный реестр.',
  'facilities.readOnly':
    'Добавлять и изменять учреждения могут только владельцы, администраторы и документаторы хранилища.',
  'facilities.action.add': 'Добавить учреждение',
  'facilities.action.import': 'Импорт',
  'facilities.action.exportCsv': 'Экспорт CSV',
  'facilities.action.exportGeoJson': 'Экспорт GeoJSON',
  'facilities.action.map': 'Карта',
  'facilities.action.list': 'Список',
  'facilities.back': 'Все учреждения',

  'facilities.filter.title': 'Фильтр',
  'facilities.filter.region': 'Регион',
  'facilities.filter.type': 'Тип',
  'facilities.filter.text': 'Название или другое имя',
  'facilities.filter.textHint': 'На любом языке и в любой письменности: «IK-6» найдёт и «ИК-6».',
  'facilities.filter.any': 'Все',
  'facilities.filter.clear': 'Сбросить фильтры',
  'facilities.count':
    'Показано {count, plural, one {# учреждение} few {# учреждения} many {# учреждений} other {# учреждения}} из {value}',
  'facilities.empty.title': 'Учреждений пока нет',
  'facilities.empty.body':
    'Реестр пуст. Добавьте места, о которых говорит ваша документация, или импортируйте файл CSV или GeoJSON.',
  'facilities.noMatch.title': 'Ничего не найдено',
  'facilities.noMatch.body': 'В реестре нет учреждений, подходящих под эти фильтры.',

  'facilities.col.name': 'Название',
  'facilities.col.type': 'Тип',
  'facilities.col.authority': 'Ведомство',
  'facilities.col.region': 'Регион',
  'facilities.col.status': 'Статус сейчас',
  'facilities.sampleBadge': 'Выборка',
  'facilities.unnamed': 'Учреждение без названия',

  'facilities.country.RU': 'Россия',
  'facilities.country.UA': 'Украина',
  'facilities.control.occupied': 'оккупирован с {day}',
  'facilities.control.partly-occupied': 'частично оккупирован с {day}',
  'facilities.control.none': 'сегодня не оккупирован',

  ...enumMessages('facilities.type', ENUM_LABELS.ru.facilityType),

  ...enumMessages('facilities.authority', ENUM_LABELS.ru.authority),

  'facilities.unit.shizo': 'Штрафной изолятор (ШИЗО)',
  'facilities.unit.pkt': 'Помещение камерного типа (ПКТ)',
  'facilities.unit.epkt': 'Единое помещение камерного типа (ЕПКТ)',
  'facilities.unit.sus': 'Строгие условия содержания (СУС)',
  'facilities.unit.medical-unit': 'Медицинская часть',
  'facilities.unit.other': 'Другое подразделение',

  'facilities.status.operating': 'Действует',
  'facilities.status.closed': 'Закрыто',
  'facilities.status.repurposed': 'Перепрофилировано',
  'facilities.status.unknown': 'Неизвестно',
  'facilities.status.none': 'Не указан',

  'facilities.precision.building': 'здания',
  'facilities.precision.settlement': 'населённого пункта',
  'facilities.precision.region': 'только региона',

  'facilities.field.nameRu': 'Название по-русски',
  'facilities.field.nameEn': 'Название по-английски',
  'facilities.field.nameUk': 'Название по-украински',
  'facilities.field.names': 'Названия',
  'facilities.field.namesHint': 'Хотя бы одно; официальное название по-русски, если оно есть.',
  'facilities.field.aliases': 'Другие названия',
  'facilities.field.aliasesHint':
    'Как ещё называют это место, по одному в строке (например, «Мелехово», «IK-6»).',
  'facilities.field.type': 'Тип',
  'facilities.field.authority': 'Ведомство',
  'facilities.field.region': 'Регион',
  'facilities.field.coordinates': 'Координаты',
  'facilities.field.lat': 'Широта',
  'facilities.field.lon': 'Долгота',
  'facilities.field.precision': 'Точность до',
  'facilities.field.coordinatesHint':
    'Десятичные градусы, например 56.0075 и 41.0131. Оставьте оба поля пустыми, если место неизвестно.',
  'facilities.field.capacity': 'Вместимость',
  'facilities.field.capacityHint': 'Официальное число мест, если оно опубликовано.',
  'facilities.field.status': 'Периоды статуса',
  'facilities.field.statusHint':
    'Один статус в каждый момент. Пустое «с» — «с неизвестного времени», пустое «по» — «по сей день».',
  'facilities.field.from': 'С',
  'facilities.field.to': 'По',
  'facilities.field.units': 'Подразделения',
  'facilities.field.unitsHint': 'Части учреждения с более жёстким режимом (ШИЗО, ПКТ…).',
  'facilities.field.unitKind': 'Вид',
  'facilities.field.unitName': 'Название (необязательно)',
  'facilities.field.sources': 'Источники',
  'facilities.field.sourcesHint': 'Откуда эти сведения: доклад, решение суда, страница.',
  'facilities.field.sourceTitle': 'Название',
  'facilities.field.sourceUrl': 'Адрес (https://…)',
  'facilities.field.sourceAccessed': 'Дата обращения',
  'facilities.field.choose': 'Выберите…',
  'facilities.field.none': 'Нет',
  'facilities.form.addRow': 'Добавить',
  'facilities.form.removeRow': 'Удалить',
  'facilities.form.rowLabel': '{name} {count}',
  'facilities.form.newTitle': 'Добавить учреждение',
  'facilities.form.editTitle': 'Изменить учреждение',
  'facilities.form.save': 'Сохранить учреждение',
  'facilities.form.saving': 'Сохранение…',
  'facilities.form.cancel': 'Отмена',
  'facilities.form.notNumber': 'Введите число, например 56.0075.',
  'facilities.form.bothCoordinates': 'Укажите и широту, и долготу или ни то ни другое.',
  'facilities.form.required': 'Заполните это поле.',
  'facilities.form.nameRequired': 'Укажите название учреждения хотя бы на одном языке.',
  'facilities.form.overlap':
    'Этот период пересекается с другим: в каждый момент у учреждения один статус.',
  'facilities.form.endsBeforeStart': 'Период не может закончиться раньше, чем начался.',
  'facilities.form.badDay': 'Введите дату в виде ГГГГ-ММ-ДД, например 2024-05-01.',
  'facilities.form.badUrl': 'Введите веб-адрес, начинающийся с https:// или http://.',
  'facilities.form.outOfRange': 'Широта — от -90 до 90, долгота — от -180 до 180.',
  'facilities.form.notInteger': 'Введите целое число.',
  'facilities.form.problems':
    '{count, plural, one {# поле требует} few {# поля требуют} many {# полей требуют} other {# поля требуют}} внимания. Посмотрите сообщения рядом с ними.',
  'facilities.form.duplicateTitle': 'Возможно, это учреждение уже есть в реестре',
  'facilities.form.duplicateBody':
    'В реестре есть учреждение того же типа в том же регионе с похожим названием. Откройте его и проверьте или всё равно создайте это, если это разные места.',
  'facilities.form.openDuplicate': 'Открыть его',
  'facilities.form.createAnyway': 'Всё равно создать',
  'facilities.form.conflict':
    'Пока вы редактировали, кто-то изменил это учреждение. Ваши правки остались в форме: загрузите учреждение заново, чтобы увидеть чужие изменения, и внесите свои ещё раз.',
  'facilities.form.reload': 'Загрузить учреждение заново',
  'facilities.form.saved': 'Учреждение сохранено.',

  'facilities.page.notFound': 'По этому адресу учреждения нет.',
  'facilities.page.edit': 'Изменить',
  'facilities.page.merge': 'Объединить с…',
  'facilities.page.mergedInto': 'Это учреждение объединено с «{name}».',
  'facilities.page.mergedIntoLink': 'Открыть «{name}»',
  'facilities.page.names': 'Названия',
  'facilities.page.aliases': 'Другие названия',
  'facilities.page.type': 'Тип',
  'facilities.page.authority': 'Ведомство',
  'facilities.page.region': 'Регион',
  'facilities.page.coordinates': 'Координаты',
  'facilities.page.coordinatesValue': '{value} (с точностью до {reason})',
  'facilities.page.noCoordinates': 'Неизвестны',
  'facilities.page.capacity': 'Вместимость',
  'facilities.page.unknown': 'Неизвестно',
  'facilities.page.status': 'Статус',
  'facilities.page.period': '{name}: {reason}',
  'facilities.page.units': 'Подразделения',
  'facilities.page.sources': 'Источники',
  'facilities.page.accessed': 'дата обращения {day}',
  'facilities.page.none': 'Не указано',
  'facilities.page.updated': 'Версия {count}, изменено {date, date, medium}',
  'facilities.page.mapTitle': 'Место в регионе',
  'facilities.page.noPoint': 'Координат нет: регион показан без точки.',
  'facilities.period.since': 'с {day}',
  'facilities.period.until': 'по {day}',
  'facilities.period.between': '{day} – {value}',
  'facilities.period.always': 'даты не указаны',
  'facilities.lang.ru': 'Русский',
  'facilities.lang.en': 'Английский',
  'facilities.lang.uk': 'Украинский',

  'facilities.merge.title': 'Объединить с другим учреждением',
  'facilities.merge.intro':
    'Выберите учреждение того же региона и типа, которое дублирует это. Его названия станут там другими названиями, подразделения и источники добавятся, а ссылки на это учреждение будут вести туда.',
  'facilities.merge.target': 'Объединить с',
  'facilities.merge.none': 'В реестре нет другого учреждения этого типа в этом регионе.',
  'facilities.merge.confirmTitle': 'Объединить учреждения?',
  'facilities.merge.confirmBody':
    '«{name}» будет объединено с «{value}». В веб-приложении это нельзя отменить.',
  'facilities.merge.confirm': 'Объединить',
  'facilities.merge.done': 'Объединено. Это учреждение, которое осталось.',

  'facilities.import.title': 'Импорт учреждений',
  'facilities.import.intro':
    'Файл CSV с колонками экспорта или файл GeoJSON с точками. Ничего не сохраняется, пока вы не подтвердите импорт после проверки.',
  'facilities.import.file': 'Файл (.csv, .geojson, .json)',
  'facilities.import.check': 'Проверить файл',
  'facilities.import.fileProblem': 'Файл нельзя импортировать: {reason}',
  'facilities.import.fileProblems':
    'В файле {count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}, ничего не импортировано. Исправьте файл и выберите его снова.',
  'facilities.import.problemAt': '{name} {count}, {reason}',
  'facilities.import.row': 'Строка',
  'facilities.import.item': 'Учреждение',
  'facilities.import.feature': 'Объект',
  'facilities.import.policy': 'Учреждения, похожие на уже имеющиеся в реестре',
  'facilities.import.policy.refuse': 'Стоп: ничего не импортировать, пока есть возможные дубликаты',
  'facilities.import.policy.skip': 'Пропустить их и импортировать остальные',
  'facilities.import.policy.create': 'Всё равно создать их',
  'facilities.import.result':
    'Будет создано {count, plural, one {# учреждение} few {# учреждения} many {# учреждений} other {# учреждения}}.',
  'facilities.import.unchanged':
    '{count, plural, one {# учреждение уже есть} few {# учреждения уже есть} many {# учреждений уже есть} other {# учреждения уже есть}} в реестре и останутся как есть.',
  'facilities.import.skipped':
    'Будет пропущено: {count, plural, one {# возможный дубликат} few {# возможных дубликата} many {# возможных дубликатов} other {# возможного дубликата}}.',
  'facilities.import.duplicates':
    '{count, plural, one {# возможный дубликат} few {# возможных дубликата} many {# возможных дубликатов} other {# возможного дубликата}}',
  'facilities.import.duplicateItem': '{name} похоже на {value}',
  'facilities.import.duplicateRefused':
    'Пока есть возможные дубликаты и выбрано «Стоп», импортировать нельзя. Выберите «пропустить» или «создать».',
  'facilities.import.run': 'Импортировать',
  'facilities.import.done':
    'Импортировано: {count, plural, one {# учреждение} few {# учреждения} many {# учреждений} other {# учреждения}}.',
  'facilities.import.close': 'Закрыть',

  'facilities.map.title': 'Карта мест несвободы',
  'facilities.map.intro':
    'Нарисована на этом устройстве по контурам, поставляемым с Vigil: картографические данные ниоткуда не загружаются.',
  'facilities.map.loading': 'Загрузка контуров регионов…',
  'facilities.map.colourBy': 'Цвет по',
  'facilities.map.colourBy.type': 'Тип',
  'facilities.map.colourBy.authority': 'Ведомство',
  'facilities.map.colourBy.status': 'Статус сейчас',
  'facilities.map.colourBy.capacity': 'Вместимость',
  'facilities.map.legend': 'Легенда',
  'facilities.map.legendCount': '{name} ({count})',
  'facilities.map.noValue': 'Не указано',
  'facilities.map.capacityRange': '{value} мест и больше',
  'facilities.map.occupied': 'Оккупированный или частично оккупированный регион Украины (сегодня)',
  'facilities.map.zoomIn': 'Приблизить',
  'facilities.map.zoomOut': 'Отдалить',
  'facilities.map.reset': 'Показать всё',
  'facilities.map.label':
    'Карта России и Украины: {count, plural, one {# учреждение} few {# учреждения} many {# учреждений} other {# учреждения}}. Tab переходит между учреждениями, Enter открывает учреждение.',
  'facilities.map.point': '{name}: {reason}',
  'facilities.map.unplaced':
    'У {count, plural, one {# учреждения} few {# учреждений} many {# учреждений} other {# учреждения}} нет координат, {count, plural, one {оно не показано} few {они не показаны} many {они не показаны} other {они не показаны}} на карте.',
  'facilities.map.help':
    'Перетаскивайте, чтобы сдвинуть карту; колесо мыши или кнопки меняют масштаб. Tab переходит между учреждениями, Enter открывает учреждение.',
};
