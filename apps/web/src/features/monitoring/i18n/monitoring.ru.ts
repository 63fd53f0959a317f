import { ENUM_LABELS } from '@vigil/core';
import { enumMessages } from '../../../app/i18n/enumMessages';
import type { monitoringEn } from './monitoring.en';

// Русские сообщения о местах заключения в хранилище; те же ключи и параметры, что в monitoring.en.ts.
export const monitoringRu: Record<keyof typeof monitoringEn, string> = {
  'monitoring.vault.label': 'Хранилище',
  'monitoring.vault.none':
    'Вы не состоите ни в одном хранилище, поэтому здесь нечего показать из ваших данных.',
  'monitoring.vault.toVaults': 'К вашим хранилищам',

  'monitoring.facility.title': 'В вашем хранилище',
  'monitoring.facility.intro':
    'Что говорят об этом месте записи хранилища. Это видят только участники хранилища; каждое число открывает записи, из которых оно посчитано.',
  'monitoring.facility.unknown': 'Учреждения нет в реестре',
  'monitoring.facility.merged':
    'Здесь учтены и записи {count, plural, one {# учреждения, объединённого} few {# учреждений, объединённых} many {# учреждений, объединённых} other {# учреждения, объединённого}} с этим.',

  'monitoring.filter.title': 'Период',
  'monitoring.filter.from': 'С',
  'monitoring.filter.to': 'По',
  'monitoring.filter.bucket': 'Считать по',
  'monitoring.filter.apply': 'Применить',
  'monitoring.filter.clear': 'Все даты',
  'monitoring.filter.badDay': 'Введите день в виде ГГГГ-ММ-ДД, например 2024-05-01.',
  'monitoring.filter.reversed': 'Конец периода раньше его начала.',
  'monitoring.bucket.month': 'Месяцам',
  'monitoring.bucket.quarter': 'Кварталам',
  'monitoring.bucket.year': 'Годам',
  'monitoring.period.quarter': '{quarter} кв. {year}',
  'monitoring.period.undated': 'Без даты',
  'monitoring.span.between': '{day} – {value}',
  'monitoring.span.since': 'с {day}',
  'monitoring.span.until': 'до {day}',
  'monitoring.unit.squareMetres': '{value} м²',

  'monitoring.indicators.title': 'Показатели условий содержания',
  'monitoring.indicators.intro':
    'По графику на каждый показатель, у которого есть данные. Период без данных — пропуск, а не ноль. Выберите точку (или откройте таблицу), чтобы увидеть записи, стоящие за ней.',
  'monitoring.indicators.empty':
    'Ни у одного показателя здесь пока нет значения. Внесите инциденты, задержания или отчёты о мониторинге по этому учреждению.',
  'monitoring.indicators.chartLabel': '{name} во времени',
  'monitoring.indicators.latest':
    'Последнее: {value} ({period}), по {count, plural, one {# наблюдению} few {# наблюдениям} many {# наблюдениям} other {# наблюдения}}',
  'monitoring.indicators.onlyUndated': 'Только записи без даты.',
  'monitoring.indicators.point':
    '{name}, {period}: {value}, по {count, plural, one {# наблюдению} few {# наблюдениям} many {# наблюдениям} other {# наблюдения}}',
  'monitoring.indicators.how': 'Как считается:',
  'monitoring.indicators.worseLower': 'Чем меньше, тем хуже.',
  'monitoring.indicators.table': 'Значения таблицей',
  'monitoring.indicators.showRecords':
    'Показать {count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}',
  'monitoring.indicators.openIncidents': 'Открыть эти инциденты в списке записей',
  'monitoring.indicators.noRecords': 'Нет записей для списка',
  'monitoring.col.period': 'Период',
  'monitoring.col.value': 'Значение',
  'monitoring.col.basis': 'Наблюдений',
  'monitoring.col.records': 'Записи',
  'monitoring.source.records': 'Источник: записи хранилища.',
  'monitoring.source.reports': 'Источник: отчёты о мониторинге.',
  'monitoring.source.records and reports': 'Источник: записи хранилища и отчёты о мониторинге.',

  ...enumMessages('monitoring.indicator', ENUM_LABELS.ru.indicator),
  ...enumMessages('monitoring.method', ENUM_LABELS.ru.indicatorMethod),

  'monitoring.behind.title': '{name}, {period}: {value}',
  'monitoring.behind.basis':
    'Посчитано по {count, plural, one {# наблюдению} few {# наблюдениям} many {# наблюдениям} other {# наблюдения}}.',
  'monitoring.behind.listed.share': 'В списке: записи, где в доступе или связи отказали.',
  'monitoring.behind.listed.other': 'В списке: записи, которые учтены.',
  'monitoring.behind.more':
    'Ещё {count, plural, one {# запись учтена} few {# записи учтены} many {# записей учтены} other {# записи учтены}}, но не показаны.',
  'monitoring.behind.close': 'Закрыть',
  'monitoring.pager.label': 'Страницы: {name}',
  'monitoring.pager.previous': 'Назад',
  'monitoring.pager.next': 'Дальше',
  'monitoring.pager.position': '{first}–{last} из {count}',

  'monitoring.incidents.title': 'Инциденты',
  'monitoring.incidents.empty': 'В хранилище нет инцидентов в этом учреждении за этот период.',
  'monitoring.incidents.total':
    'Зафиксировано {count, plural, one {# инцидент} few {# инцидента} many {# инцидентов} other {# инцидента}}, разных пострадавших: {value}.',
  'monitoring.incidents.byPeriod': 'По периодам',
  'monitoring.incidents.byMethod': 'По методам',
  'monitoring.incidents.bar':
    '{period}: {count, plural, one {# инцидент} few {# инцидента} many {# инцидентов} other {# инцидента}}, пострадавших: {value}. Открыть.',
  'monitoring.incidents.methodBar':
    '{name}: {count, plural, one {# инцидент} few {# инцидента} many {# инцидентов} other {# инцидента}}. Открыть.',
  'monitoring.incidents.undated':
    '{count, plural, one {# инцидент не имеет даты и не показан} few {# инцидента не имеют даты и не показаны} many {# инцидентов не имеют даты и не показаны} other {# инцидента не имеют даты и не показаны}} на графике.',
  'monitoring.incidents.noMethods': 'Для этих инцидентов методы насилия не указаны.',

  'monitoring.transfers.title': 'Этапирование',
  'monitoring.transfers.empty':
    'Ни одно задержание здесь не фиксирует перевод из другого учреждения или в другое.',
  'monitoring.transfers.inbound': 'Переведены сюда из',
  'monitoring.transfers.outbound': 'Переведены отсюда в',
  'monitoring.transfers.none': 'Не зафиксировано.',
  'monitoring.transfers.people':
    '{count, plural, one {# задержание} few {# задержания} many {# задержаний} other {# задержания}}',
  'monitoring.transfers.mapLabel': 'Переводы в {name} и оттуда на карте',
  'monitoring.transfers.unplaced':
    '{count, plural, one {У # учреждения нет координат, оно не показано} few {У # учреждений нет координат, они не показаны} many {У # учреждений нет координат, они не показаны} other {У # учреждения нет координат, оно не показано}} на карте.',

  'monitoring.people.title': 'Кто здесь содержится',
  'monitoring.people.intro':
    'Имена открываются на этом устройстве, только для показанной страницы. Каждая строка — задержание.',
  'monitoring.people.now': 'Сейчас ({count})',
  'monitoring.people.before': 'Раньше ({count})',
  'monitoring.people.noneNow': 'Никто не числится содержащимся здесь сейчас.',
  'monitoring.people.noneBefore': 'Более ранних задержаний здесь не зафиксировано.',
  'monitoring.people.noPerson': 'Человек не указан',
  'monitoring.people.cannotOpen': 'Не удаётся открыть',
  'monitoring.col.person': 'Человек',
  'monitoring.col.held': 'Срок',
  'monitoring.col.from': 'Переведён из',
  'monitoring.col.to': 'Переведён в',

  'monitoring.reports.title': 'Отчёты о мониторинге',
  'monitoring.reports.new': 'Новый отчёт о мониторинге',
  'monitoring.reports.empty': 'Нет отчётов о мониторинге этого учреждения за этот период.',
  'monitoring.reports.item': 'Отчёт, {period}',
  'monitoring.reports.noMethods': 'Методы не указаны',
  'monitoring.reports.findings':
    '{count, plural, one {# вывод} few {# вывода} many {# выводов} other {# вывода}}',

  'monitoring.findings.title': 'Выводы и их выполнение',
  'monitoring.findings.empty': 'По этому учреждению пока нет выводов отчётов о мониторинге.',
  'monitoring.findings.history':
    'Откройте вывод, чтобы увидеть его текст и историю выполнения (каждое изменение — версия).',
  'monitoring.findings.checked': 'проверено {day}',

  'monitoring.map.register': 'Реестр',
  'monitoring.map.vault': 'В вашем хранилище: {name}',
  'monitoring.map.legendTitle': '{name} ({value})',
  'monitoring.map.noData': 'Нет данных',
  'monitoring.map.noDataNote':
    'Серые точки: в хранилище нет учтённых здесь записей, а это не то же, что известный ноль.',
  'monitoring.map.between': '{value}–{count}',
  'monitoring.map.orMore': '{value} и больше',

  'monitoring.alerts.nav': 'Тревоги',
  'monitoring.alerts.badge':
    '{count, plural, one {# тревога} few {# тревоги} many {# тревог} other {# тревоги}}',
  'monitoring.alerts.title': 'Тревоги',
  'monitoring.alerts.intro':
    'Люди, которых держат без связи с внешним миром, люди, переведённые в неизвестное место, и скопления инцидентов в одном учреждении. Вычисляются по кодированным данным; имена открываются на этом устройстве.',
  'monitoring.alerts.on':
    '{count, plural, one {# тревога} few {# тревоги} many {# тревог} other {# тревоги}} на {day}.',
  'monitoring.alerts.empty': 'Нет тревог на {day}',
  'monitoring.alerts.emptyBody':
    'В этом хранилище никто не содержится без связи дольше заданного числа дней, не переведён в неизвестное место и нет учреждений со скоплением инцидентов.',
  'monitoring.alerts.kind.incommunicado': 'Без связи с внешним миром ({count})',
  'monitoring.alerts.kind.unknown-transfer': 'Переведены в неизвестное место ({count})',
  'monitoring.alerts.kind.incident-cluster': 'Скопления инцидентов ({count})',
  'monitoring.alerts.explain.incommunicado':
    'Продолжающиеся задержания, где местонахождение или доступ к защитнику говорят, что с человеком невозможно связаться, {count, plural, one {# день} few {# дня} many {# дней} other {# дня}} и дольше.',
  'monitoring.alerts.explain.unknown-transfer':
    'Задержания, закончившиеся без указанного места перевода, человека, который всё ещё задержан или пропал, без более поздних задержаний.',
  'monitoring.alerts.explain.incident-cluster':
    '{count, plural, one {# инцидент} few {# инцидента} many {# инцидентов} other {# инцидента}} и больше в одном учреждении за последние {window} дн.',
  'monitoring.alerts.incommunicadoText':
    'без связи {count, plural, one {# день} few {# дня} many {# дней} other {# дня}}, с {day}',
  'monitoring.alerts.unknownTransferText':
    'переведён в неизвестное место {day}, {count, plural, one {# день} few {# дня} many {# дней} other {# дня}} назад',
  'monitoring.alerts.clusterText':
    '{count, plural, one {# инцидент} few {# инцидента} many {# инцидентов} other {# инцидента}} с {day} по {value}',
  'monitoring.alerts.heldAt': 'Место содержания:',
  'monitoring.alerts.lastAt': 'Последнее известное место:',
  'monitoring.alerts.unknownFacility': 'учреждение не указано',
  'monitoring.alerts.detention': 'запись о задержании',
  'monitoring.alerts.openIncidents': 'Открыть эти инциденты',

  'monitoring.settings.title': 'Когда поднимаются тревоги',
  'monitoring.settings.intro':
    'Для всех участников хранилища. Изменить могут владельцы и администраторы.',
  'monitoring.settings.incommunicadoDays': 'Дней без связи',
  'monitoring.settings.incommunicadoDaysHint': 'От 1 до 365.',
  'monitoring.settings.clusterWindowDays': 'Окно для скоплений, дней',
  'monitoring.settings.clusterWindowDaysHint': 'От 1 до 365.',
  'monitoring.settings.clusterThreshold': 'Инцидентов в скоплении',
  'monitoring.settings.clusterThresholdHint': 'От 2 до 10 000.',
  'monitoring.settings.save': 'Сохранить настройки',
  'monitoring.settings.saved': 'Сохранено. Тревоги следуют новым настройкам.',
  'monitoring.settings.invalid': 'Некоторые значения не целые числа в допустимых пределах.',
  'monitoring.settings.readOnly':
    'Тревога поднимается после {count, plural, one {# дня} few {# дней} many {# дней} other {# дня}} без связи и при {threshold} инцидентах за {window} дн. Изменить могут владельцы и администраторы.',

  'monitoring.path.title': 'Путь по местам заключения',
  'monitoring.path.empty': 'Ни одно задержание этого человека не указывает учреждение.',
  'monitoring.path.transferOnly': 'указано как место перевода',
  'monitoring.path.mapLabel': 'Путь на карте, остановок: {count}',
  'monitoring.path.unplaced':
    '{count, plural, one {# задержание не указывает учреждение и не входит} few {# задержания не указывают учреждение и не входят} many {# задержаний не указывают учреждение и не входят} other {# задержания не указывают учреждение и не входят}} в путь.',

  'form.facility.hint':
    'Введите название или другое имя на любом алфавите («ИК-6», «IK6», «Мелехово»); в списке видны тип учреждения и регион.',
  'form.facility.loading': 'Загрузка реестра…',
  'form.facility.failed': 'Не удалось загрузить реестр.',
  'form.facility.empty': 'Реестр пуст: сначала добавьте учреждение.',
};
