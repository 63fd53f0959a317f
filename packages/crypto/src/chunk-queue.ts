/**
 * A byte queue for streaming: pieces of any size go in, exact-size blocks come out. Memory is the
 * pieces not yet taken, so a stream is processed with about one chunk (plus one piece) buffered.
 */
export class ChunkQueue {
  private pieces: Uint8Array[] = [];
  private offset = 0;
  private total = 0;

  /** Bytes currently buffered. */
  get length(): number {
    return this.total;
  }

  /** Appends a piece (kept by reference: callers must not reuse it, or call `own` first). */
  push(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.pieces.push(piece);
    this.total += piece.length;
  }

  /**
   * Makes the queue's bytes its own: the newest piece (the only one not copied before, when this
   * is called after every push) is replaced by a copy of what is left of it. Its source may then
   * reuse it. Nothing is copied when that piece was taken whole.
   */
  own(): void {
    const last = this.pieces.length - 1;
    const newest = this.pieces[last];
    if (newest === undefined) return;
    const from = last === 0 ? this.offset : 0;
    this.pieces[last] = newest.slice(from);
    if (last === 0) this.offset = 0;
  }

  /** Removes and returns the first n bytes (n ≤ length). */
  take(n: number): Uint8Array {
    const first = this.pieces[0];
    if (first !== undefined && first.length - this.offset >= n) {
      // The whole answer lies in the first piece (a file read in chunk-sized pieces always
      // does): a view, no copy. Pieces are the caller's to give away (see push).
      const view = first.subarray(this.offset, this.offset + n);
      this.offset += n;
      if (this.offset === first.length) {
        this.pieces.shift();
        this.offset = 0;
      }
      this.total -= n;
      return view;
    }
    const out = new Uint8Array(n);
    let o = 0;
    while (o < n) {
      const head = this.pieces[0] as Uint8Array;
      const part = Math.min(n - o, head.length - this.offset);
      out.set(head.subarray(this.offset, this.offset + part), o);
      o += part;
      this.offset += part;
      if (this.offset === head.length) {
        this.pieces.shift();
        this.offset = 0;
      }
    }
    this.total -= n;
    return out;
  }
}
