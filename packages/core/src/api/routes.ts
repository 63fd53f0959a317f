/**
 * Every API route, in one table shared by the server (registration), the client (calls) and the
 * tests (the authorisation matrix and the fuzzer walk it). Paths use `:param` placeholders.
 */
export const routes = {
  health: { method: 'GET', path: '/api/health', auth: 'none' },
  instance: { method: 'GET', path: '/api/instance', auth: 'none' },
  prelogin: { method: 'POST', path: '/api/auth/prelogin', auth: 'none' },
  register: { method: 'POST', path: '/api/auth/register', auth: 'none' },
  login: { method: 'POST', path: '/api/auth/login', auth: 'none' },
  logout: { method: 'POST', path: '/api/auth/logout', auth: 'account' },
  session: { method: 'GET', path: '/api/auth/session', auth: 'account' },
  totpSetup: { method: 'POST', path: '/api/auth/totp/setup', auth: 'account' },
  totpEnable: { method: 'POST', path: '/api/auth/totp/enable', auth: 'account' },
  totpDisable: { method: 'POST', path: '/api/auth/totp/disable', auth: 'account' },
  accountLookup: { method: 'POST', path: '/api/accounts/lookup', auth: 'account' },
  vaultCreate: { method: 'POST', path: '/api/vaults', auth: 'account' },
  vaultList: { method: 'GET', path: '/api/vaults', auth: 'account' },
  vaultGet: { method: 'GET', path: '/api/vaults/:vaultId', auth: 'vault:vault.read' },
  memberList: { method: 'GET', path: '/api/vaults/:vaultId/members', auth: 'vault:members.list' },
  memberInvite: {
    method: 'POST',
    path: '/api/vaults/:vaultId/members',
    auth: 'vault:members.invite',
  },
  invitationAccept: { method: 'POST', path: '/api/vaults/:vaultId/accept', auth: 'invitee' },
  memberChangeRole: {
    method: 'PATCH',
    path: '/api/vaults/:vaultId/members/:accountId',
    auth: 'vault:members.changeRole',
  },
  memberRemove: {
    method: 'DELETE',
    path: '/api/vaults/:vaultId/members/:accountId',
    auth: 'vault:members.remove',
  },
  auditChain: { method: 'GET', path: '/api/audit/:chain', auth: 'vault:audit.read' },
  vocabList: { method: 'GET', path: '/api/vocab', auth: 'account' },
  vocabGet: { method: 'GET', path: '/api/vocab/:list', auth: 'account' },
  recordCreate: {
    method: 'POST',
    path: '/api/vaults/:vaultId/records',
    auth: 'vault:records.write',
  },
  recordList: { method: 'GET', path: '/api/vaults/:vaultId/records', auth: 'vault:records.read' },
  // Blind indexes go in the body, never in the URL (they would land in access logs).
  recordNameLookup: {
    method: 'POST',
    path: '/api/vaults/:vaultId/records/name-lookup',
    auth: 'vault:records.read',
  },
  recordGet: {
    method: 'GET',
    path: '/api/vaults/:vaultId/records/:recordId',
    auth: 'vault:records.read',
  },
  recordUpdate: {
    method: 'PUT',
    path: '/api/vaults/:vaultId/records/:recordId',
    auth: 'vault:records.write',
  },
  recordDelete: {
    method: 'DELETE',
    path: '/api/vaults/:vaultId/records/:recordId',
    auth: 'vault:records.delete',
  },
  recordRestore: {
    method: 'POST',
    path: '/api/vaults/:vaultId/records/:recordId/restore',
    auth: 'vault:records.delete',
  },
  recordHistory: {
    method: 'GET',
    path: '/api/vaults/:vaultId/records/:recordId/versions',
    auth: 'vault:records.read',
  },
} as const;
export type RouteName = keyof typeof routes;
