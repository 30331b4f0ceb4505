import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from '../../../src/server/requestGuards';

describe('Host check (DNS rebinding)', () => {
  it('accepts the loopback address and localhost on our port only', () => {
    expect(isAllowedHost('127.0.0.1:4827', 4827)).toBe(true);
    expect(isAllowedHost('localhost:4827', 4827)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4827', 4827)).toBe(true);
  });

  it('refuses other names, other ports and a missing Host', () => {
    expect(isAllowedHost('evil.example:4827', 4827)).toBe(false);
    expect(isAllowedHost('127.0.0.1:80', 4827)).toBe(false);
    expect(isAllowedHost('127.0.0.1', 4827)).toBe(false);
    expect(isAllowedHost(undefined, 4827)).toBe(false);
  });
});

describe('Origin check (other local pages)', () => {
  it('accepts no Origin and our own', () => {
    expect(isAllowedOrigin(undefined, 4827)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4827', 4827)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4827', 4827)).toBe(true);
  });

  it('refuses any other origin, even another loopback port', () => {
    expect(isAllowedOrigin('http://127.0.0.1:3000', 4827)).toBe(false);
    expect(isAllowedOrigin('https://127.0.0.1:4827', 4827)).toBe(false);
    expect(isAllowedOrigin('null', 4827)).toBe(false);
    expect(isAllowedOrigin('http://evil.example', 4827)).toBe(false);
  });
});

describe('token', () => {
  it('must match exactly', () => {
    expect(tokenMatches('abc123', 'abc123')).toBe(true);
    expect(tokenMatches('abc124', 'abc123')).toBe(false);
    expect(tokenMatches('abc12', 'abc123')).toBe(false);
    expect(tokenMatches(undefined, 'abc123')).toBe(false);
    expect(tokenMatches(['abc123'], 'abc123')).toBe(false);
  });
});
