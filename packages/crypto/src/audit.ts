import { canonicalJson } from './canonical-json';
import { concatBytes, fromHex, toHex, utf8 } from './encoding';
import { sha256 } from './hash';

/**
 * Next link of an audit hash chain: hex SHA-256(fromHex(prevHash) ‖ UTF-8(canonicalJson(body))).
 * The first event of a chain passes its chain's genesis value as prevHashHex.
 */
export const auditEventHash = async (prevHashHex: string, body: unknown): Promise<string> =>
  toHex(await sha256(concatBytes(fromHex(prevHashHex), utf8(canonicalJson(body)))));
