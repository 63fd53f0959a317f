import { createInterface } from 'node:readline/promises';
import { readProcessStdin } from './input';

/** The CLI's view of its terminal: two output streams and, when interactive, prompts. */
export interface Terminal {
  /** Writes to stdout (results). */
  out(text: string): void;
  /** Writes to stderr (progress, warnings, errors). */
  err(text: string): void;
  /** True when a human can answer prompts (stdin and stderr are both TTYs). */
  readonly interactive: boolean;
  /** Asks a question on stderr and reads one line; `hidden` turns echo off (passwords). */
  prompt(question: string, options?: { hidden?: boolean }): Promise<string>;
  /** Reads standard input to its end (data piped in, such as a record as JSON). */
  readStdin(): Promise<string>;
}

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = ['\u007f', '\b'];

/** Reads one line from a raw-mode TTY without echoing it. */
const readHidden = (question: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const { stdin, stderr } = process;
    stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === CTRL_C || ch === CTRL_D) return finish(new PromptCancelled());
        if (BACKSPACE.includes(ch)) value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });

/** Thrown when the user aborts a prompt with Ctrl-C or Ctrl-D. */
export class PromptCancelled extends Error {
  readonly code = 'cancelled';
  constructor() {
    super('cancelled at the prompt');
  }
}

/** The real terminal of this process. */
export const processTerminal = (): Terminal => ({
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
  async prompt(question, options = {}) {
    if (options.hidden) return readHidden(question);
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  },
  readStdin: readProcessStdin,
});
