/** The port `npm start` and `npm run preview` use when neither `--port` nor `PORT` says one. */
export const DEFAULT_PORT: number;
/** One line saying how to call scripts/serve.mjs. */
export const USAGE: string;
/** scripts/serve.mjs's options: the last `--port`, else `PORT`, else 4321; `--host` and `--dir`. */
export function readServeOptions(
  args: string[],
  env: Record<string, string | undefined>,
): { port: number; host: string; dir: string };
