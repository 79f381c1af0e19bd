// `npm run -s kb -- <command> ...`: the staff and script command line. Each command lives in
// ./commands/<name>.ts and exports `run(args: string[]): Promise<number>` (the exit code).
const COMMANDS: Record<string, string> = {
  validate: 'check a spreadsheet folder: kb validate <folder>',
  search: 'search a catalogue: kb search "<query>" [--kind K] [--lab L] [--catalogue <folder>] [--json]',
  keygen: 'make a root and a feed key pair: kb keygen --out <dir>',
  publish: 'publish a spreadsheet folder to a signed feed: kb publish <folder> --key <feed private key> --feed <feed-dir>',
  bundle: 'pack a feed version into one file for USB: kb bundle <feed-dir> --out <file>',
  prune: 'remove feed objects no recent delta needs: kb prune <feed-dir>',
  sync: 'update a data folder from a feed or a bundle: kb sync <feed-url | bundle-file> --data <user-data-dir>',
  api: 'call the running desk browser host, with its key from the user-data folder: kb api <channel> [argument JSON] --data <user-data-dir>',
  'kiosk-pin': 'set the staff PIN that leaves kiosk mode (read from stdin): kb kiosk-pin set|status --data <user-data-dir>',
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || !COMMANDS[name]) {
    if (name && name !== 'help' && name !== '--help') console.error(`kb: unknown command "${name}"`);
    console.error(['usage: kb <command> ...', ...Object.entries(COMMANDS).map(([command, help]) => `  ${command.padEnd(9)} ${help}`)].join('\n'));
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  const command = (await import(`./commands/${name}.ts`)) as { run(args: string[]): Promise<number> };
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`kb: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
