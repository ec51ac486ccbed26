/** How the command-line tools end when something fails: one line saying what and where, and a non-zero exit. */

/** The first line of what went wrong: Node's `EACCES: permission denied, open 'out.json'`, not its stack. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim() || 'unknown error';
}

/** Prints `tool: what went wrong` on stderr and exits with `code`. */
export function fail(tool: string, what: string, code = 1): never {
  console.error(`${tool}: ${what}`);
  process.exit(code);
}

/**
 * Runs a tool's main; anything it did not expect still ends in one line (and exit 2), never in a
 * stack trace. Set CHRONICLE_DEBUG=1 to see the stack.
 */
export async function runTool(tool: string, main: () => Promise<number>): Promise<never> {
  try {
    process.exit(await main());
  } catch (error) {
    if (process.env.CHRONICLE_DEBUG) console.error(error);
    fail(tool, describeError(error), 2);
  }
}
