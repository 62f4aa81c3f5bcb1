import { md5 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import {
  PDFArray,
  PDFBool,
  PDFContext,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import type { EncryptionSource } from './pdf-structure';
import { pdfStringBytes } from './pdf-text';

/**
 * Tells whether an encrypted PDF opens without a password: the standard security handler with an
 * empty user password, which every reader opens without asking (qpdf `--encrypt "" owner …`, or a
 * reader's "restrict editing" with no password to open). pdf-lib cannot decrypt, so the kit cannot
 * read such a file either; but the patient can be told that it is encryption, not a password they
 * forgot, that stands in the way.
 *
 * Nothing here decrypts the document. It computes, for the empty password, the check value the
 * encryption dictionary holds, as a reader does before it opens the file, and compares:
 * - revisions 2–4 (RC4 and AES-128): the file key by ISO 32000-1 §7.6.3.3 Algorithm 2 (MD5), then
 *   `/U` by Algorithm 4 (revision 2) or 5 (3 and 4), which encrypt a fixed padding with RC4;
 * - revision 5 (Adobe's AES-256 extension): SHA-256 of the password and `/U`'s validation salt;
 * - revision 6 (AES-256, PDF 2.0): the hash of ISO 32000-2 §7.6.4.3.4 Algorithm 2.B (SHA-256/384/512
 *   and AES-128-CBC, the latter by WebCrypto) of the password and `/U`'s validation salt.
 * MD5 and SHA-2 come from @noble/hashes (audited, no dependencies); WebCrypto has no MD5. Anything
 * else (another security handler, a revision or key length this does not know, values given by
 * reference, no WebCrypto for revision 6) is "needs a password": the file is refused either way.
 */

/** The 32-byte padding of ISO 32000-1 §7.6.3.3 Algorithm 2, step a: the empty password padded. */
const PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00,
  0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

const concat = (...parts: Uint8Array[]) => {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
};

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index]);

/**
 * RC4 (ARCFOUR) of `data` with `key`, as Algorithms 4 and 5 use it to compute `/U` from a fixed
 * padding. Used only for that check value, never on the document's contents.
 */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const state = new Uint8Array(256);
  for (let index = 0; index < 256; index++) state[index] = index;
  for (let index = 0, mix = 0; index < 256; index++) {
    mix = (mix + state[index]! + key[index % key.length]!) & 0xff;
    [state[index], state[mix]] = [state[mix]!, state[index]!];
  }
  const out = new Uint8Array(data.length);
  for (let position = 0, i = 0, j = 0; position < data.length; position++) {
    i = (i + 1) & 0xff;
    j = (j + state[i]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
    out[position] = data[position]! ^ state[(state[i]! + state[j]!) & 0xff]!;
  }
  return out;
}

/** What the encryption dictionary says, for the standard security handler. */
interface StandardEncryption {
  revision: number;
  version: number;
  owner: Uint8Array;
  user: Uint8Array;
  permissions: number;
  /** Key length in bits (`/Length`), if given. */
  length?: number;
  encryptMetadata: boolean;
  /** The first element of the trailer's `/ID`, or nothing. */
  id: Uint8Array;
}

/** Revisions 2–4: whether `/U` is what the empty user password gives (Algorithms 2, 4 and 5). */
function emptyUserPasswordR2R4(encryption: StandardEncryption): boolean {
  const { revision, version } = encryption;
  const bits = revision === 2 ? 40 : (encryption.length ?? (version === 4 ? 128 : 40));
  if (
    bits % 8 !== 0 ||
    bits < 40 ||
    bits > 128 ||
    encryption.owner.length < 32 ||
    encryption.user.length < (revision === 2 ? 32 : 16)
  )
    return false;
  const keyLength = bits / 8;
  const permissions = Uint8Array.of(
    encryption.permissions & 0xff,
    (encryption.permissions >>> 8) & 0xff,
    (encryption.permissions >>> 16) & 0xff,
    (encryption.permissions >>> 24) & 0xff,
  );
  const metadata =
    revision >= 4 && !encryption.encryptMetadata ? Uint8Array.of(0xff, 0xff, 0xff, 0xff) : new Uint8Array();
  let hash = md5(concat(PADDING, encryption.owner.subarray(0, 32), permissions, encryption.id, metadata));
  if (revision >= 3) for (let round = 0; round < 50; round++) hash = md5(hash.subarray(0, keyLength));
  const key = hash.subarray(0, keyLength);
  if (revision === 2) return equal(rc4(key, PADDING), encryption.user.subarray(0, 32));
  let check = rc4(key, md5(concat(PADDING, encryption.id)));
  for (let round = 1; round <= 19; round++)
    check = rc4(
      key.map((byte) => byte ^ round),
      check,
    );
  return equal(check, encryption.user.subarray(0, 16));
}

