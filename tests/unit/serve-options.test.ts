import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { DEFAULT_PORT, readServeOptions } from '../../scripts/serve-options.mjs';

/**
 * scripts/serve.mjs's command line, as `npm start` and `npm run preview` hand it over: npm appends
 * what follows `--` after the whole script string, so the server reads the script's own arguments
 * first and the person's last.
 */

/** The arguments serve.mjs gets from `npm run <script> -- <extra>`, split as a shell would. */
function argsOf(script: 'start' | 'preview', extra: string[]): string[] {
  const command = pkg.scripts[script].split('&&').at(-1)!.trim().split(/\s+/);
  expect(command.slice(0, 2), `package.json "scripts.${script}" ends by running scripts/serve.mjs`).toEqual([
    'node',
    'scripts/serve.mjs',
  ]);
  return [...command.slice(2), ...extra];
}

describe('the server’s port', () => {
  it('is 4321 when nothing says otherwise', () => {
    expect(readServeOptions(argsOf('start', []), {})).toEqual({ port: DEFAULT_PORT, host: '127.0.0.1', dir: 'dist' });
    expect(DEFAULT_PORT).toBe(4321);
  });

  it('follows `npm start -- --port 5000` and `npm run preview -- --port=5000`', () => {
    expect(readServeOptions(argsOf('start', ['--port', '5000']), {}).port).toBe(5000);
    expect(readServeOptions(argsOf('preview', ['--port=5000']), {}).port).toBe(5000);
  });

  it('follows `PORT=5000 npm start`, and a --port given on the command line over PORT', () => {
    expect(readServeOptions(argsOf('start', []), { PORT: '5000' }).port).toBe(5000);
    expect(readServeOptions(argsOf('start', ['--port', '5001']), { PORT: '5000' }).port).toBe(5001);
    expect(readServeOptions([], { PORT: '' }).port).toBe(DEFAULT_PORT);
  });

  it('takes the last --port when there are several (a script that sets one, then the person’s)', () => {
    expect(readServeOptions(['--port', '4321', '--port', '5000'], {}).port).toBe(5000);
  });

  it('refuses a port that is not a number from 1 to 65535, naming where it came from', () => {
    expect(() => readServeOptions(['--port', 'abc'], {})).toThrow(
      /--port must be a port number from 1 to 65535, not "abc"/,
    );
    expect(() => readServeOptions(['--port', '0'], {})).toThrow(/--port must be/);
    expect(() => readServeOptions([], { PORT: '99999' })).toThrow(
      /PORT must be a port number from 1 to 65535, not "99999"/,
    );
    expect(() => readServeOptions([], { PORT: '50.5' })).toThrow(/PORT must be/);
  });

  it('refuses a stray argument or an unknown option with the usage line', () => {
    expect(() => readServeOptions(['5000'], {})).toThrow(/scripts\/serve\.mjs: .*\nUsage: node scripts\/serve\.mjs/);
    expect(() => readServeOptions(['--prot', '5000'], {})).toThrow(/Unknown option '--prot'[\s\S]*Usage:/);
  });
});

describe('the server’s other options', () => {
  it('reads --host and --dir, as the browser tests pass them', () => {
    expect(readServeOptions(['--port', '4322', '--host', '0.0.0.0', '--dir', 'out'], {})).toEqual({
      port: 4322,
      host: '0.0.0.0',
      dir: 'out',
    });
  });
});
