// The command line of the fit scripts (fit-tone, fit-chat, fit-their): `--name value` options and `--flag` switches.
export const args: readonly string[] = process.argv.slice(2);

/** The number after `name` on the command line, or `fallback` when it is not there. */
export function option(name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}
