// Evidence files on the client (issue 4): metadata read before encryption, and working copies.
export * from './metadata';
export * from './working-copy';
