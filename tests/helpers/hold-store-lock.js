// A second process on a store, for the concurrency tests: it holds the store's write lock on
// command, as another import would while it commits. Lines on stdin:
//   hold          BEGIN IMMEDIATE, then prints "held"
//   hold MS       the same, and after MS milliseconds COMMIT and print "released"
//   release       COMMIT, then prints "released"
// Run: node tests/helpers/hold-store-lock.js STORE-FILE
import Database from 'better-sqlite3';
import readline from 'node:readline';

const db = new Database(process.argv[2], { fileMustExist: true });
db.pragma('busy_timeout = 10000');

const release = () => {
  if (db.inTransaction) db.exec('COMMIT');
  console.log('released');
};

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, ms] = line.trim().split(/\s+/);
  if (command === 'hold') {
    db.exec('BEGIN IMMEDIATE');
    console.log('held');
    if (ms !== undefined) setTimeout(release, Number(ms));
  } else if (command === 'release') release();
});
process.stdin.on('end', () => {
  release();
  db.close();
});
