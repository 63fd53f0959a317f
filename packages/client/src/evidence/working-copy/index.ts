// Working copies of evidence files (issue 4 point 2); the original is never altered.
export { STRIPPABLE_TYPES, stripImageMetadata, type StripResult, type StrippedItem } from './strip';
