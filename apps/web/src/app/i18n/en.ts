import { recordsFormEn } from '../../features/records/i18n/form.en';
import { evidenceEn } from '../../features/evidence/i18n/evidence.en';
import { facilitiesEn } from '../../features/facilities/i18n/facilities.en';
import { monitoringEn } from '../../features/monitoring/i18n/monitoring.en';
import { statisticsEn } from '../../features/statistics/i18n/statistics.en';
import { reportsEn } from '../../features/reports/i18n/reports.en';
import { riskIndexEn } from '../../features/risk-index/i18n/riskIndex.en';
import { estimationEn } from '../../features/estimation/i18n/estimation.en';
import { linkageEn } from '../../features/linkage/i18n/linkage.en';
import { recordsPagesEn } from '../../features/records/i18n/pages.en';

// English catalog: the reference for keys and ICU placeholders. ru.ts and uk.ts must have exactly
// the same keys and placeholders (catalogs.test.ts checks it). Keys are grouped by feature.
export const en = {
  'app.name': 'Vigil',
  'app.tagline': 'Encrypted documentation for human-rights monitors',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.language': 'Language',
  'app.nav.label': 'Main',
  'app.nav.vaults': 'Vaults',
  'app.nav.settings': 'Settings',
  'app.lock': 'Lock',
  'app.lockHint': 'Forget the keys on this device until you enter your password again',
  'app.logout': 'Sign out',
  'app.footer':
    'End-to-end encrypted. Your password and the contents of your vaults never reach the server.',
  'app.pageTitle': '{page} · Vigil',
  'app.startFailed.title': 'Vigil cannot reach its server',
  'app.startFailed.body':
    'Check that the Vigil server is running on this computer or network, then try again.',
  'app.retry': 'Try again',
  'app.notFound.title': 'Page not found',
  'app.notFound.body': 'There is nothing at this address.',
  'app.notFound.back': 'Go to your vaults',
  'common.cancel': 'Cancel',
  'common.required': 'required',
  'common.working': 'Working…',

  'identity.field.email': 'E-mail',
  'identity.field.password': 'Password',
  'identity.field.passwordConfirm': 'Repeat the password',
  'identity.validation.required': 'This field is required.',
  'identity.validation.email': 'Enter an e-mail address, such as name@example.org.',
  'identity.validation.passwordTooShort':
    'The password must have at least {min, plural, one {# character} other {# characters}}.',
  'identity.validation.passwordMismatch': 'The two passwords are not the same.',
  'identity.validation.totpFormat': 'Enter the six digits shown by your authenticator app.',
  'identity.validation.recoveryFormat': 'A recovery code looks like this: abcde-12345.',

  'identity.register.title': 'Create an account',
  'identity.register.warningTitle': 'Nobody can recover your password',
  'identity.register.warning':
    'Your password encrypts your keys on this device. The server never receives it, so it cannot reset it or recover it. If you forget it, you lose access to everything encrypted for you.',
  'identity.register.passwordHint':
    'At least {min, plural, one {# character} other {# characters}}. A passphrase of several unrelated words is strong and easy to remember.',
  'identity.register.submit': 'Create account',
  'identity.register.pending': 'Creating your keys…',
  'identity.register.haveAccount': 'Already have an account?',
  'identity.register.toLogin': 'Sign in',
  'identity.strength.label': 'Password strength',
  'identity.strength.0': 'Very weak',
  'identity.strength.1': 'Weak',
  'identity.strength.2': 'Fair',
  'identity.strength.3': 'Good',
  'identity.strength.4': 'Strong',

  'identity.login.title': 'Sign in',
  'identity.login.intro': 'Your password unlocks your encryption keys on this device.',
  'identity.login.submit': 'Sign in',
  'identity.login.pending': 'Unlocking your keys…',
  'identity.login.noAccount': 'No account yet?',
  'identity.login.toRegister': 'Create an account',
  'identity.login.totp.title': 'Two-factor verification',
  'identity.login.totp.intro': 'Enter the six-digit code from your authenticator app.',
  'identity.login.totp.field': 'Authentication code',
  'identity.login.recovery.intro':
    'Enter one of your recovery codes. Each code can be used only once.',
  'identity.login.recovery.field': 'Recovery code',
  'identity.login.totp.useRecovery': 'Use a recovery code instead',
  'identity.login.totp.useApp': 'Use the authenticator app instead',
  'identity.login.totp.submit': 'Verify',
  'identity.login.totp.back': 'Start again',

  'identity.unlock.title': 'Unlock Vigil',
  'identity.unlock.intro':
    'You are still signed in, but your keys are kept in memory only and were cleared when the page was reloaded or locked. Enter your password to unlock them.',
  'identity.unlock.submit': 'Unlock',
  'identity.unlock.pending': 'Deriving your key from the password…',
  'identity.unlock.signOut': 'Sign out instead',
  'identity.unlock.wrongPassword': 'This password does not open your keys. Check it and try again.',

  'identity.settings.title': 'Account settings',
  'identity.settings.account': 'Account',
  'identity.settings.accountId': 'Account ID',
  'identity.totp.title': 'Two-factor authentication',
  'identity.totp.on': 'On',
  'identity.totp.off': 'Off',
  'identity.totp.statusOn':
    'Two-factor authentication is on: signing in needs a code from your authenticator app.',
  'identity.totp.statusOff':
    'Two-factor authentication is off. Turn it on, so that a stolen password alone is not enough to sign in.',
  'identity.totp.start': 'Set up two-factor authentication',
  'identity.totp.setupIntro':
    'Add this account to an authenticator app on another device (for example Aegis, 2FAS or FreeOTP), then enter the code the app shows.',
  'identity.totp.secret': 'Secret key, to type into the app',
  'identity.totp.uri': 'Setup link (otpauth URI)',
  'identity.totp.code': 'Code from the app',
  'identity.totp.enable': 'Turn on',
  'identity.totp.recoveryTitle': 'Your recovery codes',
  'identity.totp.recoveryIntro':
    'If you lose the device with your authenticator app, each of these codes lets you sign in once. They are shown only now. Write them down and keep them somewhere safe, away from this computer.',
  'identity.totp.recoveryStored': 'I have stored my recovery codes',
  'identity.totp.recoveryDone': 'Done',
  'identity.totp.enabled': 'Two-factor authentication is now on.',
  'identity.totp.disableIntro': 'To turn it off, enter a current code from your authenticator app.',
  'identity.totp.disable': 'Turn off',
  'identity.totp.disabled': 'Two-factor authentication is now off.',

  'role.owner': 'Owner',
  'role.admin': 'Admin',
  'role.documenter': 'Documenter',
  'role.analyst': 'Analyst',
  'role.viewer': 'Viewer',
  'role.hint.owner': 'Full control, including over other owners and admins.',
  'role.hint.admin': 'Manages members and reads the audit log.',
  'role.hint.documenter': 'Records testimonies, incidents and evidence.',
  'role.hint.analyst': 'Reads records and runs statistics.',
  'role.hint.viewer': 'Reads records only.',
  'status.active': 'Active',
  'status.invited': 'Invited',

  'vaults.list.title': 'Vaults',
  'vaults.list.intro': 'Each vault is a separate encrypted space, shared only with its members.',
  'vaults.list.create': 'New vault',
  'vaults.list.invitations': 'Invitations',
  'vaults.list.invitationsIntro':
    'You have been invited to these vaults. Accept an invitation to start working in the vault.',
  'vaults.list.yours': 'Your vaults',
  'vaults.list.accept': 'Accept',
  'vaults.list.accepted': 'You joined “{name}”.',
  'vaults.list.empty.title': 'No vaults yet',
  'vaults.list.empty.body':
    'A vault is an encrypted space for one body of work: a case, a region, a monitoring project. Only its members hold its key, so the server stores the vault but cannot read it. You decide who joins and what each member may do.',
  'vaults.list.empty.action': 'Create your first vault',
  'vaults.item.role': 'Your role: {role}',
  'vaults.item.created': 'Created {date, date, medium}',
  'vaults.item.invitation': 'Invitation',

  'vaults.create.title': 'Create a vault',
  'vaults.create.name': 'Vault name',
  'vaults.create.nameHint':
    'Encrypted on this device before it is sent. Only members of the vault can read it.',
  'vaults.create.email': 'Your e-mail, as other members will see it',
  'vaults.create.emailHint': 'Stored encrypted in the vault so that members can recognise you.',
  'vaults.create.submit': 'Create vault',
  'vaults.create.pending': 'Creating…',
  'vaults.create.created': 'Vault “{name}” created.',

  'vault.back': 'All vaults',
  'vault.tabs.label': 'Vault sections',
  'vault.tabs.members': 'Members',
  'vault.tabs.security': 'Security',
  'vault.rotation.required':
    'A member left this vault. Until a new vault key is made, nothing new can be saved in it.',
  'vault.rotation.adminHint':
    'Make the new key now: your device seals it for every member who stays.',
  'vault.rotation.memberHint':
    'Ask an owner or an admin of this vault to open it: their device makes the new key.',
  'vault.rotation.rotate': 'Make a new vault key',
  'vault.security.fieldsTitle': 'Sensitive fields',
  'vault.security.fieldsIntro':
    'These fields are encrypted on your devices by default, so the server cannot read them. Expose one only if your analysts must filter and count by it on the server: anyone who seizes the server could then read it.',
  'vault.security.fieldsLegend': 'Store as readable by the server',
  'vault.security.fieldsNote':
    'Records saved before a change keep each field where it was until they are saved again.',
  'vault.security.field.person.groupsEthnicity': 'Ethnic groups at risk',
  'vault.security.field.person.groupsReligion': 'Religious groups at risk',
  'vault.security.field.person.groupsLgbtq': 'LGBTQ+',
  'vault.security.field.person.groupsDisability': 'Disability',
  'vault.security.save': 'Save settings',
  'vault.security.saved': 'Settings saved.',
  'vault.security.keyTitle': 'Vault key',
  'vault.security.keyIntro':
    'The vault key is at version {count}. Make a new one when a member’s device may be in the wrong hands: everything saved afterwards is sealed with a key that device never had.',
  'vault.security.rotateConfirm':
    'Every current member gets the new key. Older records stay readable to them.',
  'vault.security.rotated': 'A new vault key was made.',
  'vault.tabs.audit': 'Audit',
  'vault.yourRoleLabel': 'Your role:',
  'vault.invited': 'You have been invited to this vault. Accept the invitation to open it.',
  'vault.notFound': 'This vault does not exist, or you are not one of its members.',

  'members.count': '{count, plural, one {# member} other {# members}}',
  'members.col.email': 'E-mail',
  'members.col.role': 'Role',
  'members.col.status': 'Status',
  'members.col.since': 'Since',
  'members.col.actions': 'Actions',
  'members.since': '{date, date, medium}',
  'members.you': '(you)',
  'members.changeRole': 'Role of {email}',
  'members.roleChanged': 'The role of {email} is now {role}.',
  'members.remove': 'Remove',
  'members.removeLabel': 'Remove {email}',
  'members.remove.title': 'Remove this member?',
  'members.remove.body':
    '{email} will lose access to this vault. Anything they have already seen or downloaded stays with them.',
  'members.remove.confirm': 'Remove member',
  'members.removed': '{email} was removed from the vault.',
  'members.readOnly': 'Only owners and admins can invite members or change their roles.',
  'members.invite.title': 'Invite a member',
  'members.invite.intro':
    'The person needs an account on this Vigil server. Their copy of the vault key is encrypted for them on this device.',
  'members.invite.email': 'E-mail',
  'members.invite.role': 'Role',
  'members.invite.submit': 'Invite',
  'members.invite.pending': 'Inviting…',
  'members.invite.sent': 'Invitation sent to {email}.',
  'members.invite.notFound': 'There is no account with this e-mail on this server.',

  'audit.title': 'Audit chain',
  'audit.intro':
    'Every change in this vault is recorded as an event that includes the hash of the event before it, so a deleted or altered event breaks the chain. Verification recomputes every hash on this device.',
  'audit.verify': 'Verify audit chain',
  'audit.verifying': 'Verifying…',
  'audit.ok':
    'The chain is intact: {count, plural, one {# event} other {# events}} checked, none altered or missing.',
  'audit.head': 'Hash of the latest event',
  'audit.bad': 'The chain is broken. The first bad event is number {seq}.',
  'audit.reason': 'Technical detail: {reason}',
  'audit.forbidden': 'Only owners and admins can read the audit chain of a vault.',

  'error.title': 'Something went wrong',
  'error.unknown':
    'Something unexpected went wrong. Try again; if it keeps happening, reload the page.',
  'error.validation_failed':
    'Some of the information is not valid. Check the fields and try again.',
  'error.malformed_json': 'The server could not read the request. Reload the page and try again.',
  'error.payload_too_large': 'This is too large to send.',
  'error.unsupported_media_type': 'The server does not accept this kind of content.',
  'error.not_found': 'Not found. It may have been removed, or you may not have access to it.',
  'error.unauthenticated': 'Your session has ended. Sign in again.',
  'error.invalid_credentials': 'The e-mail or the password is wrong.',
  'error.totp_required': 'Enter the code from your authenticator app to continue.',
  'error.totp_invalid': 'That code is not valid. Check the time on your device and try again.',
  'error.account_locked':
    'This account is temporarily locked after too many failed attempts. Try again later.',
  'error.rate_limited': 'Too many attempts. Wait a minute and try again.',
  'error.forbidden': 'Your role does not allow this.',
  'error.csrf_failed': 'Your session could not be verified. Reload the page and try again.',
  'error.conflict': 'This was changed by someone else in the meantime. Reload and try again.',
  'error.email_taken': 'An account with this e-mail already exists.',
  'error.already_member': 'This person is already a member of the vault or has been invited.',
  'error.last_owner': 'A vault must keep at least one owner.',
  'error.stale_key_version':
    'The vault key has changed in the meantime. Reload the page and try again.',
  'error.data_dir_locked':
    'The server cannot open its data: another Vigil server is using the same data directory.',
  'error.possible_duplicate':
    'The register already has a facility of this type in this region with a similar name. Open it, or merge the two.',
  'error.stale_link_run':
    'Someone saved a linkage run after you started from the last one. Reload the latest run, check it, and save again.',
  'error.internal_error': 'The server ran into a problem. Try again in a moment.',
  'error.network_error': 'The server cannot be reached. Check your connection and try again.',
  'error.bad_server_response':
    'The server sent an answer that does not check out. Do not continue, and tell your administrator.',
  'error.locked': 'Your keys are locked. Unlock with your password to continue.',
  'error.wasm_blocked':
    'This browser refused to run the code that derives your keys from the password (WebAssembly). Tell your administrator: the server must allow it.',
  'error.decrypt_failed':
    'Some data could not be decrypted. It may have been tampered with; tell your administrator.',
  'error.integrity_failed':
    'A file does not match the hash it was stored with. It may have been damaged or tampered with; keep what you have and tell your administrator.',
  ...recordsFormEn,
  ...recordsPagesEn,
  ...evidenceEn,
  ...facilitiesEn,
  ...monitoringEn,
  ...statisticsEn,
  ...reportsEn,
  ...riskIndexEn,
  ...estimationEn,
  ...linkageEn,
} as const satisfies Record<string, string>;

/** Every message id the app uses. */
export type MessageId = keyof typeof en;

/** A complete translation: the same keys as English. */
export type Catalog = Record<MessageId, string>;
