// Placeholder until the CLI lands; replaced by the real command tree.
export async function runCli(argv: string[]): Promise<number> {
  console.log('dispatch-analytics', argv.join(' '));
  return 0;
}
