import type { BinaryHttp } from './binary';

/** Browsers have fetch only. */
export const binaryHttp: BinaryHttp | null = null;
