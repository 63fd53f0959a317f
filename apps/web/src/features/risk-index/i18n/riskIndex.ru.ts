import type { riskIndexEn } from './riskIndex.en';

// Russian messages of the torture-risk index pages (keys and placeholders as riskIndex.en.ts).
export const riskIndexRu: Record<keyof typeof riskIndexEn, string> = {
  'riskIndex.nav': 'Индекс риска',
  'riskIndex.title': 'Индекс риска пыток',
  'riskIndex.intro':
    'Насколько задокументированные данные указывают на риск пыток и жестокого обращения и насколько слабы гарантии — по стране, региону или учреждению: семь опор по Глобальному индексу пыток ОМСТ, от 0 (наименьший риск) до 1, каждая оценка с 95-процентным интервалом.',
  'riskIndex.tabs': 'Разделы индекса риска',
  'riskIndex.tab.index': 'Индекс',
  'riskIndex.tab.methodology': 'Методика',
  'riskIndex.level.country': 'Страны',
  'riskIndex.level.region': 'Регионы',
  'riskIndex.level.facility': 'Учреждения',
  'riskIndex.missing': 'нет данных',

  'riskIndex.controls.title': 'Уровень и период',
  'riskIndex.controls.level': 'Сравнивать',
  'riskIndex.controls.from': 'С',
  'riskIndex.controls.to': 'По',
  'riskIndex.controls.apply': 'Применить',
  'riskIndex.controls.allDates': 'Все даты',
  'riskIndex.controls.badDay': 'Введите дату в виде ГГГГ-ММ-ДД, например 2024-05-01.',
  'riskIndex.controls.reversed': 'Конец периода раньше его начала.',

  'riskIndex.summary':
    'Методика {version}, {level}, записи с {from} по {to}, {draws} прогонов Монте-Карло, зерно {seed}.',
  'riskIndex.notPrevalence':
    'Это задокументированные случаи, а не распространённость: там, где мониторинг невозможен, случаев документируется мало, и единица может выглядеть лучше, чем на самом деле. Приводите оценку вместе с интервалом и охватом, место — с его интервалом.',
  'riskIndex.empty.title': 'За этот период оценивать нечего',
  'riskIndex.empty.body':
    'Ни одна запись хранилища и ни одна экспертная оценка не относится к единице этого уровня за период. Выберите другой уровень или период либо добавьте записи.',

  'riskIndex.scores.title': 'Оценки',
  'riskIndex.scores.how':
    'Столбцы — оценка по наблюдаемым данным; линии — её 95-процентный интервал; № — место (1 — наибольший риск). Заштрихованная полоса — единица без оценки: данных по ней слишком мало. Выберите единицу, чтобы увидеть её опоры.',
  'riskIndex.chart.title': 'Оценки единиц с 95-процентными интервалами',
  'riskIndex.chart.row': '{name}: оценка {score}, 95-процентный интервал {interval}, место {rank}',
  'riskIndex.chart.noScore': '{name}: оценки нет, слишком мало данных',
  'riskIndex.chart.missing': 'оценки нет: слишком мало данных',
  'riskIndex.table.caption': 'Оценки, места и оценки опор по единицам',
  'riskIndex.table.unit': 'Единица',
  'riskIndex.table.score': 'Оценка',
  'riskIndex.table.interval': '95-процентный интервал',
  'riskIndex.table.rank': 'Место',
  'riskIndex.table.rankInterval': 'Интервал места',
  'riskIndex.table.coverage': 'Охват',
  'riskIndex.table.noPillar': 'Эта опора на данном уровне не оценивается',

  'riskIndex.detail.score':
    'Оценка {score} (95-процентный интервал {interval}); данные есть для {coverage} веса опор.',
  'riskIndex.detail.noScore':
    'Оценки нет: данные есть лишь для {coverage} веса опор, а нужно не меньше половины. Отсутствующие данные не считаются нулём.',
  'riskIndex.detail.pillar': '{score} ({interval}), охват {coverage}',
  'riskIndex.detail.pillarMissing': 'нет данных: охват {coverage}',
  'riskIndex.detail.indicator': 'Показатель',
  'riskIndex.detail.value': 'Значение',
  'riskIndex.detail.risk': 'Риск (0–1)',
  'riskIndex.detail.source': 'Источник',
  'riskIndex.detail.noData': 'Нет данных по этой единице за период.',
  'riskIndex.detail.share': '{part} из {count}',
  'riskIndex.detail.count':
    '{count, plural, one {учтена #} few {учтено #} many {учтено #} other {учтено #}}',
  'riskIndex.detail.expert':
    'Экспертная оценка за {from} – {to}, уверенность: {confidence}. Обоснование (хранится открытым текстом):',
  'riskIndex.detail.showRecords':
    'Показать {count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}',
  'riskIndex.detail.hideRecords':
    'Скрыть {count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}',
  'riskIndex.detail.more': 'и ещё {count}',
  'riskIndex.detail.cannotOpen': 'Эту запись здесь открыть нельзя.',
  'riskIndex.detail.close': 'Закрыть',
  'riskIndex.raw.share': '{value}',
  'riskIndex.raw.rate': '{value} на 100 задержаний',
  'riskIndex.raw.perYear': '{value} в год',
  'riskIndex.raw.scale': '{value} из {max}',

  'riskIndex.sensitivity.title': 'Что влияет на оценки',
  'riskIndex.sensitivity.how':
    'Для каждого показателя: насколько в среднем меняются оценки, если его исключить (столбец), насколько меняются места и его корреляция r с оценкой. Данные показателей вверху списка стоит проверять особенно внимательно; отрицательная r тянет против остального индекса.',
  'riskIndex.sensitivity.chart': 'Влияние каждого показателя на оценки',
  'riskIndex.sensitivity.row':
    '{name}: оценки меняются в среднем на {score}, места — на {shift}, по {count, plural, one {# единице} few {# единицам} many {# единицам} other {# единицам}}',
  'riskIndex.sensitivity.rank': 'место ±{shift}',
  'riskIndex.sensitivity.noUnits': 'не с чем сравнить',
  'riskIndex.warnings.title': 'Предупреждения и примечания',
  'riskIndex.warnings.english': 'Как их формулирует расчёт индекса, на английском языке.',

  'riskIndex.expert.title': 'Экспертные оценки',
  'riskIndex.expert.intro':
    'Оценки законов и практики, которых не видно из записей, — каждая для единицы и периода, с обоснованием и уверенностью (низкая и средняя расширяют интервал).',
  'riskIndex.expert.none': 'На этом уровне экспертных оценок пока нет.',
  'riskIndex.expert.period': 'Период',
  'riskIndex.expert.actions': 'Действия',
  'riskIndex.expert.formTitle': 'Ввести экспертную оценку',
  'riskIndex.expert.field.indicator': 'Показатель',
  'riskIndex.expert.field.unit': 'Единица',
  'riskIndex.expert.field.from': 'Период с',
  'riskIndex.expert.field.to': 'Период по',
  'riskIndex.expert.field.value': 'Оценка',
  'riskIndex.expert.field.confidence': 'Уверенность',
  'riskIndex.expert.field.evidence': 'Обоснование',
  'riskIndex.expert.choose': 'Выберите…',
  'riskIndex.expert.plaintext':
    'Хранится открытым текстом: сервер может его прочитать. Ссылайтесь только на законы, решения и публичные доклады; никогда не называйте пострадавших, свидетелей или источники. Не более {max} знаков.',
  'riskIndex.expert.invalid': 'Проверьте поле «{field}».',
  'riskIndex.expert.save': 'Сохранить',
  'riskIndex.expert.saved': 'Сохранено: {name} для {unit} (версия {version}).',
  'riskIndex.expert.delete': 'Удалить',
  'riskIndex.expert.deleteTitle': 'Удалить эту экспертную оценку?',
  'riskIndex.expert.deleteBody':
    '{name} для {unit} больше не будет учитываться в индексе. Она останется в истории хранилища.',
  'riskIndex.confidence.low': 'низкая',
  'riskIndex.confidence.medium': 'средняя',
  'riskIndex.confidence.high': 'высокая',

  'riskIndex.methodology.title': 'Методика индекса риска',
  'riskIndex.methodology.intro':
    'Как строится индекс, версия {version}: документ, поставляемый с этой версией Vigil (на английском языке).',
  'riskIndex.methodology.definitions': 'Определения показателей',
  'riskIndex.methodology.inEnglish': 'Определения приведены на английском языке.',

  'riskIndex.pillar.political-commitment': 'Политическая приверженность борьбе с пытками',
  'riskIndex.pillar.institutional-violence': 'Полицейское и институциональное насилие',
  'riskIndex.pillar.deprivation-of-liberty': 'Защита от пыток в местах лишения свободы',
  'riskIndex.pillar.impunity': 'Преодоление безнаказанности',
  'riskIndex.pillar.victims-rights': 'Права пострадавших',
  'riskIndex.pillar.protection-for-all': 'Защита для всех (группы риска)',
  'riskIndex.pillar.civic-space': 'Право на правозащитную деятельность и гражданское пространство',

  'riskIndex.indicator.torture-definition':
    'Уголовная ответственность за пытки по определению ст. 1 Конвенции против пыток',
  'riskIndex.indicator.mechanisms-outside':
    'Международные механизмы против пыток, вне которых находится государство',
  'riskIndex.indicator.official-endorsement':
    'Должностные лица отрицают, оправдывают или поощряют жестокое обращение',
  'riskIndex.indicator.incident-rate': 'Задокументированные случаи на 100 задержаний в год',
  'riskIndex.indicator.severe-methods-share': 'Доля случаев с применением тяжёлых методов',
  'riskIndex.indicator.isolation-share': 'Доля случаев с применением изоляции',
  'riskIndex.indicator.incommunicado-share': 'Доля задержаний без связи с внешним миром',
  'riskIndex.indicator.deaths-in-custody': 'Задокументированные смерти под стражей в год',
  'riskIndex.indicator.monitoring-access': 'Доступ независимого мониторинга (ФПКПП, НПМ, ОНК)',
  'riskIndex.indicator.no-investigation-share': 'Доля жалоб без расследования',
  'riskIndex.indicator.prosecution-share': 'Доля жалоб, приведших к обвинению должностных лиц',
  'riskIndex.indicator.amnesty-impunity': 'Амнистии и законы, обеспечивающие безнаказанность',
  'riskIndex.indicator.redress-share': 'Доля пострадавших, получивших возмещение',
  'riskIndex.indicator.complainant-pressure-share':
    'Доля заявителей, которых принуждали отозвать жалобу',
  'riskIndex.indicator.at-risk-share': 'Доля пострадавших из групп риска',
  'riskIndex.indicator.discriminatory-laws': 'Законы, направленные против групп риска',
  'riskIndex.indicator.defender-reprisals': 'Преследования правозащитников и адвокатов в год',
  'riskIndex.indicator.civic-space-laws':
    'Законы, ограничивающие гражданское пространство, и их применение',
};
