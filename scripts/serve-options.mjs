/**
 * Reads scripts/serve.mjs's command line. Kept apart from the server so a unit test can check it
 * (tests/unit/serve-options.test.ts) without starting anything.
 *
 * `npm start -- --port 5000` appends its arguments after the whole script string, so the server
 * may see more than one `--port`: the last one wins. With no `--port`, the `PORT` environment
 * variable is used (as hosts and tools that pick a port set it), then 4321.
 */
import { parseArgs } from 'node:util';

/** The port `npm start` and `npm run preview` use when neither `--port` nor `PORT` says one. */
export const DEFAULT_PORT = 4321;

export const USAGE = 'Usage: node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist] (or PORT=4321)';

/**
 * A port number from `--port` or `PORT`, or an error that names where it came from.
 * @param {string} text what was given
 * @param {string} from `--port` or `PORT`, for the message
 */
function readPort(text, from) {
  const port = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`scripts/serve.mjs: ${from} must be a port number from 1 to 65535, not "${text}".\n${USAGE}`);
  }
  return port;
}

/**
 * The server's options from its arguments and environment.
 * @param {string[]} args the arguments after `node scripts/serve.mjs`
 * @param {Record<string, string | undefined>} env the environment (only `PORT` is read)
 * @returns {{ port: number, host: string, dir: string }}
 * @throws {Error} with the usage line, for an unknown option, a stray argument or a bad port
 */
export function readServeOptions(args, env) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        dir: { type: 'string', default: 'dist' },
      },
    }));
  } catch (error) {
    throw new Error(`scripts/serve.mjs: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`, {
      cause: error,
    });
  }
  // parseArgs keeps the last of repeated options, which is what `npm start -- --port N` needs.
  const port =
    values.port !== undefined ? readPort(values.port, '--port') : env.PORT ? readPort(env.PORT, 'PORT') : DEFAULT_PORT;
  return { port, host: values.host, dir: values.dir };
}
