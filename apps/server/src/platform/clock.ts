/** The time source; injected so lockouts, TOTP steps and session expiry are testable without sleeping. */
export type Clock = () => Date;

/** The wall clock. */
export const systemClock: Clock = () => new Date();

/** A settable clock for tests: starts at `start` and moves only when told. */
export const manualClock = (start = new Date('2026-01-01T00:00:00.000Z')) => {
  let now = start.getTime();
  const clock: Clock = () => new Date(now);
  return {
    clock,
    /** Moves the clock forward by `ms` milliseconds. */
    advance: (ms: number): void => {
      now += ms;
    },
  };
};
