/** A FIFO async mutex: callers queue in arrival order; `acquire` resolves with the release function. */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  /** Waits for every earlier holder to release, then returns this holder's release function. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => next);
    let released = false;
    return previous.then(() => () => {
      // Releasing twice must not let a later holder in early.
      if (released) return;
      released = true;
      release();
    });
  }
}
