import type { CliContext } from '../../context';

const WIDTH = 30;

/**
 * A progress bar on stderr, redrawn in place, when stderr is a terminal a human watches;
 * otherwise silent (scripts read stdout and the final line only).
 */
export const progressBar = (ctx: CliContext) => {
  let last = '';
  return {
    update(label: string, done: number, total: number): void {
      if (!ctx.terminal.interactive || total <= 0) return;
      const filled = Math.round((done / total) * WIDTH);
      const line = `${label.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}`;
      if (line === last) return;
      last = line;
      ctx.terminal.err(`\r${line}`);
    },
    end(): void {
      if (last !== '') ctx.terminal.err('\n');
      last = '';
    },
  };
};
