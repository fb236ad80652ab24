import { describe, expect, it } from 'vitest';
import {
  certificateFileName,
  newCertificateId,
  readCertificate,
  verificationCode,
} from '../../../modules/certificate/certificate-record.ts';

describe('certificate ids and codes', () => {
  it('gives 26 Crockford characters for 128 random bits', () => {
    expect(newCertificateId(new Uint8Array(16))).toBe('0'.repeat(26));
    expect(newCertificateId(new Uint8Array(16).fill(255))).toBe(`7${'Z'.repeat(25)}`);
    const id = newCertificateId();
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(newCertificateId()).not.toBe(id);
  });

  it('derives a ten-character code in two groups from the integrity hash, without I, L, O or U', () => {
    expect(verificationCode(`sha256:${'0'.repeat(64)}`)).toBe('00000-00000');
    expect(verificationCode(`sha256:${'f'.repeat(64)}`)).toBe('ZZZZZ-ZZZZZ');
    expect(verificationCode(`sha256:0123456789abcdef${'0'.repeat(48)}`)).toBe('04HMA-SW9NF');
  });

  it('names the files after the module and the day', () => {
    const record = { module: { id: 'onderwijs', contentVersion: '' }, issuedAt: '2026-12-02T10:15:00.000Z' };
    expect(certificateFileName(record, 'pdf')).toBe('bewijs-van-deelname-onderwijs-2026-12-02.pdf');
  });
});

describe('readCertificate', () => {
  it('refuses text larger than a record can be before parsing it', () => {
    expect(readCertificate(`{"a":"${'x'.repeat(1_000_001)}"}`)).toMatchObject({
      ok: false,
      code: 'niet-leesbaar',
    });
  });

  it('refuses another kind of record', () => {
    expect(readCertificate({ kind: 'poging', version: 2 })).toMatchObject({ ok: false, code: 'vreemd' });
  });
});
