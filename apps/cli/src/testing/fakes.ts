import type { VigilClient } from '@vigil/client';
import type { CliDeps } from '../main';
import type { SessionStore, StoredSession } from '../platform/state';
import type { Terminal } from '../platform/terminal';

/** A terminal that records output and answers prompts from a queue (test helper). */
export const fakeTerminal = (
  options: { interactive?: boolean; answers?: string[]; stdin?: string } = {},
) => {
  const answers = [...(options.answers ?? [])];
  const out: string[] = [];
  const err: string[] = [];
  const prompts: string[] = [];
  const terminal: Terminal = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    interactive: options.interactive ?? false,
    prompt: async (question) => {
      prompts.push(question);
      const answer = answers.shift();
      if (answer === undefined) throw new Error('unexpected prompt');
      return answer;
    },
    readStdin: async () => {
      if (options.stdin === undefined) throw new Error('unexpected read of stdin');
      return options.stdin;
    },
  };
  return {
    terminal,
    prompts,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
};

/** An in-memory session store (test helper). */
export const memorySessions = (initial: Record<string, string> = {}) => {
  const map = new Map<string, StoredSession>(
    Object.entries(initial).map(([server, token]) => [server, { token }]),
  );
  const store: SessionStore = {
    get: async (server) => map.get(server),
    set: async (server, session) => void map.set(server, session),
    delete: async (server) => void map.delete(server),
  };
  return { store, map };
};

/** A recorded client call: method path and arguments. */
export interface Call {
  method: string;
  args: unknown[];
}

/**
 * A fake client whose methods record their calls and return what `impl` gives (or undefined).
 * Only the methods a test touches need an implementation.
 */
export const fakeClientFactory = (impl: Record<string, (...args: unknown[]) => unknown> = {}) => {
  const calls: Call[] = [];
  const created: { baseUrl: string; token?: string }[] = [];
  const method =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push({ method: name, args });
      const fn = impl[name];
      return fn ? fn(...args) : undefined;
    };
  const syncMethod =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push({ method: name, args });
      const fn = impl[name];
      return fn ? fn(...args) : undefined;
    };
  const factory = (options: { baseUrl: string; token?: string }): VigilClient => {
    created.push(options);
    const client = {
      register: method('register'),
      login: method('login'),
      resume: method('resume'),
      unlock: method('unlock'),
      logout: method('logout'),
      lock: syncMethod('lock'),
      isUnlocked: syncMethod('isUnlocked'),
      account: syncMethod('account'),
      totp: {
        setup: method('totp.setup'),
        enable: method('totp.enable'),
        disable: method('totp.disable'),
      },
      vaults: {
        create: method('vaults.create'),
        list: method('vaults.list'),
        get: method('vaults.get'),
        members: method('vaults.members'),
        invite: method('vaults.invite'),
        accept: method('vaults.accept'),
        changeRole: method('vaults.changeRole'),
        remove: method('vaults.remove'),
      },
      audit: { verify: method('audit.verify') },
      vocab: { list: method('vocab.list'), get: method('vocab.get') },
      records: {
        create: method('records.create'),
        get: method('records.get'),
        list: method('records.list'),
        update: method('records.update'),
        delete: method('records.delete'),
        restore: method('records.restore'),
        history: method('records.history'),
        importRecords: method('records.importRecords'),
      },
      exports: {
        vault: method('exports.vault'),
        importJson: method('exports.importJson'),
      },
    };
    return client as unknown as VigilClient;
  };
  return { factory, calls, created, names: () => calls.map((c) => c.method) };
};

/** Dependencies for an in-process run that must never start a server. */
export const noServe: CliDeps['serve'] = async () => {
  throw new Error('serve was not expected in this test');
};