/** AES-128-CBC without padding, by WebCrypto (which pads: the extra last block is dropped). */
async function aes128Cbc(subtle: SubtleCrypto, key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await subtle.importKey('raw', key as BufferSource, 'AES-CBC', false, ['encrypt']);
  return new Uint8Array(
    await subtle.encrypt({ name: 'AES-CBC', iv: iv as BufferSource }, cryptoKey, data as BufferSource),
  ).subarray(0, data.length);
}

/** ISO 32000-2 §7.6.4.3.4 Algorithm 2.B, for a user password (no `/U` string mixed in). */
async function hash2B(subtle: SubtleCrypto, password: Uint8Array, salt: Uint8Array): Promise<Uint8Array> {
  let key = sha256(concat(password, salt));
  let last = 0;
  for (let round = 0; round < 64 || last > round - 32; round++) {
    const once = concat(password, key);
    const repeated = new Uint8Array(once.length * 64);
    for (let copy = 0; copy < 64; copy++) repeated.set(once, copy * once.length);
    const encrypted = await aes128Cbc(subtle, key.subarray(0, 16), key.subarray(16, 32), repeated);
    // The first 16 bytes as a big-endian number, modulo 3: as 256 ≡ 1 (mod 3), their sum modulo 3.
    let remainder = 0;
    for (let index = 0; index < 16; index++) remainder += encrypted[index]!;
    remainder %= 3;
    key = remainder === 0 ? sha256(encrypted) : remainder === 1 ? sha384(encrypted) : sha512(encrypted);
    last = encrypted[encrypted.length - 1]!;
  }
  return key.subarray(0, 32);
}

/** Revisions 5 and 6: whether `/U` is what the empty user password gives. */
async function emptyUserPasswordR5R6(encryption: StandardEncryption): Promise<boolean> {
  const { user } = encryption;
  if (user.length < 48) return false;
  const validationSalt = user.subarray(32, 40);
  const expected = user.subarray(0, 32);
  if (encryption.revision === 5) return equal(sha256(validationSalt), expected);
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return false;
  return equal(await hash2B(subtle, new Uint8Array(), validationSalt), expected);
}

/** Parses one PDF object from `bytes`, or `undefined` if it is not one. */
function parse(bytes: Uint8Array | undefined, context: PDFContext): PDFObject | undefined {
  if (!bytes) return undefined;
  try {
    return PDFObjectParser.forBytes(bytes, context).parseObject();
  } catch {
    return undefined;
  }
}

/** What the encryption dictionary of `source` says, if it is the standard security handler's. */
function standardEncryption(source: EncryptionSource): StandardEncryption | undefined {
  const context = PDFContext.create();
  const trailer = parse(source.trailer, context);
  if (!(trailer instanceof PDFDict)) return undefined;
  const resolve = (object: PDFObject | undefined) =>
    object instanceof PDFRef ? parse(source.object(object.objectNumber, object.generationNumber), context) : object;
  const encrypt = resolve(trailer.get(PDFName.of('Encrypt')));
  if (!(encrypt instanceof PDFDict)) return undefined;
  const entry = (key: string) => resolve(encrypt.get(PDFName.of(key)));
  const bytes = (object: PDFObject | undefined) =>
    object instanceof PDFString || object instanceof PDFHexString ? pdfStringBytes(object) : undefined;
  const number = (object: PDFObject | undefined) => (object instanceof PDFNumber ? object.asNumber() : undefined);

  if (entry('Filter') !== PDFName.of('Standard')) return undefined;
  const revision = number(entry('R'));
  const version = number(entry('V'));
  const owner = bytes(entry('O'));
  const user = bytes(entry('U'));
  const permissions = number(entry('P'));
  if (revision === undefined || version === undefined || !owner || !user || permissions === undefined) return undefined;
  const ids = resolve(trailer.get(PDFName.of('ID')));
  const id = ids instanceof PDFArray ? bytes(resolve(ids.get(0))) : undefined;
  const encryptMetadata = entry('EncryptMetadata');
  return {
    revision,
    version,
    owner,
    user,
    permissions,
    length: number(entry('Length')),
    encryptMetadata: !(encryptMetadata instanceof PDFBool) || encryptMetadata.asBoolean(),
    id: id ?? new Uint8Array(),
  };
}

/**
 * Whether the encrypted file described by `source` opens without a password: the standard security
 * handler, and its `/U` entry is what the empty user password gives. `false` when it needs a
 * password, or when that cannot be told.
 */
export async function opensWithoutPassword(source: EncryptionSource): Promise<boolean> {
  try {
    const encryption = standardEncryption(source);
    if (!encryption) return false;
    const { revision, version } = encryption;
    if (revision >= 2 && revision <= 4 && [1, 2, 4].includes(version)) return emptyUserPasswordR2R4(encryption);
    if ((revision === 5 || revision === 6) && version === 5) return await emptyUserPasswordR5R6(encryption);
    return false;
  } catch {
    return false;
  }
}
