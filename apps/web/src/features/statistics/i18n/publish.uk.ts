import type { publishEn } from './publish.en';

// Українські повідомлення вікна публікації відкритої статистики; ті самі ключі й параметри, що в publish.en.ts.
export const publishUk: Record<keyof typeof publishEn, string> = {
  'statistics.publish.open': 'Опублікувати відкриту статистику…',
  'statistics.publish.title': 'Публікація відкритої статистики',
  'statistics.publish.explain':
    'Публікуються лише зведені числа задокументованих інцидентів: жодних імен, жодного вільного тексту, нічого з окремого запису. Кожне число стосується щонайменше {threshold} інцидентів і щонайменше {threshold} людей; менші категорії об’єднуються в «інше», а деякі клітинки двовимірних таблиць приховуються — з доказом, що їх не можна обчислити з підсумків. Сайт (сторінка, її таблиця стилів і CSV-файл на кожну таблицю) збирається в цьому браузері й завантажується ZIP-файлом; в інтернет він потрапить, лише якщо ви самі його туди викладете.',
  'statistics.publish.k': 'Найменша група (k)',
  'statistics.publish.kHint': 'Від 2 до 100. Що більше k, то менше видно й то надійніший захист.',
  'statistics.publish.kProblem': 'Введіть ціле число від 2 до 100.',
  'statistics.publish.periodHint':
    'Обидва поля порожні — усі дати. Якщо період задано, інциденти без дати не враховуються.',
  'statistics.publish.lang': 'Мова сайту',
  'statistics.publish.siteTitle': 'Заголовок сайту',
  'statistics.publish.titleProblem': 'Введіть заголовок не довший за 200 символів.',
  'statistics.publish.prepare': 'Показати, що буде опубліковано',
  'statistics.publish.loading': 'Сервер обчислює таблиці…',

  'statistics.publish.preview': 'Що буде опубліковано',
  'statistics.publish.summary':
    '{count, plural, one {# задокументований інцидент} few {# задокументовані інциденти} many {# задокументованих інцидентів} other {# задокументованого інциденту}}; період: {period}; k = {threshold}.',
  'statistics.publish.allDates': 'усі дати',
  'statistics.publish.tables': 'Таблиці',
  'statistics.publish.table.one': 'Інциденти за ознакою «{name}»',
  'statistics.publish.table.two': 'Інциденти за ознаками «{name}» і «{value}»',
  'statistics.publish.categories':
    '{count, plural, one {# категорія} few {# категорії} many {# категорій} other {# категорії}}',
  'statistics.publish.merged':
    '{count, plural, one {# малу категорію об’єднано в «інше»} few {# малі категорії об’єднано в «інше»} many {# малих категорій об’єднано в «інше»} other {# малої категорії об’єднано в «інше»}}',
  'statistics.publish.cells':
    '{count, plural, one {# клітинка} few {# клітинки} many {# клітинок} other {# клітинки}}',
  'statistics.publish.suppressed':
    '{count, plural, one {# приховано, доведено, що її не можна обчислити} few {# приховано, доведено, що їх не можна обчислити} many {# приховано, доведено, що їх не можна обчислити} other {# приховано, доведено, що їх не можна обчислити}}',
  'statistics.publish.hidden':
    '{count, plural, one {# категорію менше {threshold} не показано} few {# категорії менше {threshold} не показано} many {# категорій менше {threshold} не показано} other {# категорії менше {threshold} не показано}}',
  'statistics.publish.withheld': 'Не опубліковано',
  'statistics.publish.withheldNone': 'Усі таблиці можна опублікувати.',
  'statistics.publish.withheldItem': '{name}: {reason}',
  'statistics.publish.everything': 'Усе',
  'statistics.publish.why.tooFew': 'у періоді менше {threshold} інцидентів або людей',
  'statistics.publish.why.margin': 'щоб захистити малі клітинки, довелося б приховати підсумок',
  'statistics.publish.why.audit': 'перевірка знайшла малу клітинку, яку можна обчислити',
  'statistics.publish.files': 'У ZIP-файлі: {name}',
  'statistics.publish.download': 'Завантажити ZIP-файл',
  'statistics.publish.downloaded':
    'Файл {name} завантажено. Перегляньте його, потім викладіть там, де вважаєте за потрібне.',
  'statistics.publish.failed': 'Цей браузер не зміг створити ZIP-файл.',
  'statistics.publish.change': 'Змінити налаштування',
  'statistics.publish.close': 'Закрити',
  'statistics.publish.nothing.title': 'Поки що нічого публікувати',
  'statistics.publish.nothing.body':
    'Для відкритої статистики потрібно щонайменше {threshold} інцидентів зі щонайменше {threshold} людьми за період, у категоріях не менших за це: за менших чисел цифра може вказати на конкретну людину. Задокументуйте більше інцидентів або виберіть довший період.',
};
