import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forget, forgetEverything, keep, keepsAnything, readKept, STORAGE_PREFIX } from '../../src/lib/device-storage';

/** An in-memory Web Storage that can be made full. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** A cookie jar as a page sees it: `name=value` pairs whose path covers the page's path. */
class CookieJar {
  readonly cookies = new Map<string, string>(); // "<path> <name>" → value
  constructor(private readonly pagePath: string) {}
  get cookie() {
    return [...this.cookies]
      .filter(([id]) => this.pagePath.startsWith(id.split(' ')[0]!))
      .map(([id, value]) => `${id.split(' ')[1]}=${value}`)
      .join('; ');
  }
  set cookie(text: string) {
    const [pair, ...attributes] = text.split(';').map((part) => part.trim());
    const [name, value] = pair!.split('=') as [string, string];
    const path = attributes.find((attribute) => attribute.startsWith('path='))?.slice(5) ?? '/';
    if (attributes.includes('max-age=0')) this.cookies.delete(`${path} ${name}`);
    else this.cookies.set(`${path} ${name}`, value);
  }
}

const PAGE = '/kap/worksheets/intention/';
let local: MemoryStorage;
let session: MemoryStorage;
let jar: CookieJar;
let databases: Set<string>;
let cacheNames: Set<string>;

beforeEach(() => {
  local = new MemoryStorage();
  session = new MemoryStorage();
  jar = new CookieJar(PAGE);
  databases = new Set();
  cacheNames = new Set();
  vi.stubGlobal('window', { localStorage: local, sessionStorage: session });
  vi.stubGlobal('location', { pathname: PAGE });
  vi.stubGlobal('document', jar);
  vi.stubGlobal('indexedDB', {
    databases: async () => [...databases].map((name) => ({ name, version: 1 })),
    deleteDatabase(name: string) {
      const request: { onsuccess?: () => void } = {};
      setTimeout(() => {
        databases.delete(name);
        request.onsuccess?.();
      });
      return request;
    },
  });
  vi.stubGlobal('caches', {
    keys: async () => [...cacheNames],
    delete: async (name: string) => cacheNames.delete(name),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('keep, readKept, forget', () => {
  it('keep JSON under the kit prefix and read it back', () => {
    expect(keep('draft:intention', { answers: { a: 'b' } })).toBe(true);
    expect(local.getItem(`${STORAGE_PREFIX}draft:intention`)).toBe('{"answers":{"a":"b"}}');
    expect(readKept('draft:intention')).toEqual({ answers: { a: 'b' } });
    forget('draft:intention');
    expect(readKept('draft:intention')).toBeUndefined();
    expect(local.length).toBe(0);
  });

  it('say when storage is full, and read unreadable text as nothing', () => {
    local.full = true;
    expect(keep('draft:intention', { big: 'x' })).toBe(false);
    local.full = false;
    local.setItem(`${STORAGE_PREFIX}draft:intention`, '{not json');
    expect(readKept('draft:intention')).toBeUndefined();
  });

  it('survive storage being blocked', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('Access is denied', 'SecurityError');
      },
      get sessionStorage(): Storage {
        throw new DOMException('Access is denied', 'SecurityError');
      },
    });
    expect(keep('draft:intention', {})).toBe(false);
    expect(readKept('draft:intention')).toBeUndefined();
    expect(() => forget('draft:intention')).not.toThrow();
    expect(keepsAnything()).toBe(false);
  });
});

describe('keepsAnything', () => {
  it('is true only while a kit key is in localStorage or sessionStorage', () => {
    local.setItem('other-app', '1');
    expect(keepsAnything()).toBe(false);
    session.setItem(`${STORAGE_PREFIX}x`, '1');
    expect(keepsAnything()).toBe(true);
  });
});

describe('forgetEverything', () => {
  it('erases every kit key in both storages (drafts and plan ticks) and leaves other keys', async () => {
    keep('draft:intention', { answers: {} });
    keep('draft:chaperone', { answers: {} });
    keep('plan-progress:safety-protocol', { read: ['safety-protocol'] });
    session.setItem(`${STORAGE_PREFIX}anything`, 'x');
    local.setItem('another-app', 'keep me');
    session.setItem('another-app', 'keep me');
    await forgetEverything();
    expect([...local.items.keys()]).toEqual(['another-app']);
    expect([...session.items.keys()]).toEqual(['another-app']);
    expect(keepsAnything()).toBe(false);
  });

  it('removes storage keys at once, before anything asynchronous', () => {
    keep('draft:intention', { answers: {} });
    void forgetEverything();
    expect(local.length).toBe(0);
  });

  it('deletes IndexedDB databases and caches named with the prefix, and no others', async () => {
    databases.add(`${STORAGE_PREFIX}answers`).add('another-app');
    cacheNames.add(`${STORAGE_PREFIX}pages`).add('another-app');
    await forgetEverything();
    expect([...databases]).toEqual(['another-app']);
    expect([...cacheNames]).toEqual(['another-app']);
  });

  it('expires every cookie the page can see, on whichever path above it it was set', async () => {
    jar.cookie = 'atRoot=1; path=/';
    jar.cookie = 'atBase=1; path=/kap/';
    jar.cookie = 'atBaseNoSlash=1; path=/kap';
    jar.cookie = 'atPage=1; path=/kap/worksheets/intention/';
    jar.cookie = 'elsewhere=1; path=/other/';
    expect(document.cookie.split('; ').sort()).toEqual(['atBase=1', 'atBaseNoSlash=1', 'atPage=1', 'atRoot=1']);
    await forgetEverything();
    expect(document.cookie).toBe('');
    // A cookie of another path is not this page's to see, and stays.
    expect([...jar.cookies.keys()]).toEqual(['/other/ elsewhere']);
  });

  it('never throws when a browser has no IndexedDB, no Cache Storage, and blocks storage and cookies', async () => {
    vi.stubGlobal('indexedDB', undefined);
    vi.stubGlobal('caches', undefined);
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('Access is denied', 'SecurityError');
      },
    });
    vi.stubGlobal('document', {
      get cookie(): string {
        throw new DOMException('Access is denied', 'SecurityError');
      },
    });
    await expect(forgetEverything()).resolves.toBeUndefined();
  });
});
