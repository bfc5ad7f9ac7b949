/** Command-line options shared by the bench scripts, so every one accepts `--name value` and `--name=value`. */
export function argValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at >= 0) return args[at + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}
