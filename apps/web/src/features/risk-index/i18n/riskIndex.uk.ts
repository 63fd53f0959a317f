import type { riskIndexEn } from './riskIndex.en';

// Українські повідомлення сторінок індексу ризику катувань (ключі й параметри як у riskIndex.en.ts).
export const riskIndexUk: Record<keyof typeof riskIndexEn, string> = {
  'riskIndex.nav': 'Індекс ризику',
  'riskIndex.title': 'Індекс ризику катувань',
  'riskIndex.intro':
    'Наскільки задокументовані дані вказують на ризик катувань і жорстокого поводження та наскільки слабкі гарантії — за країною, регіоном або установою: сім опор за Глобальним індексом катувань ОМСТ, від 0 (найменший ризик) до 1, кожна оцінка з 95-відсотковим інтервалом.',
  'riskIndex.tabs': 'Розділи індексу ризику',
  'riskIndex.tab.index': 'Індекс',
  'riskIndex.tab.methodology': 'Методика',
  'riskIndex.level.country': 'Країни',
  'riskIndex.level.region': 'Регіони',
  'riskIndex.level.facility': 'Установи',
  'riskIndex.missing': 'немає даних',

  'riskIndex.controls.title': 'Рівень і період',
  'riskIndex.controls.level': 'Порівнювати',
  'riskIndex.controls.from': 'З',
  'riskIndex.controls.to': 'По',
  'riskIndex.controls.apply': 'Застосувати',
  'riskIndex.controls.allDates': 'Усі дати',
  'riskIndex.controls.badDay': 'Введіть дату у форматі РРРР-ММ-ДД, наприклад 2024-05-01.',
  'riskIndex.controls.reversed': 'Кінець періоду раніше за його початок.',

  'riskIndex.summary':
    'Методика {version}, {level}, записи з {from} по {to}, {draws} прогонів Монте-Карло, зерно {seed}.',
  'riskIndex.notPrevalence':
    'Це задокументовані випадки, а не поширеність: там, де моніторинг неможливий, випадків документують мало, і одиниця може виглядати кращою, ніж насправді. Наводьте оцінку разом з інтервалом і охопленням, місце — з його інтервалом.',
  'riskIndex.empty.title': 'За цей період оцінювати нічого',
  'riskIndex.empty.body':
    'Жоден запис сховища і жодна експертна оцінка не стосується одиниці цього рівня за період. Оберіть інший рівень чи період або додайте записи.',

  'riskIndex.scores.title': 'Оцінки',
  'riskIndex.scores.how':
    'Стовпці — оцінка за спостережуваними даними; лінії — її 95-відсотковий інтервал; № — місце (1 — найбільший ризик). Заштрихована смуга — одиниця без оцінки: даних щодо неї замало. Оберіть одиницю, щоб побачити її опори.',
  'riskIndex.chart.title': 'Оцінки одиниць з 95-відсотковими інтервалами',
  'riskIndex.chart.row': '{name}: оцінка {score}, 95-відсотковий інтервал {interval}, місце {rank}',
  'riskIndex.chart.noScore': '{name}: оцінки немає, замало даних',
  'riskIndex.chart.missing': 'оцінки немає: замало даних',
  'riskIndex.table.caption': 'Оцінки, місця та оцінки опор за одиницями',
  'riskIndex.table.unit': 'Одиниця',
  'riskIndex.table.score': 'Оцінка',
  'riskIndex.table.interval': '95-відсотковий інтервал',
  'riskIndex.table.rank': 'Місце',
  'riskIndex.table.rankInterval': 'Інтервал місця',
  'riskIndex.table.coverage': 'Охоплення',
  'riskIndex.table.noPillar': 'Ця опора на цьому рівні не оцінюється',

  'riskIndex.detail.score':
    'Оцінка {score} (95-відсотковий інтервал {interval}); дані є для {coverage} ваги опор.',
  'riskIndex.detail.noScore':
    'Оцінки немає: дані є лише для {coverage} ваги опор, а потрібно щонайменше половину. Відсутні дані не вважаються нулем.',
  'riskIndex.detail.pillar': '{score} ({interval}), охоплення {coverage}',
  'riskIndex.detail.pillarMissing': 'немає даних: охоплення {coverage}',
  'riskIndex.detail.indicator': 'Показник',
  'riskIndex.detail.value': 'Значення',
  'riskIndex.detail.risk': 'Ризик (0–1)',
  'riskIndex.detail.source': 'Джерело',
  'riskIndex.detail.noData': 'Немає даних щодо цієї одиниці за період.',
  'riskIndex.detail.share': '{part} з {count}',
  'riskIndex.detail.count':
    '{count, plural, one {враховано #} few {враховано #} many {враховано #} other {враховано #}}',
  'riskIndex.detail.expert':
    'Експертна оцінка за {from} – {to}, впевненість: {confidence}. Обґрунтування (зберігається відкритим текстом):',
  'riskIndex.detail.showRecords':
    'Показати {count, plural, one {# запис} few {# записи} many {# записів} other {# записи}}',
  'riskIndex.detail.hideRecords':
    'Сховати {count, plural, one {# запис} few {# записи} many {# записів} other {# записи}}',
  'riskIndex.detail.more': 'і ще {count}',
  'riskIndex.detail.cannotOpen': 'Цей запис тут відкрити не можна.',
  'riskIndex.detail.close': 'Закрити',
  'riskIndex.raw.share': '{value}',
  'riskIndex.raw.rate': '{value} на 100 затримань',
  'riskIndex.raw.perYear': '{value} на рік',
  'riskIndex.raw.scale': '{value} з {max}',

  'riskIndex.sensitivity.title': 'Що впливає на оцінки',
  'riskIndex.sensitivity.how':
    'Для кожного показника: наскільки в середньому змінюються оцінки, якщо його виключити (стовпець), наскільки змінюються місця та його кореляція r з оцінкою. Дані показників угорі списку варто перевіряти особливо уважно; від’ємна r тягне проти решти індексу.',
  'riskIndex.sensitivity.chart': 'Вплив кожного показника на оцінки',
  'riskIndex.sensitivity.row':
    '{name}: оцінки змінюються в середньому на {score}, місця — на {shift}, за {count, plural, one {# одиницею} few {# одиницями} many {# одиницями} other {# одиницями}}',
  'riskIndex.sensitivity.rank': 'місце ±{shift}',
  'riskIndex.sensitivity.noUnits': 'немає з чим порівняти',
  'riskIndex.warnings.title': 'Попередження та примітки',
  'riskIndex.warnings.english': 'Як їх формулює розрахунок індексу, англійською мовою.',

  'riskIndex.expert.title': 'Експертні оцінки',
  'riskIndex.expert.intro':
    'Оцінки законів і практики, яких не видно із записів, — кожна для одиниці та періоду, з обґрунтуванням і впевненістю (низька й середня розширюють інтервал).',
  'riskIndex.expert.none': 'На цьому рівні експертних оцінок поки немає.',
  'riskIndex.expert.period': 'Період',
  'riskIndex.expert.actions': 'Дії',
  'riskIndex.expert.formTitle': 'Ввести експертну оцінку',
  'riskIndex.expert.field.indicator': 'Показник',
  'riskIndex.expert.field.unit': 'Одиниця',
  'riskIndex.expert.field.from': 'Період з',
  'riskIndex.expert.field.to': 'Період по',
  'riskIndex.expert.field.value': 'Оцінка',
  'riskIndex.expert.field.confidence': 'Впевненість',
  'riskIndex.expert.field.evidence': 'Обґрунтування',
  'riskIndex.expert.choose': 'Оберіть…',
  'riskIndex.expert.plaintext':
    'Зберігається відкритим текстом: сервер може його прочитати. Посилайтеся лише на закони, рішення та публічні доповіді; ніколи не називайте постраждалих, свідків чи джерела. Не більше {max} знаків.',
  'riskIndex.expert.invalid': 'Перевірте поле «{field}».',
  'riskIndex.expert.save': 'Зберегти',
  'riskIndex.expert.saved': 'Збережено: {name} для {unit} (версія {version}).',
  'riskIndex.expert.delete': 'Видалити',
  'riskIndex.expert.deleteTitle': 'Видалити цю експертну оцінку?',
  'riskIndex.expert.deleteBody':
    '{name} для {unit} більше не враховуватиметься в індексі. Вона залишиться в історії сховища.',
  'riskIndex.confidence.low': 'низька',
  'riskIndex.confidence.medium': 'середня',
  'riskIndex.confidence.high': 'висока',

  'riskIndex.methodology.title': 'Методика індексу ризику',
  'riskIndex.methodology.intro':
    'Як будується індекс, версія {version}: документ, що постачається з цією версією Vigil (англійською мовою).',
  'riskIndex.methodology.definitions': 'Визначення показників',
  'riskIndex.methodology.inEnglish': 'Визначення наведено англійською мовою.',

  'riskIndex.pillar.political-commitment': 'Політична прихильність боротьбі з катуваннями',
  'riskIndex.pillar.institutional-violence': 'Поліцейське та інституційне насильство',
  'riskIndex.pillar.deprivation-of-liberty': 'Захист від катувань у місцях позбавлення волі',
  'riskIndex.pillar.impunity': 'Подолання безкарності',
  'riskIndex.pillar.victims-rights': 'Права постраждалих',
  'riskIndex.pillar.protection-for-all': 'Захист для всіх (групи ризику)',
  'riskIndex.pillar.civic-space': 'Право на правозахисну діяльність і громадянський простір',

  'riskIndex.indicator.torture-definition':
    'Кримінальна відповідальність за катування за визначенням ст. 1 Конвенції проти катувань',
  'riskIndex.indicator.mechanisms-outside':
    'Міжнародні механізми проти катувань, поза якими перебуває держава',
  'riskIndex.indicator.official-endorsement':
    'Посадовці заперечують, виправдовують або заохочують жорстоке поводження',
  'riskIndex.indicator.incident-rate': 'Задокументовані випадки на 100 затримань на рік',
  'riskIndex.indicator.severe-methods-share': 'Частка випадків із застосуванням тяжких методів',
  'riskIndex.indicator.isolation-share': 'Частка випадків із застосуванням ізоляції',
  'riskIndex.indicator.incommunicado-share': 'Частка затримань без зв’язку із зовнішнім світом',
  'riskIndex.indicator.deaths-in-custody': 'Задокументовані смерті під вартою на рік',
  'riskIndex.indicator.monitoring-access':
    'Доступ незалежного моніторингу (ФПКПК, НПМ, громадські наглядові комісії)',
  'riskIndex.indicator.no-investigation-share': 'Частка скарг без розслідування',
  'riskIndex.indicator.prosecution-share': 'Частка скарг, що призвели до обвинувачення посадовців',
  'riskIndex.indicator.amnesty-impunity': 'Амністії та закони, що забезпечують безкарність',
  'riskIndex.indicator.redress-share': 'Частка постраждалих, які отримали відшкодування',
  'riskIndex.indicator.complainant-pressure-share':
    'Частка скаржників, яких примушували відкликати скаргу',
  'riskIndex.indicator.at-risk-share': 'Частка постраждалих із груп ризику',
  'riskIndex.indicator.discriminatory-laws': 'Закони, спрямовані проти груп ризику',
  'riskIndex.indicator.defender-reprisals': 'Переслідування правозахисників і адвокатів на рік',
  'riskIndex.indicator.civic-space-laws':
    'Закони, що обмежують громадянський простір, і їх застосування',
};
