import { publishUk } from './publish.uk';
import type { statisticsEn } from './statistics.en';

// Українські повідомлення сторінки статистики; ті самі ключі й параметри, що в statistics.en.ts.
export const statisticsUk: Record<keyof typeof statisticsEn, string> = {
  'statistics.nav': 'Статистика',
  'statistics.title': 'Статистика',
  'statistics.intro':
    'Інциденти, записані у сховищі, і люди, з якими вони сталися, пораховані за кодованими полями записів. Оберіть, за чим рахувати; кожне число відкриває записи, з яких воно отримане.',

  'statistics.controls.title': 'Що рахувати',
  'statistics.controls.rows': 'Рахувати за',
  'statistics.controls.columns': 'Потім за',
  'statistics.controls.none': 'Більше ні за чим',
  'statistics.controls.measure': 'Рахувати',
  'statistics.controls.swap': 'Поміняти місцями',
  'statistics.measure.incidents': 'Інциденти',
  'statistics.measure.victims': 'Різні постраждалі',
  'statistics.controls.rate': 'Показати як показник',
  'statistics.rate.none': 'Числа',
  'statistics.rate.capacity': 'на 1000 місць (місткість)',
  'statistics.rate.detentions': 'на 100 задокументованих затримань',
  'statistics.rate.hint':
    'Доступно там, де є знаменник: місткість — за установою, типом або регіоном; затримання — також за місяцями, кварталами й роками.',
  'statistics.rate.title': '{name} {unit}: {first}',
  'statistics.rate.denominator.capacity': 'Місця',
  'statistics.rate.denominator.detentions': 'Задокументовані затримання',
  'statistics.rate.missing': 'Установи без зазначеної місткості',
  'statistics.rate.denominatorIs': 'Знаменник: {name}.',
  'statistics.rate.missingNote':
    'Для {count} установ реєстру місткість не зазначено: вони не входять до знаменників.',
  'statistics.rate.noneNote': 'Немає знаменника (не показано на графіку): {name}.',
  'statistics.rate.noChart': 'Показники за двома ознаками — у таблиці нижче.',

  'statistics.period.title': 'Період',
  'statistics.period.from': 'З',
  'statistics.period.to': 'По',
  'statistics.period.apply': 'Застосувати',
  'statistics.period.clear': 'Усі дати',
  'statistics.period.badDay': 'Введіть день у вигляді РРРР-ММ-ДД, наприклад 2024-05-01.',
  'statistics.period.reversed': 'Кінець періоду раніше за його початок.',
  'statistics.period.undatedOut': 'Коли період обрано, інциденти без дати не враховуються.',
  'statistics.period.quarter': '{quarter} кв. {year}',

  'statistics.filter.title': 'Фільтри',
  'statistics.filter.dimension': 'Фільтрувати за',
  'statistics.filter.value': 'Значення',
  'statistics.filter.choose': 'Оберіть значення',
  'statistics.filter.add': 'Додати фільтр',
  'statistics.filter.none': 'Фільтрів немає: враховуються всі інциденти сховища.',
  'statistics.filter.hint':
    'Кілька значень одного виду — інциденти з будь-яким із них. Значення різних видів — інциденти з усіма одразу.',
  'statistics.filter.chip': '{name}: {value}',
  'statistics.filter.remove': 'Прибрати фільтр {name}',
  'statistics.filter.clearAll': 'Прибрати всі фільтри',
  'statistics.filter.noValues': 'У сховищі ще немає значень цього виду.',
  'statistics.filter.valueCount': '{name} ({count})',

  'statistics.dimension.month': 'Місяць',
  'statistics.dimension.quarter': 'Квартал',
  'statistics.dimension.year': 'Рік',
  'statistics.dimension.region': 'Регіон',
  'statistics.dimension.facility': 'Установа',
  'statistics.dimension.facility-type': 'Тип установи',
  'statistics.dimension.method': 'Метод насильства',
  'statistics.dimension.perpetrator-agency': 'Відомство виконавця',
  'statistics.dimension.act-type': 'Вид дії',
  'statistics.dimension.group': 'Група ризику',
  'statistics.dimension.sex': 'Стать постраждалої особи',
  'statistics.dimension.age-band': 'Вік постраждалої особи',
  'statistics.dimension.intervention-outcome': 'Підсумок втручань',
  'statistics.value.undated': 'Без дати',
  'statistics.value.unknown': 'Невідомо',
  'statistics.value.none': 'Не записано',

  'statistics.figure.one': '{name} за ознакою «{first}»',
  'statistics.figure.two': '{name} за ознаками «{first}» і «{last}»',
  'statistics.figure.incidents':
    '{name}: {count, plural, one {# інцидент} few {# інциденти} many {# інцидентів} other {# інциденту}}. Показати записи.',
  'statistics.figure.victims':
    '{name}: {count, plural, one {# постраждала особа} few {# постраждалі особи} many {# постраждалих осіб} other {# постраждалої особи}}. Показати записи.',
  'statistics.figure.pair': '{name}, {value}',
  'statistics.figure.totals':
    'Враховано: {count, plural, one {# інцидент} few {# інциденти} many {# інцидентів} other {# інциденту}}; різних постраждалих: {value}.',
  'statistics.figure.basis':
    'Усього у сховищі {count, plural, one {# інцидент} few {# інциденти} many {# інцидентів} other {# інциденту}}; період і фільтри обирають із них.',
  'statistics.figure.undated':
    '{count, plural, one {# інцидент без дати не показано} few {# інциденти без дати не показано} many {# інцидентів без дати не показано} other {# інциденту без дати не показано}} на осі часу; таблиця їх враховує.',
  'statistics.figure.scroll': 'Графік ширший за сторінку: прокрутіть його вбік.',

  'statistics.people.linkRun':
    'Різні постраждалі — люди після зв’язування записів, розрахунок {seq}: записи, зв’язані в одну особу, враховуються один раз.',
  'statistics.people.records':
    'Різні постраждалі — записи про людей: зв’язування не збережено, тож два записи про одну особу враховуються двічі.',
  'statistics.note.documented': 'Це кількість задокументованих інцидентів, а не всіх, що сталися.',
  'statistics.note.victims':
    'Різні постраждалі: люди, названі постраждалими в урахованих інцидентах, кожна особа один раз у кожному числі; інциденти без відомої постраждалої особи їх не додають.',
  'statistics.note.multiValued':
    'Інцидент може мати кілька значень ознаки «{name}». Він враховується під кожним із них, тому числа рядка чи стовпця можуть у сумі перевищувати підсумок; підсумки рахують кожен інцидент один раз.',
  'statistics.note.unknown': '«Невідомо» — інциденти, у записах яких це не зазначено.',
  'statistics.note.none':
    '«Не записано» — інциденти, щодо яких не записано жодного втручання з підсумком.',

  'statistics.display.title': 'Показати як',
  'statistics.display.bars': 'Стовпці',
  'statistics.display.map': 'Мапа',
  'statistics.map.legend': '{name} у регіоні',
  'statistics.map.noData': 'Нічого не задокументовано',
  'statistics.map.zero': 'Нуль',
  'statistics.map.unknown': 'Регіон невідомий',
  'statistics.map.notOnMap': '{name} (немає на мапі)',
  'statistics.note.map':
    'У сірих регіонах у цьому сховищі для цього вибору нічого не задокументовано; це не означає, що там нічого не сталося.',

  'statistics.legend.title': '{name} у клітинці',
  'statistics.legend.between': '{value}–{count}',
  'statistics.legend.zero': 'Немає',

  'statistics.table.title': 'Таблиця, за якою побудовано графік',
  'statistics.table.total': 'Разом',

  'statistics.export.title': 'Завантажити',
  'statistics.export.png': 'Зображення PNG',
  'statistics.export.svg': 'Малюнок SVG',
  'statistics.export.csv': 'Таблиця CSV',
  'statistics.export.hint': 'Створюється в цьому браузері; нічого нікуди не надсилається.',
  'statistics.export.failed': 'Цей браузер не зміг створити зображення. Спробуйте малюнок SVG.',

  'statistics.behind.title': 'Записи за числом: {name}',
  'statistics.behind.all': 'усі враховані інциденти',
  'statistics.behind.count':
    '{count, plural, one {# інцидент} few {# інциденти} many {# інцидентів} other {# інциденту}}',
  'statistics.behind.cannotOpen': 'Цей запис тут відкрити не можна.',
  'statistics.behind.close': 'Закрити',
  'statistics.behind.list': 'Записи',

  'statistics.empty.title': 'Інцидентів ще немає',
  'statistics.empty.body':
    'Статистика рахує записи про інциденти цього сховища, а їх ще немає. Додайте інциденти в записах сховища або створіть сховище з вигаданими демонстраційними даними з командного рядка (vigil demo), щоб подивитися, як працює сторінка.',
  'statistics.empty.add': 'До записів сховища',
  'statistics.empty.filtered': 'Жоден інцидент не відповідає цьому періоду й цим фільтрам.',

  ...publishUk,
};
