import { ENUM_LABELS } from '@vigil/core';
import { enumMessages } from '../../../app/i18n/enumMessages';
import type { monitoringEn } from './monitoring.en';

// Українські повідомлення про місця позбавлення волі у сховищі; ті самі ключі й параметри, що в monitoring.en.ts.
export const monitoringUk: Record<keyof typeof monitoringEn, string> = {
  'monitoring.vault.label': 'Сховище',
  'monitoring.vault.none':
    'Ви не є учасником жодного сховища, тож тут немає чого показати з ваших даних.',
  'monitoring.vault.toVaults': 'До ваших сховищ',

  'monitoring.facility.title': 'У вашому сховищі',
  'monitoring.facility.intro':
    'Що кажуть про це місце записи сховища. Це бачать лише учасники сховища; кожне число відкриває записи, з яких його пораховано.',
  'monitoring.facility.unknown': 'Установи немає в реєстрі',
  'monitoring.facility.merged':
    'Тут враховано й записи {count, plural, one {# установи, об’єднаної} few {# установ, об’єднаних} many {# установ, об’єднаних} other {# установи, об’єднаної}} з цією.',

  'monitoring.filter.title': 'Період',
  'monitoring.filter.from': 'З',
  'monitoring.filter.to': 'По',
  'monitoring.filter.bucket': 'Рахувати за',
  'monitoring.filter.apply': 'Застосувати',
  'monitoring.filter.clear': 'Усі дати',
  'monitoring.filter.badDay': 'Введіть день у вигляді РРРР-ММ-ДД, наприклад 2024-05-01.',
  'monitoring.filter.reversed': 'Кінець періоду раніше за його початок.',
  'monitoring.bucket.month': 'Місяцями',
  'monitoring.bucket.quarter': 'Кварталами',
  'monitoring.bucket.year': 'Роками',
  'monitoring.period.quarter': '{quarter} кв. {year}',
  'monitoring.period.undated': 'Без дати',
  'monitoring.span.between': '{day} – {value}',
  'monitoring.span.since': 'з {day}',
  'monitoring.span.until': 'до {day}',
  'monitoring.unit.squareMetres': '{value} м²',

  'monitoring.indicators.title': 'Показники умов тримання',
  'monitoring.indicators.intro':
    'Графік для кожного показника, що має дані. Період без даних — пропуск, а не нуль. Виберіть точку (або відкрийте таблицю), щоб побачити записи за нею.',
  'monitoring.indicators.empty':
    'Жоден показник тут ще не має значення. Внесіть інциденти, затримання або звіти моніторингу щодо цієї установи.',
  'monitoring.indicators.chartLabel': '{name} у часі',
  'monitoring.indicators.latest':
    'Останнє: {value} ({period}), за {count, plural, one {# спостереженням} few {# спостереженнями} many {# спостереженнями} other {# спостереження}}',
  'monitoring.indicators.onlyUndated': 'Лише записи без дати.',
  'monitoring.indicators.point':
    '{name}, {period}: {value}, за {count, plural, one {# спостереженням} few {# спостереженнями} many {# спостереженнями} other {# спостереження}}',
  'monitoring.indicators.how': 'Як рахується:',
  'monitoring.indicators.worseLower': 'Що менше, то гірше.',
  'monitoring.indicators.table': 'Значення таблицею',
  'monitoring.indicators.showRecords':
    'Показати {count, plural, one {# запис} few {# записи} many {# записів} other {# запису}}',
  'monitoring.indicators.openIncidents': 'Відкрити ці інциденти у списку записів',
  'monitoring.indicators.noRecords': 'Немає записів для списку',
  'monitoring.col.period': 'Період',
  'monitoring.col.value': 'Значення',
  'monitoring.col.basis': 'Спостережень',
  'monitoring.col.records': 'Записи',
  'monitoring.source.records': 'Джерело: записи сховища.',
  'monitoring.source.reports': 'Джерело: звіти моніторингу.',
  'monitoring.source.records and reports': 'Джерело: записи сховища та звіти моніторингу.',

  ...enumMessages('monitoring.indicator', ENUM_LABELS.uk.indicator),
  ...enumMessages('monitoring.method', ENUM_LABELS.uk.indicatorMethod),

  'monitoring.behind.title': '{name}, {period}: {value}',
  'monitoring.behind.basis':
    'Пораховано за {count, plural, one {# спостереженням} few {# спостереженнями} many {# спостереженнями} other {# спостереження}}.',
  'monitoring.behind.listed.share': 'У списку: записи, де в доступі чи зв’язку відмовили.',
  'monitoring.behind.listed.other': 'У списку: записи, які враховано.',
  'monitoring.behind.more':
    'Ще {count, plural, one {# запис враховано} few {# записи враховано} many {# записів враховано} other {# запису враховано}}, але не показано.',
  'monitoring.behind.close': 'Закрити',
  'monitoring.pager.label': 'Сторінки: {name}',
  'monitoring.pager.previous': 'Назад',
  'monitoring.pager.next': 'Далі',
  'monitoring.pager.position': '{first}–{last} з {count}',

  'monitoring.incidents.title': 'Інциденти',
  'monitoring.incidents.empty': 'У сховищі немає інцидентів у цій установі за цей період.',
  'monitoring.incidents.total':
    'Зафіксовано {count, plural, one {# інцидент} few {# інциденти} many {# інцидентів} other {# інциденту}}, різних постраждалих: {value}.',
  'monitoring.incidents.byPeriod': 'За періодами',
  'monitoring.incidents.byMethod': 'За методами',
  'monitoring.incidents.bar':
    '{period}: {count, plural, one {# інцидент} few {# інциденти} many {# інцидентів} other {# інциденту}}, постраждалих: {value}. Відкрити.',
  'monitoring.incidents.methodBar':
    '{name}: {count, plural, one {# інцидент} few {# інциденти} many {# інцидентів} other {# інциденту}}. Відкрити.',
  'monitoring.incidents.undated':
    '{count, plural, one {# інцидент не має дати і не показаний} few {# інциденти не мають дати і не показані} many {# інцидентів не мають дати і не показані} other {# інциденту не мають дати і не показані}} на графіку.',
  'monitoring.incidents.noMethods': 'Для цих інцидентів методи насильства не вказано.',

  'monitoring.transfers.title': 'Етапування',
  'monitoring.transfers.empty':
    'Жодне затримання тут не фіксує переведення з іншої установи чи до іншої.',
  'monitoring.transfers.inbound': 'Переведені сюди з',
  'monitoring.transfers.outbound': 'Переведені звідси до',
  'monitoring.transfers.none': 'Не зафіксовано.',
  'monitoring.transfers.people':
    '{count, plural, one {# затримання} few {# затримання} many {# затримань} other {# затримання}}',
  'monitoring.transfers.mapLabel': 'Переведення до {name} і звідти на мапі',
  'monitoring.transfers.unplaced':
    '{count, plural, one {# установа не має координат і не показана} few {# установи не мають координат і не показані} many {# установ не мають координат і не показані} other {# установи не мають координат і не показані}} на мапі.',

  'monitoring.people.title': 'Хто тут утримується',
  'monitoring.people.intro':
    'Імена відкриваються на цьому пристрої, лише для показаної сторінки. Кожен рядок — затримання.',
  'monitoring.people.now': 'Зараз ({count})',
  'monitoring.people.before': 'Раніше ({count})',
  'monitoring.people.noneNow': 'Ніхто не значиться утримуваним тут зараз.',
  'monitoring.people.noneBefore': 'Раніших затримань тут не зафіксовано.',
  'monitoring.people.noPerson': 'Людину не вказано',
  'monitoring.people.cannotOpen': 'Не вдається відкрити',
  'monitoring.col.person': 'Людина',
  'monitoring.col.held': 'Строк',
  'monitoring.col.from': 'Переведено з',
  'monitoring.col.to': 'Переведено до',

  'monitoring.reports.title': 'Звіти моніторингу',
  'monitoring.reports.new': 'Новий звіт моніторингу',
  'monitoring.reports.empty': 'Немає звітів моніторингу цієї установи за цей період.',
  'monitoring.reports.item': 'Звіт, {period}',
  'monitoring.reports.noMethods': 'Методи не вказано',
  'monitoring.reports.findings':
    '{count, plural, one {# висновок} few {# висновки} many {# висновків} other {# висновку}}',

  'monitoring.findings.title': 'Висновки та їх виконання',
  'monitoring.findings.empty': 'Щодо цієї установи ще немає висновків звітів моніторингу.',
  'monitoring.findings.history':
    'Відкрийте висновок, щоб побачити його текст та історію виконання (кожна зміна — версія).',
  'monitoring.findings.checked': 'перевірено {day}',

  'monitoring.map.register': 'Реєстр',
  'monitoring.map.vault': 'У вашому сховищі: {name}',
  'monitoring.map.legendTitle': '{name} ({value})',
  'monitoring.map.noData': 'Немає даних',
  'monitoring.map.noDataNote':
    'Сірі точки: у сховищі немає врахованих тут записів, а це не те саме, що відомий нуль.',
  'monitoring.map.between': '{value}–{count}',
  'monitoring.map.orMore': '{value} і більше',

  'monitoring.alerts.nav': 'Тривоги',
  'monitoring.alerts.badge':
    '{count, plural, one {# тривога} few {# тривоги} many {# тривог} other {# тривоги}}',
  'monitoring.alerts.title': 'Тривоги',
  'monitoring.alerts.intro':
    'Люди, яких тримають без зв’язку із зовнішнім світом, люди, переведені в невідоме місце, і скупчення інцидентів в одній установі. Обчислюються з кодованих даних; імена відкриваються на цьому пристрої.',
  'monitoring.alerts.on':
    '{count, plural, one {# тривога} few {# тривоги} many {# тривог} other {# тривоги}} на {day}.',
  'monitoring.alerts.empty': 'Немає тривог на {day}',
  'monitoring.alerts.emptyBody':
    'У цьому сховищі ніхто не утримується без зв’язку довше за задану кількість днів, не переведений у невідоме місце, і немає установ зі скупченням інцидентів.',
  'monitoring.alerts.kind.incommunicado': 'Без зв’язку із зовнішнім світом ({count})',
  'monitoring.alerts.kind.unknown-transfer': 'Переведені в невідоме місце ({count})',
  'monitoring.alerts.kind.incident-cluster': 'Скупчення інцидентів ({count})',
  'monitoring.alerts.explain.incommunicado':
    'Затримання, що тривають, де місце перебування або доступ до захисника кажуть, що з людиною неможливо зв’язатися, {count, plural, one {# день} few {# дні} many {# днів} other {# дня}} і довше.',
  'monitoring.alerts.explain.unknown-transfer':
    'Затримання, що закінчилися без зазначеного місця переведення, людини, яка досі затримана або зникла, без пізніших затримань.',
  'monitoring.alerts.explain.incident-cluster':
    '{count, plural, one {# інцидент} few {# інциденти} many {# інцидентів} other {# інциденту}} і більше в одній установі за останні {window} дн.',
  'monitoring.alerts.incommunicadoText':
    'без зв’язку {count, plural, one {# день} few {# дні} many {# днів} other {# дня}}, з {day}',
  'monitoring.alerts.unknownTransferText':
    'переведено в невідоме місце {day}, {count, plural, one {# день} few {# дні} many {# днів} other {# дня}} тому',
  'monitoring.alerts.clusterText':
    '{count, plural, one {# інцидент} few {# інциденти} many {# інцидентів} other {# інциденту}} з {day} по {value}',
  'monitoring.alerts.heldAt': 'Місце утримання:',
  'monitoring.alerts.lastAt': 'Останнє відоме місце:',
  'monitoring.alerts.unknownFacility': 'установу не вказано',
  'monitoring.alerts.detention': 'запис про затримання',
  'monitoring.alerts.openIncidents': 'Відкрити ці інциденти',

  'monitoring.settings.title': 'Коли здіймаються тривоги',
  'monitoring.settings.intro':
    'Для всіх учасників сховища. Змінити можуть власники та адміністратори.',
  'monitoring.settings.incommunicadoDays': 'Днів без зв’язку',
  'monitoring.settings.incommunicadoDaysHint': 'Від 1 до 365.',
  'monitoring.settings.clusterWindowDays': 'Вікно для скупчень, днів',
  'monitoring.settings.clusterWindowDaysHint': 'Від 1 до 365.',
  'monitoring.settings.clusterThreshold': 'Інцидентів у скупченні',
  'monitoring.settings.clusterThresholdHint': 'Від 2 до 10 000.',
  'monitoring.settings.save': 'Зберегти налаштування',
  'monitoring.settings.saved': 'Збережено. Тривоги відповідають новим налаштуванням.',
  'monitoring.settings.invalid': 'Деякі значення не є цілими числами в допустимих межах.',
  'monitoring.settings.readOnly':
    'Тривога здіймається після {count, plural, one {# дня} few {# днів} many {# днів} other {# дня}} без зв’язку і за {threshold} інцидентів за {window} дн. Змінити можуть власники та адміністратори.',

  'monitoring.path.title': 'Шлях місцями позбавлення волі',
  'monitoring.path.empty': 'Жодне затримання цієї людини не вказує установу.',
  'monitoring.path.transferOnly': 'вказано як місце переведення',
  'monitoring.path.mapLabel': 'Шлях на мапі, зупинок: {count}',
  'monitoring.path.unplaced':
    '{count, plural, one {# затримання не вказує установу і не входить} few {# затримання не вказують установу і не входять} many {# затримань не вказують установу і не входять} other {# затримання не вказують установу і не входять}} у шлях.',

  'form.facility.hint':
    'Введіть назву або інше ім’я будь-яким алфавітом («ИК-6», «IK6», «Мелехово»); у списку видно тип установи та регіон.',
  'form.facility.loading': 'Завантаження реєстру…',
  'form.facility.failed': 'Не вдалося завантажити реєстр.',
  'form.facility.empty': 'Реєстр порожній: спершу додайте установу.',
};
