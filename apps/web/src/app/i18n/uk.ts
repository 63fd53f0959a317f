import type { Catalog } from './en';
import { recordsFormUk } from '../../features/records/i18n/form.uk';
import { evidenceUk } from '../../features/evidence/i18n/evidence.uk';
import { facilitiesUk } from '../../features/facilities/i18n/facilities.uk';
import { monitoringUk } from '../../features/monitoring/i18n/monitoring.uk';
import { statisticsUk } from '../../features/statistics/i18n/statistics.uk';
import { reportsUk } from '../../features/reports/i18n/reports.uk';
import { riskIndexUk } from '../../features/risk-index/i18n/riskIndex.uk';
import { estimationUk } from '../../features/estimation/i18n/estimation.uk';
import { linkageUk } from '../../features/linkage/i18n/linkage.uk';
import { recordsPagesUk } from '../../features/records/i18n/pages.uk';

// Український каталог: ті самі ключі й ті самі ICU-параметри, що в en.ts (перевіряє catalogs.test.ts).
export const uk: Catalog = {
  'app.name': 'Vigil',
  'app.tagline': 'Зашифрована документація для правозахисних моніторів',
  'app.skipToContent': 'Перейти до основного вмісту',
  'app.loading': 'Завантаження…',
  'app.language': 'Мова',
  'app.nav.label': 'Головне меню',
  'app.nav.vaults': 'Сховища',
  'app.nav.settings': 'Налаштування',
  'app.lock': 'Заблокувати',
  'app.lockHint': 'Прибрати ключі з цього пристрою, доки ви знову не введете пароль',
  'app.logout': 'Вийти',
  'app.footer':
    'Наскрізне шифрування. Ваш пароль і вміст ваших сховищ ніколи не потрапляють на сервер.',
  'app.pageTitle': '{page} · Vigil',
  'app.startFailed.title': 'Vigil не може зв’язатися зі своїм сервером',
  'app.startFailed.body':
    'Перевірте, що сервер Vigil запущено на цьому комп’ютері або в цій мережі, і спробуйте ще раз.',
  'app.retry': 'Спробувати ще раз',
  'app.notFound.title': 'Сторінку не знайдено',
  'app.notFound.body': 'За цією адресою нічого немає.',
  'app.notFound.back': 'До ваших сховищ',
  'common.cancel': 'Скасувати',
  'common.required': 'обов’язково',
  'common.working': 'Виконується…',

  'identity.field.email': 'Електронна пошта',
  'identity.field.password': 'Пароль',
  'identity.field.passwordConfirm': 'Повторіть пароль',
  'identity.validation.required': 'Це поле обов’язкове.',
  'identity.validation.email': 'Введіть адресу електронної пошти, наприклад name@example.org.',
  'identity.validation.passwordTooShort':
    'Пароль має містити щонайменше {min, plural, one {# символ} few {# символи} many {# символів} other {# символу}}.',
  'identity.validation.passwordMismatch': 'Паролі не збігаються.',
  'identity.validation.totpFormat': 'Введіть шість цифр, які показує застосунок-автентифікатор.',
  'identity.validation.recoveryFormat': 'Код відновлення має такий вигляд: abcde-12345.',

  'identity.register.title': 'Створення облікового запису',
  'identity.register.warningTitle': 'Ваш пароль ніхто не зможе відновити',
  'identity.register.warning':
    'Пароль шифрує ваші ключі на цьому пристрої. Сервер ніколи його не отримує, тому не може ні скинути, ні відновити його. Якщо ви його забудете, то втратите доступ до всього, що зашифровано для вас.',
  'identity.register.passwordHint':
    'Щонайменше {min, plural, one {# символ} few {# символи} many {# символів} other {# символу}}. Фраза з кількох не пов’язаних між собою слів надійна й легко запам’ятовується.',
  'identity.register.submit': 'Створити обліковий запис',
  'identity.register.pending': 'Створюємо ваші ключі…',
  'identity.register.haveAccount': 'Уже маєте обліковий запис?',
  'identity.register.toLogin': 'Увійти',
  'identity.strength.label': 'Надійність пароля',
  'identity.strength.0': 'Дуже слабкий',
  'identity.strength.1': 'Слабкий',
  'identity.strength.2': 'Середній',
  'identity.strength.3': 'Добрий',
  'identity.strength.4': 'Надійний',

  'identity.login.title': 'Вхід',
  'identity.login.intro': 'Пароль відкриває ваші ключі шифрування на цьому пристрої.',
  'identity.login.submit': 'Увійти',
  'identity.login.pending': 'Відкриваємо ваші ключі…',
  'identity.login.noAccount': 'Ще не маєте облікового запису?',
  'identity.login.toRegister': 'Створити обліковий запис',
  'identity.login.totp.title': 'Двофакторна перевірка',
  'identity.login.totp.intro': 'Введіть шестизначний код із застосунку-автентифікатора.',
  'identity.login.totp.field': 'Код підтвердження',
  'identity.login.recovery.intro':
    'Введіть один зі своїх кодів відновлення. Кожен код можна використати лише один раз.',
  'identity.login.recovery.field': 'Код відновлення',
  'identity.login.totp.useRecovery': 'Використати код відновлення',
  'identity.login.totp.useApp': 'Використати застосунок-автентифікатор',
  'identity.login.totp.submit': 'Підтвердити',
  'identity.login.totp.back': 'Почати знову',

  'identity.unlock.title': 'Розблокувати Vigil',
  'identity.unlock.intro':
    'Ви й далі в системі, але ключі зберігаються лише в пам’яті й були стерті під час перезавантаження сторінки або блокування. Введіть пароль, щоб відкрити їх.',
  'identity.unlock.submit': 'Розблокувати',
  'identity.unlock.pending': 'Обчислюємо ключ із пароля…',
  'identity.unlock.signOut': 'Натомість вийти',
  'identity.unlock.wrongPassword':
    'Цей пароль не відкриває ваші ключі. Перевірте його і спробуйте ще раз.',

  'identity.settings.title': 'Налаштування облікового запису',
  'identity.settings.account': 'Обліковий запис',
  'identity.settings.accountId': 'Ідентифікатор облікового запису',
  'identity.totp.title': 'Двофакторна автентифікація',
  'identity.totp.on': 'Увімкнено',
  'identity.totp.off': 'Вимкнено',
  'identity.totp.statusOn':
    'Двофакторну автентифікацію ввімкнено: для входу потрібен код із застосунку-автентифікатора.',
  'identity.totp.statusOff':
    'Двофакторну автентифікацію вимкнено. Увімкніть її, щоб для входу було недостатньо самого лише викраденого пароля.',
  'identity.totp.start': 'Налаштувати двофакторну автентифікацію',
  'identity.totp.setupIntro':
    'Додайте цей обліковий запис до застосунку-автентифікатора на іншому пристрої (наприклад, Aegis, 2FAS або FreeOTP), а потім введіть код, який покаже застосунок.',
  'identity.totp.secret': 'Секретний ключ для введення в застосунок',
  'identity.totp.uri': 'Посилання для налаштування (otpauth URI)',
  'identity.totp.code': 'Код із застосунку',
  'identity.totp.enable': 'Увімкнути',
  'identity.totp.recoveryTitle': 'Ваші коди відновлення',
  'identity.totp.recoveryIntro':
    'Якщо ви втратите пристрій із застосунком-автентифікатором, кожен із цих кодів дасть змогу увійти один раз. Їх показано лише зараз. Запишіть їх і зберігайте в надійному місці, окремо від цього комп’ютера.',
  'identity.totp.recoveryStored': 'Я зберіг(-ла) коди відновлення',
  'identity.totp.recoveryDone': 'Готово',
  'identity.totp.enabled': 'Двофакторну автентифікацію ввімкнено.',
  'identity.totp.disableIntro':
    'Щоб вимкнути її, введіть поточний код із застосунку-автентифікатора.',
  'identity.totp.disable': 'Вимкнути',
  'identity.totp.disabled': 'Двофакторну автентифікацію вимкнено.',

  'role.owner': 'Власник',
  'role.admin': 'Адміністратор',
  'role.documenter': 'Документаліст',
  'role.analyst': 'Аналітик',
  'role.viewer': 'Читач',
  'role.hint.owner': 'Повний контроль, зокрема над іншими власниками й адміністраторами.',
  'role.hint.admin': 'Керує учасниками й читає журнал аудиту.',
  'role.hint.documenter': 'Записує свідчення, інциденти й докази.',
  'role.hint.analyst': 'Читає записи й укладає статистику.',
  'role.hint.viewer': 'Лише читає записи.',
  'status.active': 'Активний',
  'status.invited': 'Запрошений',

  'vaults.list.title': 'Сховища',
  'vaults.list.intro':
    'Кожне сховище — окремий зашифрований простір, доступний лише його учасникам.',
  'vaults.list.create': 'Нове сховище',
  'vaults.list.invitations': 'Запрошення',
  'vaults.list.invitationsIntro':
    'Вас запросили до цих сховищ. Прийміть запрошення, щоб почати роботу в сховищі.',
  'vaults.list.yours': 'Ваші сховища',
  'vaults.list.accept': 'Прийняти',
  'vaults.list.accepted': 'Ви приєдналися до сховища «{name}».',
  'vaults.list.empty.title': 'Сховищ поки немає',
  'vaults.list.empty.body':
    'Сховище — це зашифрований простір для одного напряму роботи: справи, регіону, проєкту моніторингу. Його ключ мають лише учасники, тому сервер зберігає сховище, але не може його прочитати. Ви вирішуєте, хто приєднається і що може робити кожен учасник.',
  'vaults.list.empty.action': 'Створити перше сховище',
  'vaults.item.role': 'Ваша роль: {role}',
  'vaults.item.created': 'Створено {date, date, medium}',
  'vaults.item.invitation': 'Запрошення',

  'vaults.create.title': 'Створення сховища',
  'vaults.create.name': 'Назва сховища',
  'vaults.create.nameHint':
    'Шифрується на цьому пристрої перед надсиланням. Прочитати її можуть лише учасники сховища.',
  'vaults.create.email': 'Ваша електронна пошта, як її побачать інші учасники',
  'vaults.create.emailHint':
    'Зберігається в сховищі в зашифрованому вигляді, щоб учасники могли вас упізнати.',
  'vaults.create.submit': 'Створити сховище',
  'vaults.create.pending': 'Створюємо…',
  'vaults.create.created': 'Сховище «{name}» створено.',

  'vault.back': 'Усі сховища',
  'vault.tabs.label': 'Розділи сховища',
  'vault.tabs.members': 'Учасники',
  'vault.tabs.security': 'Безпека',
  'vault.rotation.required':
    'Учасник залишив це сховище. Доки не створено новий ключ сховища, у ньому не можна зберегти нічого нового.',
  'vault.rotation.adminHint':
    'Створіть новий ключ зараз: ваш пристрій зашифрує його для всіх учасників, які залишаються.',
  'vault.rotation.memberHint':
    'Попросіть власника або адміністратора відкрити це сховище: їхній пристрій створить новий ключ.',
  'vault.rotation.rotate': 'Створити новий ключ сховища',
  'vault.security.fieldsTitle': 'Чутливі поля',
  'vault.security.fieldsIntro':
    'Типово ці поля шифруються на ваших пристроях, і сервер не може їх прочитати. Відкривайте поле, лише якщо аналітикам треба фільтрувати й рахувати за ним на сервері: тоді його зможе прочитати будь-хто, хто вилучить сервер.',
  'vault.security.fieldsLegend': 'Зберігати у вигляді, доступному серверу',
  'vault.security.fieldsNote':
    'Записи, збережені до зміни, зберігають поле по-старому, доки їх не збережуть знову.',
  'vault.security.field.person.groupsEthnicity': 'Етнічні групи ризику',
  'vault.security.field.person.groupsReligion': 'Релігійні групи ризику',
  'vault.security.field.person.groupsLgbtq': 'ЛГБТК+',
  'vault.security.field.person.groupsDisability': 'Інвалідність',
  'vault.security.save': 'Зберегти налаштування',
  'vault.security.saved': 'Налаштування збережено.',
  'vault.security.keyTitle': 'Ключ сховища',
  'vault.security.keyIntro':
    'Версія ключа сховища: {count}. Створіть новий, якщо пристрій учасника міг потрапити в чужі руки: усе, що буде збережено після цього, зашифрується ключем, якого цей пристрій не мав.',
  'vault.security.rotateConfirm':
    'Усі теперішні учасники отримають новий ключ. Попередні записи залишаться їм доступні.',
  'vault.security.rotated': 'Створено новий ключ сховища.',
  'vault.tabs.audit': 'Аудит',
  'vault.yourRoleLabel': 'Ваша роль:',
  'vault.invited': 'Вас запросили до цього сховища. Прийміть запрошення, щоб відкрити його.',
  'vault.notFound': 'Цього сховища не існує, або ви не належите до його учасників.',

  'members.count':
    '{count, plural, one {# учасник} few {# учасники} many {# учасників} other {# учасника}}',
  'members.col.email': 'Електронна пошта',
  'members.col.role': 'Роль',
  'members.col.status': 'Статус',
  'members.col.since': 'Відколи',
  'members.col.actions': 'Дії',
  'members.since': '{date, date, medium}',
  'members.you': '(ви)',
  'members.changeRole': 'Роль учасника {email}',
  'members.roleChanged': 'Роль учасника {email} тепер: {role}.',
  'members.remove': 'Вилучити',
  'members.removeLabel': 'Вилучити {email}',
  'members.remove.title': 'Вилучити цього учасника?',
  'members.remove.body':
    '{email} втратить доступ до цього сховища. Те, що учасник уже бачив або завантажив, залишиться в нього.',
  'members.remove.confirm': 'Вилучити учасника',
  'members.removed': '{email} вилучено зі сховища.',
  'members.readOnly':
    'Запрошувати учасників і змінювати їхні ролі можуть лише власники та адміністратори.',
  'members.invite.title': 'Запросити учасника',
  'members.invite.intro':
    'Ця людина повинна мати обліковий запис на цьому сервері Vigil. Її копію ключа сховища шифрується для неї на цьому пристрої.',
  'members.invite.email': 'Електронна пошта',
  'members.invite.role': 'Роль',
  'members.invite.submit': 'Запросити',
  'members.invite.pending': 'Запрошуємо…',
  'members.invite.sent': 'Запрошення надіслано на адресу {email}.',
  'members.invite.notFound': 'На цьому сервері немає облікового запису з такою електронною поштою.',

  'audit.title': 'Ланцюжок аудиту',
  'audit.intro':
    'Кожну зміну в цьому сховищі записано як подію, що містить геш попередньої події, тож вилучена чи змінена подія розриває ланцюжок. Під час перевірки всі геші обчислюються заново на цьому пристрої.',
  'audit.verify': 'Перевірити ланцюжок аудиту',
  'audit.verifying': 'Перевіряємо…',
  'audit.ok':
    'Ланцюжок цілий: перевірено {count, plural, one {# подію} few {# події} many {# подій} other {# події}}, жодну не змінено і не втрачено.',
  'audit.head': 'Геш останньої події',
  'audit.bad': 'Ланцюжок порушено. Перша пошкоджена подія — номер {seq}.',
  'audit.reason': 'Технічна подробиця: {reason}',
  'audit.forbidden': 'Читати ланцюжок аудиту сховища можуть лише власники та адміністратори.',

  'error.title': 'Щось пішло не так',
  'error.unknown':
    'Сталася неочікувана помилка. Спробуйте ще раз; якщо вона повторюється, перезавантажте сторінку.',
  'error.validation_failed': 'Частина даних неправильна. Перевірте поля і спробуйте ще раз.',
  'error.malformed_json':
    'Сервер не зміг прочитати запит. Перезавантажте сторінку і спробуйте ще раз.',
  'error.payload_too_large': 'Це завеликий обсяг для надсилання.',
  'error.unsupported_media_type': 'Сервер не приймає такий тип вмісту.',
  'error.not_found': 'Не знайдено. Можливо, це вилучено або ви не маєте до цього доступу.',
  'error.unauthenticated': 'Ваш сеанс завершився. Увійдіть знову.',
  'error.invalid_credentials': 'Неправильна електронна пошта або пароль.',
  'error.totp_required': 'Щоб продовжити, введіть код із застосунку-автентифікатора.',
  'error.totp_invalid': 'Цей код недійсний. Перевірте час на пристрої і спробуйте ще раз.',
  'error.account_locked':
    'Обліковий запис тимчасово заблоковано після надто великої кількості невдалих спроб. Спробуйте пізніше.',
  'error.rate_limited': 'Забагато спроб. Зачекайте хвилину і спробуйте ще раз.',
  'error.forbidden': 'Ваша роль цього не дозволяє.',
  'error.csrf_failed':
    'Не вдалося перевірити ваш сеанс. Перезавантажте сторінку і спробуйте ще раз.',
  'error.conflict': 'Тим часом хтось інший це змінив. Перезавантажте сторінку і спробуйте ще раз.',
  'error.email_taken': 'Обліковий запис із такою електронною поштою вже існує.',
  'error.already_member': 'Ця людина вже є учасником сховища або вже запрошена.',
  'error.last_owner': 'Сховище повинно мати принаймні одного власника.',
  'error.stale_key_version':
    'Тим часом ключ сховища змінився. Перезавантажте сторінку і спробуйте ще раз.',
  'error.data_dir_locked':
    'Сервер не може відкрити свої дані: той самий каталог даних використовує інший сервер Vigil.',
  'error.possible_duplicate':
    'У реєстрі вже є установа цього типу в цьому регіоні зі схожою назвою. Відкрийте її або об’єднайте їх.',
  'error.stale_link_run':
    'Хтось зберіг результат зв’язування після того, як ви почали роботу. Завантажте останній результат, перевірте його й збережіть знову.',
  'error.internal_error': 'На сервері виникла проблема. Спробуйте ще раз за хвилину.',
  'error.network_error': 'Сервер недоступний. Перевірте з’єднання і спробуйте ще раз.',
  'error.bad_server_response':
    'Відповідь сервера не пройшла перевірку. Не продовжуйте роботу й повідомте адміністратора.',
  'error.locked': 'Ваші ключі заблоковано. Щоб продовжити, розблокуйте їх паролем.',
  'error.wasm_blocked':
    'Браузер відмовився виконати код, який обчислює ваші ключі з пароля (WebAssembly). Повідомте адміністратора: сервер має це дозволити.',
  'error.decrypt_failed':
    'Частину даних не вдалося розшифрувати. Можливо, їх підроблено; повідомте адміністратора.',
  'error.integrity_failed':
    'Файл не збігається з хешем, з яким його було збережено. Можливо, його пошкоджено або підроблено; збережіть те, що є, і повідомте адміністратора.',
  ...recordsFormUk,
  ...recordsPagesUk,
  ...evidenceUk,
  ...facilitiesUk,
  ...monitoringUk,
  ...statisticsUk,
  ...reportsUk,
  ...riskIndexUk,
  ...estimationUk,
  ...linkageUk,
};
