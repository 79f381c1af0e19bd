// node:util parseArgs throws on an unknown or malformed option; a command line shows that as a
// one-line message with the usage, never a stack trace.
export function parseCommandArguments<T>(usage: string, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return undefined;
  }
}
