// The lead-ledger command line: parse one input, or run the product on a local sandbox workspace.
async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    default:
      process.stderr.write("usage: lead-ledger parse FILE | lead-ledger run [--inbox DIR] [--cards DIR] [--workspace DIR] [--now ISO] [--stats]\n");
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`lead-ledger: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
