/**
 * Raw-bytes requests (evidence parts up, file content down) outside fetch. In Node, fetch copies
 * every request body and hands a response through web streams: for a 1 GiB file that was about a
 * fifth of the CLI's CPU time and most of its garbage (issue 4 point 10). `#binary-http` is
 * node:http(s) in Node and absent (null) in the browser, where fetch is the only way.
 */
export interface BinaryHttp {
  /**
   * Sends `body` and reads the whole (JSON or error) answer. `onSent` is told once the body has
   * been handed to the system: from then on its bytes are not read again and may be reused.
   */
  send(
    url: string,
    method: string,
    headers: Record<string, string>,
    body: Uint8Array,
    onSent?: () => void,
  ): Promise<Response>;
  /**
   * Starts a request and hands over its answer as a Response whose body is a stream only when the
   * status is 200; otherwise the (JSON error) text. The chunks come from `chunks` for a 200.
   */
  receive(
    url: string,
    method: string,
    headers: Record<string, string>,
  ): Promise<{ response: Response; chunks: AsyncIterable<Uint8Array> | null }>;
}
