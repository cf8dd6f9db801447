// Matches every path of the zones benchmark with the npm `codeowners`
// package (the library GitHub-CODEOWNERS users reach for in Node), timing
// only the matching loop, and writes the winning owner per path.
//
//   node match.js DIR_WITH_CODEOWNERS PATHS_FILE OWNERS_OUT
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [dir, pathsFile, ownersOut] = process.argv.slice(2);
if (!ownersOut) {
  console.error('usage: node match.js DIR_WITH_CODEOWNERS PATHS_FILE OWNERS_OUT');
  process.exit(2);
}
const requireLocal = createRequire(path.join(__dirname, 'node', 'package.json'));
const Codeowners = requireLocal('codeowners');

const paths = fs.readFileSync(pathsFile, 'utf8').split('\n').filter((p) => p.length > 0);

let cpu = process.cpuUsage();
const compileStart = process.hrtime.bigint();
const repo = new Codeowners(dir);
const compileMs = Number(process.hrtime.bigint() - compileStart) / 1e6;
const compileCpu = process.cpuUsage(cpu);

cpu = process.cpuUsage();
const start = process.hrtime.bigint();
const owners = new Array(paths.length);
for (let i = 0; i < paths.length; i++) {
  const o = repo.getOwner(paths[i]);
  owners[i] = o.length > 0 ? o.join(' ') : '-';
}
const matchMs = Number(process.hrtime.bigint() - start) / 1e6;
const matchCpu = process.cpuUsage(cpu);

fs.writeFileSync(ownersOut, owners.join('\n') + '\n');
const ms = (u) => ((u.user + u.system) / 1000).toFixed(2);
console.log(`paths=${paths.length} patterns=${repo.ownerEntries.length}`);
console.log(`compile_wall_ms=${compileMs.toFixed(2)} compile_cpu_ms=${ms(compileCpu)}`);
console.log(`match_wall_ms=${matchMs.toFixed(2)}`);
console.log(`match_cpu_ms=${ms(matchCpu)}`);
