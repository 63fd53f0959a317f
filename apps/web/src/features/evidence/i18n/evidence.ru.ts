import type { evidenceEn } from './evidence.en';

// Same keys and ICU placeholders as evidence.en.ts.
export const evidenceRu: Record<keyof typeof evidenceEn, string> = {
  'records.tabs.label': 'Разделы записи',
  'records.tabs.details': 'Сведения',
  'records.tabs.evidence': 'Доказательства',

  'evidence.title': 'Доказательства',
  'evidence.intro':
    'Файлы шифруются на этом устройстве до загрузки. Каждый просмотр и каждое скачивание подписываются в цепочке хранения файла.',
  'evidence.emptyTitle': 'Доказательств пока нет',
  'evidence.empty': 'Доказательств пока нет — добавьте фото, видео, аудио или документ.',
  'evidence.col.file': 'Файл',
  'evidence.col.kind': 'Вид',
  'evidence.col.size': 'Размер',
  'evidence.col.stored': 'Сохранён',
  'evidence.col.sha256': 'SHA-256',
  'evidence.unnamed': 'Файл без имени',
  'evidence.notStored': 'Загрузка не завершена',
  'evidence.copyHash': 'Копировать',
  'evidence.copyHashLabel': 'Скопировать полный SHA-256',
  'evidence.copied': 'Скопировано',
  'evidence.when': '{date, date, medium} {date, time, short}',
  'evidence.kind.photo': 'Фотография',
  'evidence.kind.video': 'Видео',
  'evidence.kind.audio': 'Аудиозапись',
  'evidence.kind.document': 'Документ',
  'evidence.kind.medical-report': 'Медицинское заключение',
  'evidence.kind.official-record': 'Официальный документ',

  'evidence.upload.title': 'Добавить доказательство',
  'evidence.upload.drop': 'Перетащите файл сюда или выберите его ниже.',
  'evidence.upload.file': 'Файл',
  'evidence.upload.selected': '{name} · {size}',
  'evidence.upload.reading': 'Читаем, что файл сообщает о себе…',
  'evidence.upload.kind': 'Вид',
  'evidence.upload.kindHint':
    'Определён по содержимому файла. Измените его для медицинского заключения или официального документа.',
  'evidence.upload.note': 'Примечание (необязательно)',
  'evidence.upload.noteHint': 'Шифруется вместе с файлом. Укажите, откуда он и кто его передал.',
  'evidence.upload.submit': 'Зашифровать и загрузить',
  'evidence.upload.resume': 'Продолжить загрузку {name}',
  'evidence.upload.cancel': 'Отменить загрузку',
  'evidence.upload.other': 'Выбрать другой файл',
  'evidence.upload.progressLabel': 'Ход загрузки',
  'evidence.upload.progress': '{percent}% — {done} из {total}',
  'evidence.upload.completing': 'Завершение: подписываем приём…',
  'evidence.upload.done': 'Файл сохранён, его приём подписан.',
  'evidence.upload.cancelled': 'Загрузка отменена. Файл пока не сохранён.',
  'evidence.upload.failed': 'Загрузка не удалась. Файл не сохранён; можно попробовать ещё раз.',

  'evidence.preview.close': 'Закрыть',
  'evidence.preview.loading': 'Расшифровываем файл…',
  'evidence.preview.none': 'Такой файл здесь не показывается. Скачайте его, чтобы открыть.',
  'evidence.preview.tooLarge':
    'Файл слишком большой, чтобы показать его здесь. Скачайте его, чтобы открыть.',
  'evidence.preview.failed': 'Не удалось открыть файл.',
  'evidence.preview.image': 'Изображение-доказательство {name}',
  'evidence.preview.document': 'Документ-доказательство {name}',
  'evidence.download': 'Скачать',
  'evidence.download.failed': 'Скачивание не удалось.',

  'evidence.select.all': 'Выбрать все файлы, которые можно упаковать',
  'evidence.select.item': 'Выбрать {name}',
  'evidence.package.open': 'Подготовить пакет для суда…',
  'evidence.package.selected':
    '{count, plural, one {Выбран # файл} few {Выбрано # файла} many {Выбрано # файлов} other {Выбрано # файла}}',
  'evidence.package.none': 'Сначала отметьте в списке файлы для пакета.',
  'evidence.package.title': 'Пакет для суда',
  'evidence.package.intro':
    'Один ZIP-файл, {count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}: сами файлы, манифест с их хешами SHA-256, подписанная цепочка хранения каждого файла с открытыми ключами подписавших и отчёт о хранении (HTML и PDF). Любой может проверить его без сети, без этого сервера и без пароля.',
  'evidence.package.contents': 'Файлы в пакете',
  'evidence.package.decrypted': 'Расшифрованные файлы (по умолчанию)',
  'evidence.package.decryptedHint':
    'Оригиналы в том виде, в каком их загрузили; каждый сверяется с хешем, подписанным при приёме.',
  'evidence.package.encrypted': 'Зашифрованные файлы (без ключа)',
  'evidence.package.encryptedHint':
    'Для хранения или передачи: без ключа хранилища файлы никто не откроет, но их хеши и цепочки хранения всё равно можно проверить.',
  'evidence.package.custodyNote':
    'Создание пакета подписывает от вашего имени событие «Экспорт» в цепочке хранения каждого файла.',
  'evidence.package.tooLarge':
    'Вместе эти файлы слишком велики для одного пакета (не больше 4 ГБ). Упакуйте их несколькими частями.',
  'evidence.package.submit': 'Создать пакет',
  'evidence.package.retry': 'Попробовать ещё раз',
  'evidence.package.close': 'Закрыть',
  'evidence.package.cancel': 'Отменить упаковку',
  'evidence.package.progressLabel': 'Ход упаковки',
  'evidence.package.progress': 'Упаковано файлов: {done} из {total}',
  'evidence.package.stopping': 'Останавливаем…',
  'evidence.package.fileType': 'Пакет доказательств (ZIP)',
  'evidence.package.done':
    'Пакет сохранён: {count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}. В цепочке хранения каждого файла теперь записан этот экспорт.',
  'evidence.package.doneEncrypted':
    'Зашифрованный пакет сохранён: {count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}, без ключа. В цепочке хранения каждого файла теперь записан этот экспорт.',
  'evidence.package.verifyHint':
    'Любой может проверить его без сети командой «vigil package verify»; report.html и report.pdf в нём описывают каждый файл и его хранение.',
  'evidence.package.cancelled':
    'Упаковка отменена, пакет не сохранён. У файлов, до которых она успела дойти, в цепочке хранения может значиться экспорт.',
  'evidence.package.failed':
    'Пакет создать не удалось, ничего не сохранено. У файлов, до которых упаковка успела дойти, в цепочке хранения может значиться экспорт.',
  'evidence.package.integrity':
    'Файл не совпадает с хешем, подписанным при приёме, поэтому он не упакован. Проверьте его цепочку хранения.',

  'evidence.meta.title': 'Что файл сообщает о себе',
  'evidence.meta.none': 'Больше файл ничего о себе не сообщает.',
  'evidence.meta.mediaType': 'Тип (по содержимому)',
  'evidence.meta.size': 'Размер',
  'evidence.meta.sha256': 'SHA-256',
  'evidence.meta.capturedAt': 'Снято',
  'evidence.meta.localTime': '{time} (часы устройства; часовой пояс неизвестен)',
  'evidence.meta.gps': 'GPS-координаты (широта, долгота)',
  'evidence.meta.altitude': 'Высота',
  'evidence.meta.metres': '{value} м',
  'evidence.meta.device': 'Устройство',
  'evidence.meta.pixels': 'Размер в пикселях',
  'evidence.meta.pages': 'Страниц',
  'evidence.meta.duration': 'Длительность',
  'evidence.meta.seconds': '{value} с',
  'evidence.meta.warnings': 'Не удалось прочитать',
  'evidence.meta.note': 'Примечание',

  'evidence.custody.title': 'Цепочка хранения',
  'evidence.custody.checking': 'Проверяем подписи…',
  'evidence.custody.verified': 'Цепочка хранения подтверждена',
  'evidence.custody.verifiedHint':
    'Каждое событие подписано известным ключом участника и связано с предыдущим.',
  'evidence.custody.broken': 'Цепочка хранения не подтверждена',
  'evidence.custody.col.action': 'Действие',
  'evidence.custody.col.when': 'Когда',
  'evidence.custody.col.who': 'Кто',
  'evidence.custody.unreadable': 'Нечитаемое событие',
  'evidence.custody.action.intake': 'Приём',
  'evidence.custody.action.view': 'Просмотр',
  'evidence.custody.action.download': 'Скачивание',
  'evidence.custody.action.copy': 'Копирование',
  'evidence.custody.action.share': 'Передача',
  'evidence.custody.action.export': 'Экспорт',
  'evidence.custody.action.derive': 'Создана рабочая копия',
  'evidence.custody.problem.malformed': 'Событие {seq}: повреждено.',
  'evidence.custody.problem.wrong_item': 'Событие {seq}: относится к другому файлу.',
  'evidence.custody.problem.bad_hash': 'Событие {seq}: хеш не совпадает с содержимым.',
  'evidence.custody.problem.bad_signature': 'Событие {seq}: подпись не проходит проверку.',
  'evidence.custody.problem.unknown_signer':
    'Событие {seq}: подписано ключом, которого нет ни у одного участника.',
  'evidence.custody.problem.out_of_order': 'Событие {seq}: нарушен порядок.',
  'evidence.custody.problem.broken_link': 'Событие {seq}: не связано с предыдущим событием.',
  'evidence.custody.problem.file_mismatch':
    'Событие {seq}: хеш файла отличается от подписанного при приёме.',
  'evidence.custody.problem.server_mismatch':
    'Событие {seq}: копия на сервере расходится с подписанным событием.',
  'evidence.custody.problem.no_intake': 'В цепочке нет события приёма.',
  'evidence.custody.problem.other': 'Событие {seq}: проблема, неизвестная этому приложению.',
};
