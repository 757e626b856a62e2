export interface BenchArgs {
  scale: number;
  database: string;
  smoke: boolean;
  duration: number;
  connections: number[];
  only: string | null;
}

const DEFAULTS: BenchArgs = { scale: 1, database: '', smoke: false, duration: 10, connections: [1, 20, 50], only: null };

/** `--scale 100 --duration 10 --connections 1,20,50 --only people --smoke --database name`, checked. */
export function parseArgs(argv: string[], defaults: Partial<BenchArgs> = {}): BenchArgs {
  const args: BenchArgs = { ...DEFAULTS, ...defaults };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    const number = (name: string, min: number, max: number) => {
      const parsed = Number(value);
      if (!Number.isFinite(parsed) || parsed < min || parsed > max)
        throw new Error(`${name} must be a number from ${min} to ${max} (got "${value ?? ''}").`);
      i += 1;
      return parsed;
    };
    switch (flag) {
      case '--scale':
        args.scale = number('--scale', 0.1, 1000);
        break;
      case '--duration':
        args.duration = number('--duration', 0.2, 600);
        break;
      case '--connections':
        args.connections = (value ?? '').split(',').map((part) => Number(part));
        if (args.connections.length === 0 || args.connections.some((c) => !Number.isInteger(c) || c < 1 || c > 500)) {
          throw new Error('--connections must be whole numbers from 1 to 500, separated by commas (e.g. 1,20,50).');
        }
        i += 1;
        break;
      case '--database':
        if (!value || !/^[a-z_][a-z0-9_]{0,62}$/.test(value)) throw new Error('--database must be a lower-case SQL name.');
        args.database = value;
        i += 1;
        break;
      case '--only':
        args.only = value ?? null;
        i += 1;
        break;
      case '--smoke':
        args.smoke = true;
        break;
      default:
        throw new Error(
          `Unknown option ${flag}. Options: --scale N, --duration S, --connections 1,20,50, --only text, --database name, --smoke`,
        );
    }
  }
  return args;
}
