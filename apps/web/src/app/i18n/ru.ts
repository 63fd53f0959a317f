import type { Catalog } from './en';
import { recordsFormRu } from '../../features/records/i18n/form.ru';
import { evidenceRu } from '../../features/evidence/i18n/evidence.ru';
import { facilitiesRu } from '../../features/facilities/i18n/facilities.ru';
import { monitoringRu } from '../../features/monitoring/i18n/monitoring.ru';
import { statisticsRu } from '../../features/statistics/i18n/statistics.ru';
import { reportsRu } from '../../features/reports/i18n/reports.ru';
import { riskIndexRu } from '../../features/risk-index/i18n/riskIndex.ru';
import { estimationRu } from '../../features/estimation/i18n/estimation.ru';
import { linkageRu } from '../../features/linkage/i18n/linkage.ru';
import { recordsPagesRu } from '../../features/records/i18n/pages.ru';

// Русский каталог: те же ключи и те же ICU-параметры, что в en.ts (проверяет catalogs.test.ts).
export const ru: Catalog = {
  'app.name': 'Vigil',
  'app.tagline': 'Зашифрованная документация для правозащитных мониторов',
  'app.skipToContent': 'Перейти к основному содержанию',
  'app.loading': 'Загрузка…',
  'app.language': 'Язык',
  'app.nav.label': 'Главное меню',
  'app.nav.vaults': 'Хранилища',
  'app.nav.settings': 'Настройки',
  'app.lock': 'Заблокировать',
  'app.lockHint': 'Убрать ключи с этого устройства, пока вы снова не введёте пароль',
  'app.logout': 'Выйти',
  'app.footer':
    'Сквозное шифрование. Ваш пароль и содержимое ваших хранилищ никогда не попадают на сервер.',
  'app.pageTitle': '{page} · Vigil',
  'app.startFailed.title': 'Vigil не может связаться со своим сервером',
  'app.startFailed.body':
    'Проверьте, что сервер Vigil запущен на этом компьютере или в этой сети, и попробуйте снова.',
  'app.retry': 'Попробовать снова',
  'app.notFound.title': 'Страница не найдена',
  'app.notFound.body': 'По этому адресу ничего нет.',
  'app.notFound.back': 'К вашим хранилищам',
  'common.cancel': 'Отмена',
  'common.required': 'обязательно',
  'common.working': 'Выполняется…',

  'identity.field.email': 'Электронная почта',
  'identity.field.password': 'Пароль',
  'identity.field.passwordConfirm': 'Повторите пароль',
  'identity.validation.required': 'Это поле обязательно.',
  'identity.validation.email': 'Введите адрес электронной почты, например name@example.org.',
  'identity.validation.passwordTooShort':
    'Пароль должен содержать не менее {min, plural, one {# символа} few {# символов} many {# символов} other {# символа}}.',
  'identity.validation.passwordMismatch': 'Пароли не совпадают.',
  'identity.validation.totpFormat':
    'Введите шесть цифр, которые показывает приложение-аутентификатор.',
  'identity.validation.recoveryFormat': 'Код восстановления выглядит так: abcde-12345.',

  'identity.register.title': 'Создание учётной записи',
  'identity.register.warningTitle': 'Ваш пароль никто не сможет восстановить',
  'identity.register.warning':
    'Пароль шифрует ваши ключи на этом устройстве. Сервер никогда его не получает, поэтому не может ни сбросить, ни восстановить его. Если вы его забудете, вы потеряете доступ ко всему, что зашифровано для вас.',
  'identity.register.passwordHint':
    'Не менее {min, plural, one {# символа} few {# символов} many {# символов} other {# символа}}. Фраза из нескольких не связанных между собой слов надёжна и легко запоминается.',
  'identity.register.submit': 'Создать учётную запись',
  'identity.register.pending': 'Создаём ваши ключи…',
  'identity.register.haveAccount': 'Уже есть учётная запись?',
  'identity.register.toLogin': 'Войти',
  'identity.strength.label': 'Надёжность пароля',
  'identity.strength.0': 'Очень слабый',
  'identity.strength.1': 'Слабый',
  'identity.strength.2': 'Средний',
  'identity.strength.3': 'Хороший',
  'identity.strength.4': 'Надёжный',

  'identity.login.title': 'Вход',
  'identity.login.intro': 'Пароль открывает ваши ключи шифрования на этом устройстве.',
  'identity.login.submit': 'Войти',
  'identity.login.pending': 'Открываем ваши ключи…',
  'identity.login.noAccount': 'Ещё нет учётной записи?',
  'identity.login.toRegister': 'Создать учётную запись',
  'identity.login.totp.title': 'Двухфакторная проверка',
  'identity.login.totp.intro': 'Введите шестизначный код из приложения-аутентификатора.',
  'identity.login.totp.field': 'Код подтверждения',
  'identity.login.recovery.intro':
    'Введите один из ваших кодов восстановления. Каждый код можно использовать только один раз.',
  'identity.login.recovery.field': 'Код восстановления',
  'identity.login.totp.useRecovery': 'Использовать код восстановления',
  'identity.login.totp.useApp': 'Использовать приложение-аутентификатор',
  'identity.login.totp.submit': 'Подтвердить',
  'identity.login.totp.back': 'Начать заново',

  'identity.unlock.title': 'Разблокировать Vigil',
  'identity.unlock.intro':
    'Вы по-прежнему вошли в систему, но ключи хранятся только в памяти и были стёрты при перезагрузке страницы или блокировке. Введите пароль, чтобы открыть их.',
  'identity.unlock.submit': 'Разблокировать',
  'identity.unlock.pending': 'Вычисляем ключ из пароля…',
  'identity.unlock.signOut': 'Вместо этого выйти',
  'identity.unlock.wrongPassword':
    'Этот пароль не открывает ваши ключи. Проверьте его и попробуйте снова.',

  'identity.settings.title': 'Настройки учётной записи',
  'identity.settings.account': 'Учётная запись',
  'identity.settings.accountId': 'Идентификатор учётной записи',
  'identity.totp.title': 'Двухфакторная аутентификация',
  'identity.totp.on': 'Включена',
  'identity.totp.off': 'Выключена',
  'identity.totp.statusOn':
    'Двухфакторная аутентификация включена: для входа нужен код из приложения-аутентификатора.',
  'identity.totp.statusOff':
    'Двухфакторная аутентификация выключена. Включите её, чтобы для входа было недостаточно одного украденного пароля.',
  'identity.totp.start': 'Настроить двухфакторную аутентификацию',
  'identity.totp.setupIntro':
    'Добавьте эту учётную запись в приложение-аутентификатор на другом устройстве (например, Aegis, 2FAS или FreeOTP), затем введите код, который покажет приложение.',
  'identity.totp.secret': 'Секретный ключ для ввода в приложение',
  'identity.totp.uri': 'Ссылка для настройки (otpauth URI)',
  'identity.totp.code': 'Код из приложения',
  'identity.totp.enable': 'Включить',
  'identity.totp.recoveryTitle': 'Ваши коды восстановления',
  'identity.totp.recoveryIntro':
    'Если вы потеряете устройство с приложением-аутентификатором, каждый из этих кодов позволит войти один раз. Они показываются только сейчас. Запишите их и храните в надёжном месте, отдельно от этого компьютера.',
  'identity.totp.recoveryStored': 'Я сохранил(а) коды восстановления',
  'identity.totp.recoveryDone': 'Готово',
  'identity.totp.enabled': 'Двухфакторная аутентификация включена.',
  'identity.totp.disableIntro':
    'Чтобы выключить её, введите текущий код из приложения-аутентификатора.',
  'identity.totp.disable': 'Выключить',
  'identity.totp.disabled': 'Двухфакторная аутентификация выключена.',

  'role.owner': 'Владелец',
  'role.admin': 'Администратор',
  'role.documenter': 'Документалист',
  'role.analyst': 'Аналитик',
  'role.viewer': 'Читатель',
  'role.hint.owner': 'Полный контроль, в том числе над другими владельцами и администраторами.',
  'role.hint.admin': 'Управляет участниками и читает журнал аудита.',
  'role.hint.documenter': 'Записывает показания, инциденты и доказательства.',
  'role.hint.analyst': 'Читает записи и строит статистику.',
  'role.hint.viewer': 'Только читает записи.',
  'status.active': 'Активен',
  'status.invited': 'Приглашён',

  'vaults.list.title': 'Хранилища',
  'vaults.list.intro':
    'Каждое хранилище — отдельное зашифрованное пространство, доступное только его участникам.',
  'vaults.list.create': 'Новое хранилище',
  'vaults.list.invitations': 'Приглашения',
  'vaults.list.invitationsIntro':
    'Вас пригласили в эти хранилища. Примите приглашение, чтобы начать работу в хранилище.',
  'vaults.list.yours': 'Ваши хранилища',
  'vaults.list.accept': 'Принять',
  'vaults.list.accepted': 'Вы присоединились к хранилищу «{name}».',
  'vaults.list.empty.title': 'Хранилищ пока нет',
  'vaults.list.empty.body':
    'Хранилище — это зашифрованное пространство для одного направления работы: дела, региона, проекта мониторинга. Его ключ есть только у участников, поэтому сервер хранит хранилище, но не может его прочитать. Вы решаете, кто присоединится и что может делать каждый участник.',
  'vaults.list.empty.action': 'Создать первое хранилище',
  'vaults.item.role': 'Ваша роль: {role}',
  'vaults.item.created': 'Создано {date, date, medium}',
  'vaults.item.invitation': 'Приглашение',

  'vaults.create.title': 'Создание хранилища',
  'vaults.create.name': 'Название хранилища',
  'vaults.create.nameHint':
    'Шифруется на этом устройстве перед отправкой. Прочитать его могут только участники хранилища.',
  'vaults.create.email': 'Ваша электронная почта, как её увидят другие участники',
  'vaults.create.emailHint':
    'Хранится в хранилище в зашифрованном виде, чтобы участники могли вас узнать.',
  'vaults.create.submit': 'Создать хранилище',
  'vaults.create.pending': 'Создаём…',
  'vaults.create.created': 'Хранилище «{name}» создано.',

  'vault.back': 'Все хранилища',
  'vault.tabs.label': 'Разделы хранилища',
  'vault.tabs.members': 'Участники',
  'vault.tabs.security': 'Безопасность',
  'vault.rotation.required':
    'Участник покинул это хранилище. Пока не создан новый ключ хранилища, в нём нельзя сохранить ничего нового.',
  'vault.rotation.adminHint':
    'Создайте новый ключ сейчас: ваше устройство зашифрует его для всех оставшихся участников.',
  'vault.rotation.memberHint':
    'Попросите владельца или администратора открыть это хранилище: их устройство создаст новый ключ.',
  'vault.rotation.rotate': 'Создать новый ключ хранилища',
  'vault.security.fieldsTitle': 'Чувствительные поля',
  'vault.security.fieldsIntro':
    'По умолчанию эти поля шифруются на ваших устройствах, и сервер не может их прочитать. Открывайте поле, только если аналитикам нужно фильтровать и считать по нему на сервере: тогда его сможет прочитать любой, кто изымет сервер.',
  'vault.security.fieldsLegend': 'Хранить в виде, доступном серверу',
  'vault.security.fieldsNote':
    'Записи, сохранённые до изменения, хранят поле по-старому, пока их не сохранят снова.',
  'vault.security.field.person.groupsEthnicity': 'Этнические группы риска',
  'vault.security.field.person.groupsReligion': 'Религиозные группы риска',
  'vault.security.field.person.groupsLgbtq': 'ЛГБТК+',
  'vault.security.field.person.groupsDisability': 'Инвалидность',
  'vault.security.save': 'Сохранить настройки',
  'vault.security.saved': 'Настройки сохранены.',
  'vault.security.keyTitle': 'Ключ хранилища',
  'vault.security.keyIntro':
    'Версия ключа хранилища: {count}. Создайте новый, если устройство участника могло попасть в чужие руки: всё, что будет сохранено после этого, зашифруется ключом, которого у этого устройства не было.',
  'vault.security.rotateConfirm':
    'Все нынешние участники получат новый ключ. Прежние записи останутся им доступны.',
  'vault.security.rotated': 'Создан новый ключ хранилища.',
  'vault.tabs.audit': 'Аудит',
  'vault.yourRoleLabel': 'Ваша роль:',
  'vault.invited': 'Вас пригласили в это хранилище. Примите приглашение, чтобы открыть его.',
  'vault.notFound': 'Этого хранилища не существует, или вы не входите в число его участников.',

  'members.count':
    '{count, plural, one {# участник} few {# участника} many {# участников} other {# участника}}',
  'members.col.email': 'Электронная почта',
  'members.col.role': 'Роль',
  'members.col.status': 'Статус',
  'members.col.since': 'С какого времени',
  'members.col.actions': 'Действия',
  'members.since': '{date, date, medium}',
  'members.you': '(вы)',
  'members.changeRole': 'Роль участника {email}',
  'members.roleChanged': 'Роль участника {email} теперь: {role}.',
  'members.remove': 'Удалить',
  'members.removeLabel': 'Удалить {email}',
  'members.remove.title': 'Удалить этого участника?',
  'members.remove.body':
    '{email} потеряет доступ к этому хранилищу. То, что участник уже видел или скачал, останется у него.',
  'members.remove.confirm': 'Удалить участника',
  'members.removed': '{email} удалён(а) из хранилища.',
  'members.readOnly':
    'Приглашать участников и менять их роли могут только владельцы и администраторы.',
  'members.invite.title': 'Пригласить участника',
  'members.invite.intro':
    'У этого человека должна быть учётная запись на этом сервере Vigil. Его копия ключа хранилища шифруется для него на этом устройстве.',
  'members.invite.email': 'Электронная почта',
  'members.invite.role': 'Роль',
  'members.invite.submit': 'Пригласить',
  'members.invite.pending': 'Приглашаем…',
  'members.invite.sent': 'Приглашение отправлено на адрес {email}.',
  'members.invite.notFound': 'На этом сервере нет учётной записи с такой электронной почтой.',

  'audit.title': 'Цепочка аудита',
  'audit.intro':
    'Каждое изменение в этом хранилище записывается как событие, содержащее хеш предыдущего события, поэтому удалённое или изменённое событие разрывает цепочку. При проверке все хеши пересчитываются на этом устройстве.',
  'audit.verify': 'Проверить цепочку аудита',
  'audit.verifying': 'Проверяем…',
  'audit.ok':
    'Цепочка цела: проверено {count, plural, one {# событие} few {# события} many {# событий} other {# события}}, ни одно не изменено и не пропало.',
  'audit.head': 'Хеш последнего события',
  'audit.bad': 'Цепочка нарушена. Первое повреждённое событие — номер {seq}.',
  'audit.reason': 'Техническая подробность: {reason}',
  'audit.forbidden': 'Читать цепочку аудита хранилища могут только владельцы и администраторы.',

  'error.title': 'Что-то пошло не так',
  'error.unknown':
    'Произошла непредвиденная ошибка. Попробуйте снова; если она повторяется, перезагрузите страницу.',
  'error.validation_failed': 'Часть данных неверна. Проверьте поля и попробуйте снова.',
  'error.malformed_json':
    'Сервер не смог прочитать запрос. Перезагрузите страницу и попробуйте снова.',
  'error.payload_too_large': 'Это слишком большой объём для отправки.',
  'error.unsupported_media_type': 'Сервер не принимает такой тип содержимого.',
  'error.not_found': 'Не найдено. Возможно, это было удалено или у вас нет к этому доступа.',
  'error.unauthenticated': 'Ваш сеанс завершён. Войдите снова.',
  'error.invalid_credentials': 'Неверная электронная почта или пароль.',
  'error.totp_required': 'Чтобы продолжить, введите код из приложения-аутентификатора.',
  'error.totp_invalid':
    'Этот код недействителен. Проверьте время на устройстве и попробуйте снова.',
  'error.account_locked':
    'Учётная запись временно заблокирована после слишком большого числа неудачных попыток. Попробуйте позже.',
  'error.rate_limited': 'Слишком много попыток. Подождите минуту и попробуйте снова.',
  'error.forbidden': 'Ваша роль этого не позволяет.',
  'error.csrf_failed': 'Не удалось проверить ваш сеанс. Перезагрузите страницу и попробуйте снова.',
  'error.conflict':
    'Тем временем кто-то другой это изменил. Перезагрузите страницу и попробуйте снова.',
  'error.email_taken': 'Учётная запись с такой электронной почтой уже существует.',
  'error.already_member': 'Этот человек уже участник хранилища или уже приглашён.',
  'error.last_owner': 'У хранилища должен остаться хотя бы один владелец.',
  'error.stale_key_version':
    'Тем временем ключ хранилища изменился. Перезагрузите страницу и попробуйте снова.',
  'error.data_dir_locked':
    'Сервер не может открыть свои данные: тот же каталог данных использует другой сервер Vigil.',
  'error.possible_duplicate':
    'В реестре уже есть учреждение этого типа в этом регионе с похожим названием. Откройте его или объедините их.',
  'error.stale_link_run':
    'Кто-то сохранил результат связывания после того, как вы начали работу. Загрузите последний результат, проверьте его и сохраните снова.',
  'error.internal_error': 'На сервере возникла проблема. Попробуйте снова через минуту.',
  'error.network_error': 'Сервер недоступен. Проверьте подключение и попробуйте снова.',
  'error.bad_server_response':
    'Ответ сервера не прошёл проверку. Не продолжайте работу и сообщите администратору.',
  'error.locked': 'Ваши ключи заблокированы. Чтобы продолжить, разблокируйте их паролем.',
  'error.wasm_blocked':
    'Браузер отказался выполнить код, который вычисляет ваши ключи из пароля (WebAssembly). Сообщите администратору: сервер должен это разрешить.',
  'error.decrypt_failed':
    'Часть данных не удалось расшифровать. Возможно, они были подделаны; сообщите администратору.',
  'error.integrity_failed':
    'Файл не совпадает с хешем, с которым он был сохранён. Возможно, он повреждён или подделан; сохраните то, что есть, и сообщите администратору.',
  ...recordsFormRu,
  ...recordsPagesRu,
  ...evidenceRu,
  ...facilitiesRu,
  ...monitoringRu,
  ...statisticsRu,
  ...reportsRu,
  ...riskIndexRu,
  ...estimationRu,
  ...linkageRu,
};
