// One build for npm run bench -- --scale (src/build/bench-scale.ts runs it in a process of its own,
// so that its memory is its own): options as JSON in the first argument, the report as one JSON line.
import { type ChildOptions, childBuild } from "../src/build/bench-scale.ts";

const report = await childBuild(JSON.parse(process.argv[2]!) as ChildOptions);
// Whatever the build left running (a worker pool, a timer) does not hold the process open.
process.stdout.write(`${JSON.stringify(report)}\n`, () => process.exit(0));
