import type { evidenceEn } from './evidence.en';

// Same keys and ICU placeholders as evidence.en.ts.
export const evidenceUk: Record<keyof typeof evidenceEn, string> = {
  'records.tabs.label': 'Розділи запису',
  'records.tabs.details': 'Відомості',
  'records.tabs.evidence': 'Докази',

  'evidence.title': 'Докази',
  'evidence.intro':
    'Файли шифруються на цьому пристрої до завантаження. Кожен перегляд і кожне завантаження підписуються в ланцюжку зберігання файлу.',
  'evidence.emptyTitle': 'Доказів ще немає',
  'evidence.empty': 'Доказів ще немає — додайте фото, відео, аудіо або документ.',
  'evidence.col.file': 'Файл',
  'evidence.col.kind': 'Вид',
  'evidence.col.size': 'Розмір',
  'evidence.col.stored': 'Збережено',
  'evidence.col.sha256': 'SHA-256',
  'evidence.unnamed': 'Файл без назви',
  'evidence.notStored': 'Завантаження не завершено',
  'evidence.copyHash': 'Копіювати',
  'evidence.copyHashLabel': 'Скопіювати повний SHA-256',
  'evidence.copied': 'Скопійовано',
  'evidence.when': '{date, date, medium} {date, time, short}',
  'evidence.kind.photo': 'Фотографія',
  'evidence.kind.video': 'Відео',
  'evidence.kind.audio': 'Аудіозапис',
  'evidence.kind.document': 'Документ',
  'evidence.kind.medical-report': 'Медичний висновок',
  'evidence.kind.official-record': 'Офіційний документ',

  'evidence.upload.title': 'Додати доказ',
  'evidence.upload.drop': 'Перетягніть файл сюди або виберіть його нижче.',
  'evidence.upload.file': 'Файл',
  'evidence.upload.selected': '{name} · {size}',
  'evidence.upload.reading': 'Читаємо, що файл повідомляє про себе…',
  'evidence.upload.kind': 'Вид',
  'evidence.upload.kindHint':
    'Визначено за вмістом файлу. Змініть його для медичного висновку чи офіційного документа.',
  'evidence.upload.note': 'Примітка (необов’язково)',
  'evidence.upload.noteHint':
    'Шифрується разом із файлом. Зазначте, звідки він і хто його передав.',
  'evidence.upload.submit': 'Зашифрувати й завантажити',
  'evidence.upload.resume': 'Продовжити завантаження {name}',
  'evidence.upload.cancel': 'Скасувати завантаження',
  'evidence.upload.other': 'Вибрати інший файл',
  'evidence.upload.progressLabel': 'Перебіг завантаження',
  'evidence.upload.progress': '{percent}% — {done} з {total}',
  'evidence.upload.completing': 'Завершення: підписуємо прийняття…',
  'evidence.upload.done': 'Файл збережено, його прийняття підписано.',
  'evidence.upload.cancelled': 'Завантаження скасовано. Файл поки не збережено.',
  'evidence.upload.failed': 'Завантаження не вдалося. Файл не збережено; можна спробувати ще раз.',

  'evidence.preview.close': 'Закрити',
  'evidence.preview.loading': 'Розшифровуємо файл…',
  'evidence.preview.none': 'Такий файл тут не показується. Завантажте його, щоб відкрити.',
  'evidence.preview.tooLarge':
    'Файл завеликий, щоб показати його тут. Завантажте його, щоб відкрити.',
  'evidence.preview.failed': 'Не вдалося відкрити файл.',
  'evidence.preview.image': 'Зображення-доказ {name}',
  'evidence.preview.document': 'Документ-доказ {name}',
  'evidence.download': 'Завантажити',
  'evidence.download.failed': 'Завантаження файлу не вдалося.',

  'evidence.select.all': 'Вибрати всі файли, які можна запакувати',
  'evidence.select.item': 'Вибрати {name}',
  'evidence.package.open': 'Підготувати пакет для суду…',
  'evidence.package.selected':
    '{count, plural, one {Вибрано # файл} few {Вибрано # файли} many {Вибрано # файлів} other {Вибрано # файлу}}',
  'evidence.package.none': 'Спершу позначте в списку файли для пакета.',
  'evidence.package.title': 'Пакет для суду',
  'evidence.package.intro':
    'Один ZIP-файл, {count, plural, one {# файл} few {# файли} many {# файлів} other {# файлу}}: самі файли, маніфест з їхніми хешами SHA-256, підписаний ланцюжок зберігання кожного файлу з відкритими ключами тих, хто підписав, і звіт про зберігання (HTML і PDF). Будь-хто може перевірити його без мережі, без цього сервера й без пароля.',
  'evidence.package.contents': 'Файли в пакеті',
  'evidence.package.decrypted': 'Розшифровані файли (типово)',
  'evidence.package.decryptedHint':
    'Оригінали в тому вигляді, в якому їх завантажили; кожен звіряється з хешем, підписаним під час прийняття.',
  'evidence.package.encrypted': 'Зашифровані файли (без ключа)',
  'evidence.package.encryptedHint':
    'Для зберігання чи передавання: без ключа сховища файли ніхто не відкриє, але їхні хеші й ланцюжки зберігання все одно можна перевірити.',
  'evidence.package.custodyNote':
    'Створення пакета підписує від вашого імені подію «Експорт» у ланцюжку зберігання кожного файлу.',
  'evidence.package.tooLarge':
    'Разом ці файли завеликі для одного пакета (не більше 4 ГБ). Запакуйте їх кількома частинами.',
  'evidence.package.submit': 'Створити пакет',
  'evidence.package.retry': 'Спробувати ще раз',
  'evidence.package.close': 'Закрити',
  'evidence.package.cancel': 'Скасувати пакування',
  'evidence.package.progressLabel': 'Хід пакування',
  'evidence.package.progress': 'Запаковано файлів: {done} з {total}',
  'evidence.package.stopping': 'Зупиняємо…',
  'evidence.package.fileType': 'Пакет доказів (ZIP)',
  'evidence.package.done':
    'Пакет збережено: {count, plural, one {# файл} few {# файли} many {# файлів} other {# файлу}}. У ланцюжку зберігання кожного файлу тепер записано цей експорт.',
  'evidence.package.doneEncrypted':
    'Зашифрований пакет збережено: {count, plural, one {# файл} few {# файли} many {# файлів} other {# файлу}}, без ключа. У ланцюжку зберігання кожного файлу тепер записано цей експорт.',
  'evidence.package.verifyHint':
    'Будь-хто може перевірити його без мережі командою «vigil package verify»; report.html і report.pdf у ньому описують кожен файл і його зберігання.',
  'evidence.package.cancelled':
    'Пакування скасовано, пакет не збережено. У файлів, до яких воно встигло дійти, у ланцюжку зберігання може значитися експорт.',
  'evidence.package.failed':
    'Пакет створити не вдалося, нічого не збережено. У файлів, до яких пакування встигло дійти, у ланцюжку зберігання може значитися експорт.',
  'evidence.package.integrity':
    'Файл не збігається з хешем, підписаним під час прийняття, тому його не запаковано. Перевірте його ланцюжок зберігання.',

  'evidence.meta.title': 'Що файл повідомляє про себе',
  'evidence.meta.none': 'Більше файл нічого про себе не повідомляє.',
  'evidence.meta.mediaType': 'Тип (за вмістом)',
  'evidence.meta.size': 'Розмір',
  'evidence.meta.sha256': 'SHA-256',
  'evidence.meta.capturedAt': 'Знято',
  'evidence.meta.localTime': '{time} (годинник пристрою; часовий пояс невідомий)',
  'evidence.meta.gps': 'GPS-координати (широта, довгота)',
  'evidence.meta.altitude': 'Висота',
  'evidence.meta.metres': '{value} м',
  'evidence.meta.device': 'Пристрій',
  'evidence.meta.pixels': 'Розмір у пікселях',
  'evidence.meta.pages': 'Сторінок',
  'evidence.meta.duration': 'Тривалість',
  'evidence.meta.seconds': '{value} с',
  'evidence.meta.warnings': 'Не вдалося прочитати',
  'evidence.meta.note': 'Примітка',

  'evidence.custody.title': 'Ланцюжок зберігання',
  'evidence.custody.checking': 'Перевіряємо підписи…',
  'evidence.custody.verified': 'Ланцюжок зберігання підтверджено',
  'evidence.custody.verifiedHint':
    'Кожна подія підписана відомим ключем учасника й пов’язана з попередньою.',
  'evidence.custody.broken': 'Ланцюжок зберігання не підтверджено',
  'evidence.custody.col.action': 'Дія',
  'evidence.custody.col.when': 'Коли',
  'evidence.custody.col.who': 'Хто',
  'evidence.custody.unreadable': 'Нечитабельна подія',
  'evidence.custody.action.intake': 'Прийняття',
  'evidence.custody.action.view': 'Перегляд',
  'evidence.custody.action.download': 'Завантаження',
  'evidence.custody.action.copy': 'Копіювання',
  'evidence.custody.action.share': 'Передання',
  'evidence.custody.action.export': 'Експорт',
  'evidence.custody.action.derive': 'Створено робочу копію',
  'evidence.custody.problem.malformed': 'Подія {seq}: пошкоджена.',
  'evidence.custody.problem.wrong_item': 'Подія {seq}: стосується іншого файлу.',
  'evidence.custody.problem.bad_hash': 'Подія {seq}: геш не збігається із вмістом.',
  'evidence.custody.problem.bad_signature': 'Подія {seq}: підпис не проходить перевірку.',
  'evidence.custody.problem.unknown_signer':
    'Подія {seq}: підписана ключем, якого немає в жодного учасника.',
  'evidence.custody.problem.out_of_order': 'Подія {seq}: порушено порядок.',
  'evidence.custody.problem.broken_link': 'Подія {seq}: не пов’язана з попередньою подією.',
  'evidence.custody.problem.file_mismatch':
    'Подія {seq}: геш файлу відрізняється від підписаного під час прийняття.',
  'evidence.custody.problem.server_mismatch':
    'Подія {seq}: копія на сервері розходиться з підписаною подією.',
  'evidence.custody.problem.no_intake': 'У ланцюжку немає події прийняття.',
  'evidence.custody.problem.other': 'Подія {seq}: проблема, невідома цьому застосунку.',
};
