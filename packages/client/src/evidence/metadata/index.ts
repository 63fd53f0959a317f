// Evidence metadata extraction (issue 4 point 3), platform-neutral: bytes in, sealed metadata out.
export { METADATA_HEAD_BYTES, extractMetadata, type ExtractMetadataInput } from './extract';
export { SNIFFED_TYPES, sniffMediaType, type SniffedType } from './sniff';
