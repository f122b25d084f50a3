import { decodeText } from '../../../src/browser/console/file-text';

describe('the text of a picked file', () => {
  it('reads UTF-8, with or without its byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('\ufeffid;name\r\nthesame;Thésame'))).toBe('id;name\r\nthesame;Thésame');
    expect(decodeText(new TextEncoder().encode('id;name'))).toBe('id;name');
  });

  it('reads Windows-1252 when the bytes are not UTF-8, as Excel writes CSV on a French Windows', () => {
    // « Thésame » with é as the single byte 0xE9 (Node's decoder, unlike the browsers', lacks the 0x80–0x9F block).
    const bytes = Uint8Array.from([0x54, 0x68, 0xe9, 0x73, 0x61, 0x6d, 0x65, 0x3b, 0x4c, 0xe9, 0x61]);
    expect(decodeText(bytes)).toBe('Thésame;Léa');
  });
});
