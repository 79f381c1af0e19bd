import { describe, expect, it } from 'vitest';
import { pageRefusalOfHostError } from './pageRefusalCodes';

// Each kind of host error staff can meet, and what they are told; an unknown code (even one named
// like an object property) counts as the host failing.
const TOLD_FOR = [
  ['unreachable', 'host-unreachable'],
  ['bad-response', 'host-unreachable'],
  ['unsupported', 'updates-not-offered'],
  ['channel-not-allowed', 'updates-not-offered'],
  ['invalid-argument', 'request-refused'],
  ['bad-request', 'request-refused'],
  ['internal-error', 'host-failed'],
  ['something-new', 'host-failed'],
  ['constructor', 'host-failed'],
] as const;

describe('pageRefusalOfHostError', () => {
  it.each(TOLD_FOR)('tells staff of host error %s as %s', (hostCode, refusal) => {
    expect(pageRefusalOfHostError(hostCode)).toBe(refusal);
  });
});
